import { Logger, Provider } from '@nestjs/common';
import { createExtractor } from '../extraction/extractor';
import type { SpeakerDirectory } from '../extraction/types';

export const STATEMENT_EXTRACTOR = Symbol('STATEMENT_EXTRACTOR');
export type StatementExtractor = Awaited<ReturnType<typeof createExtractor>>;

/** One extractor per process: it loads the morphology dictionaries and the bundled speaker registry once. */
export const statementExtractorProvider: Provider = {
  provide: STATEMENT_EXTRACTOR,
  useFactory: async () => createExtractor({ directory: await loadDirectory() }),
};

async function loadDirectory(): Promise<SpeakerDirectory | undefined> {
  try {
    const { loadBundledSpeakerDirectory } = await import('../speakers/registry/bundled-speaker-directory');
    return await loadBundledSpeakerDirectory();
  } catch (err) {
    new Logger('StatementExtractor').warn(`speaker registry not loaded: ${(err as Error).message}`);
    return undefined;
  }
}
