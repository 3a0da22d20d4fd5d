// The registry shipped with the project, for `quotes extract` and the extractor: no database, the
// seed file and lexicon read once per process.
import { loadMorphology } from '../extraction/morphology';
import type { SpeakerDirectory } from '../extraction/types';
import lexiconData from './seed/lexicon.json';
import seedData from './seed/speakers.seed.json';
import type { Lexicon } from './registry-types';
import { validateSeed } from './registry-types';
import { SpeakerRegistry } from './speaker-registry';

/** Path of the bundled seed file, for `quotes speakers import` and the service's startup import. */
export const BUNDLED_SEED_PATH = require.resolve('./seed/speakers.seed.json');

export const bundledLexicon = lexiconData as unknown as Lexicon;

let loading: Promise<SpeakerRegistry> | null = null;

/** The bundled registry, built once per process (about 300 ms with az's dictionaries). */
export function loadBundledRegistry(): Promise<SpeakerRegistry> {
  loading ??= (async () => {
    const morphology = await loadMorphology();
    const { entries, errors } = validateSeed(seedData);
    if (errors.length) throw new Error(`bundled speaker seed is invalid: ${errors.slice(0, 3).join('; ')}`);
    return new SpeakerRegistry(entries, bundledLexicon, morphology);
  })();
  return loading;
}

export function loadBundledSpeakerDirectory(): Promise<SpeakerDirectory> {
  return loadBundledRegistry();
}
