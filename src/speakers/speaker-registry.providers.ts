import { Provider } from '@nestjs/common';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../search/morphology.provider';
import { RegistryImporter } from './registry-importer';
import { SpeakerKeyIndex } from './speaker-key-index';
import { SpeakerLookup } from './speaker-lookup';

/** The plain registry classes (shared with the CLI) as Nest providers over the process's morphology (SearchIndexingModule's). */
export const speakerRegistryProviders: Provider[] = [
  { provide: SpeakerLookup, inject: [MORPHOLOGY], useFactory: (m: Morphology) => new SpeakerLookup(m) },
  { provide: SpeakerKeyIndex, inject: [MORPHOLOGY], useFactory: (m: Morphology) => new SpeakerKeyIndex(m) },
  { provide: RegistryImporter, inject: [MORPHOLOGY], useFactory: (m: Morphology) => new RegistryImporter(m) },
];
