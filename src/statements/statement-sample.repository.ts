import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Every how many statements (by seq) one is kept in statement_search_sample (see the SearchAtScale migration). */
export const SAMPLE_EVERY = 64;
/** Every how many statements one counts in the sparse sample: sampled rows with seq % 512 = 0 (SearchSparseSample migration). */
export const SPARSE_SAMPLE_EVERY = 512;

export interface SampleFrequencies {
  /** Statements in the sample (every SAMPLE_EVERY-th statement, deleted ones aside). */
  sampled: number;
  /** Sampled statements whose quote holds each lemma. */
  lemmas: Map<string, number>;
  /** Sampled statements of each speaker. */
  speakers: Map<string, number>;
}

/** Reads of statement_search_sample, the trigger-kept sample of the statements. */
@Injectable()
export class StatementSampleRepository {
  constructor(private readonly db: DataSource) {}

  async frequencies(): Promise<SampleFrequencies> {
    const [lemmaRows, speakerRows]: [Array<{ lemma: string; n: number }>, Array<{ speaker_id: string; n: number }>] = await Promise.all([
      this.db.query(`SELECT l AS lemma, count(*)::int AS n FROM statement_search_sample s, unnest(s.quote_lemmas) l WHERE s.deleted_at IS NULL GROUP BY l`),
      this.db.query(`SELECT speaker_id, count(*)::int AS n FROM statement_search_sample WHERE deleted_at IS NULL AND speaker_id IS NOT NULL GROUP BY speaker_id`),
    ]);
    return {
      sampled: speakerRows.reduce((sum, r) => sum + r.n, 0),
      lemmas: new Map(lemmaRows.map((r) => [r.lemma, r.n])),
      speakers: new Map(speakerRows.map((r) => [r.speaker_id, r.n])),
    };
  }
}
