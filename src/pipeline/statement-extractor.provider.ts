import { Provider } from '@nestjs/common';
import { createExtractor, type Extractor } from '../extraction/extractor';
import { SpeakerDirectorySnapshot } from '../speakers/speaker-directory-snapshot';

export const STATEMENT_EXTRACTOR = Symbol('STATEMENT_EXTRACTOR');
export type StatementExtractor = Extractor;

/** One extractor per process, consulting the registry as the database holds it (refreshed before each article). */
export const statementExtractorProvider: Provider = {
  provide: STATEMENT_EXTRACTOR,
  inject: [SpeakerDirectorySnapshot],
  useFactory: (directory: SpeakerDirectorySnapshot) => createExtractor({ directory }),
};
