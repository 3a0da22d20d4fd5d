import { assertTransition, canTransition, FINAL_STATUSES, IllegalStatusTransition, UNFINISHED_STATUSES } from '../../../src/entities/article-status';
import { stageFor } from '../../../src/pipeline/article-stages';

describe('article status state machine', () => {
  it('lets an article go forward through the pipeline, or fail, or turn out a duplicate at ingest', () => {
    expect(canTransition('queued', 'ingested')).toBe(true);
    expect(canTransition('ingested', 'extracted')).toBe(true);
    expect(canTransition('extracted', 'done')).toBe(true);
    expect(canTransition('queued', 'duplicate')).toBe(true);
    for (const from of ['queued', 'ingested', 'extracted'] as const) expect(canTransition(from, 'failed')).toBe(true);
  });

  it('refuses skipping a stage, going back, and leaving a final status', () => {
    expect(() => assertTransition('queued', 'done')).toThrow(IllegalStatusTransition);
    expect(() => assertTransition('ingested', 'done')).toThrow('an article cannot go from ingested to done');
    expect(() => assertTransition('extracted', 'ingested')).toThrow(IllegalStatusTransition);
    expect(() => assertTransition('extracted', 'duplicate')).toThrow(IllegalStatusTransition);
    for (const from of FINAL_STATUSES) {
      for (const to of [...UNFINISHED_STATUSES, ...FINAL_STATUSES]) expect(canTransition(from, to)).toBe(false);
    }
  });

  it('names a stage for every unfinished status and none for a final one', () => {
    expect(UNFINISHED_STATUSES.map(stageFor)).toEqual(['ingest', 'extract', 'link']);
    expect(FINAL_STATUSES.map(stageFor)).toEqual([null, null, null]);
    expect([...FINAL_STATUSES].sort()).toEqual(['done', 'duplicate', 'failed']);
  });
});
