import { Provider } from '@nestjs/common';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../language/morphology.provider';
import { RegistryImporter } from './registry-importer';
import { SpeakerKeyIndex } from './speaker-key-index';
import { SpeakerLookup } from './speaker-lookup';
import { SpeakerRepository } from './speaker.repository';

/** The plain registry classes (shared with the CLI) as Nest providers over the process's morphology. */
export const speakerRegistryProviders: Provider[] = [
  { provide: SpeakerLookup, inject: [MORPHOLOGY, SpeakerRepository], useFactory: (m: Morphology, r: SpeakerRepository) => new SpeakerLookup(m, r) },
  { provide: SpeakerKeyIndex, inject: [MORPHOLOGY, SpeakerRepository], useFactory: (m: Morphology, r: SpeakerRepository) => new SpeakerKeyIndex(m, r) },
  { provide: RegistryImporter, inject: [MORPHOLOGY, SpeakerRepository], useFactory: (m: Morphology, r: SpeakerRepository) => new RegistryImporter(m, r) },
];
