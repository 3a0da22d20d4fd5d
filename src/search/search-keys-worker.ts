// A worker thread of SearchKeysPool: loads the morphology once and computes the keys of the batches it is sent.
import { parentPort } from 'worker_threads';
import { loadMorphology } from '../extraction/morphology';
import type { StatementTextForIndexing } from '../statements/statement.repository';
import { computeSearchKeys } from './search-keys';

const morphology = loadMorphology();

parentPort!.on('message', async (message: { id: number; rows: StatementTextForIndexing[] }) => {
  try {
    const morph = await morphology;
    parentPort!.postMessage({ id: message.id, keys: message.rows.map((row) => computeSearchKeys(morph, row)) });
  } catch (err) {
    parentPort!.postMessage({ id: message.id, error: (err as Error).stack ?? String(err) });
  }
});
