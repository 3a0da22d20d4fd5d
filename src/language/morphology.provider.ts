import { Provider } from '@nestjs/common';
import { loadMorphology } from '../extraction/morphology';

export const MORPHOLOGY = Symbol('MORPHOLOGY');

/** The extractor's morphology, loaded once per process (loadMorphology caches the instance). */
export const morphologyProvider: Provider = {
  provide: MORPHOLOGY,
  useFactory: () => loadMorphology(),
};
