// Claim grouping of new articles on a built search-benchmark database, as the link stage runs it:
// used by bench:search and bench:grouping.
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClaimGroupingService } from '../src/claims/claim-grouping.service';
import type { loadMorphology } from '../src/extraction/morphology';
import { StatementIndexingService } from '../src/search/statement-indexing.service';
import { buildVocabulary, QuoteGenerator, random } from './search-corpus';

/**
 * New articles through the link stage's indexing and grouping: reprints of stored statements (some of
 * the biggest claim) and fresh quotes. They are deleted afterwards, so the database stays reusable.
 */
export async function measureGrouping(ds: DataSource, app: INestApplicationContext, morph: Awaited<ReturnType<typeof loadMorphology>>, bigClaimId: string) {
  const indexing = app.get(StatementIndexingService, { strict: false });
  const grouping = app.get(ClaimGroupingService, { strict: false });
  const rand = random(7);
  const fresh = new QuoteGenerator(buildVocabulary(morph), rand);
  const [outlet] = await ds.query(`SELECT id FROM outlets LIMIT 1`);
  const reprints: Array<{ quote: string; speaker_id: string; speaker_name: string; claim_id: string | null }> = await ds.query(
    `(SELECT quote, speaker_id, speaker_name, claim_id FROM statements WHERE claim_id = $1 LIMIT 10)
     UNION ALL (SELECT quote, speaker_id, speaker_name, claim_id FROM statements WHERE claim_id IS NULL ORDER BY seq DESC LIMIT 40)
     UNION ALL (SELECT quote, speaker_id, speaker_name, claim_id FROM statements WHERE claim_id IS NOT NULL AND claim_id <> $1 ORDER BY seq DESC LIMIT 40)`,
    [bigClaimId],
  );
  const articleIds: string[] = [];
  const claimsBefore = (await ds.query(`SELECT coalesce(max(seq), 0) AS s FROM claims`))[0].s;
  let total = 0;
  let statements = 0;
  let grouped = 0;
  const bigTimes: number[] = [];
  const secondTimes: number[] = [];
  try {
    for (let a = 0; a < 20; a++) {
      const [article] = await ds.query(
        `INSERT INTO articles (input_format, raw_input, input_hash, status, outlet_id, title, published_at) VALUES ('text', $1, $1, 'extracted', $2, $1, '2026-01-01') RETURNING id`,
        [`bench grouping ${process.pid} ${a}`, outlet.id],
      );
      articleIds.push(article.id);
      const rows = [reprints[a % 10], reprints[10 + a], reprints[50 + a], reprints[50 + ((a + 20) % 40)]];
      for (let i = 0; i < 4; i++) {
        const quote = fresh.next().text;
        rows.push({ quote, speaker_id: reprints[50 + i].speaker_id, speaker_name: reprints[50 + i].speaker_name, claim_id: null });
      }
      for (const [i, r] of rows.entries()) {
        await ds.query(
          `INSERT INTO statements (article_id, fingerprint, speaker_id, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence, statement_date, date_precision)
           VALUES ($1, $2, $3, $4, 'person', $4, 'заявил', 'direct', $5, 0, 10, 0.9, '2026-01-01', 'day')`,
          [article.id, `g${i}`, r.speaker_id, r.speaker_name, r.quote],
        );
      }
      await indexing.indexArticle(article.id);
      const started = process.hrtime.bigint();
      grouped += await grouping.groupArticle(article.id);
      total += Number(process.hrtime.bigint() - started) / 1e6;
      statements += rows.length;
      // One statement alone, to tell the cost of the 74th appearance from the 2nd.
      for (const [kind, source] of [['big', reprints[a % 10]], ['second', reprints[30 + a]]] as const) {
        const [single] = await ds.query(
          `INSERT INTO articles (input_format, raw_input, input_hash, status, outlet_id, published_at) VALUES ('text', $1, $1, 'extracted', $2, '2026-01-02') RETURNING id`,
          [`bench grouping ${process.pid} ${a} ${kind}`, outlet.id],
        );
        articleIds.push(single.id);
        await ds.query(
          `INSERT INTO statements (article_id, fingerprint, speaker_id, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence)
           VALUES ($1, 'g', $2, $3, 'person', $3, 'заявил', 'direct', $4, 0, 10, 0.9)`,
          [single.id, source.speaker_id, source.speaker_name, source.quote],
        );
        await indexing.indexArticle(single.id);
        const t0 = process.hrtime.bigint();
        await grouping.groupArticle(single.id);
        (kind === 'big' ? bigTimes : secondTimes).push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }
  } finally {
    await ds.query(`DELETE FROM articles WHERE id = ANY($1)`, [articleIds]);
    await ds.query(`DELETE FROM claims c WHERE c.seq > $1 AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.claim_id = c.id)`, [claimsBefore]);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { perStatement: total / statements, statements, grouped, bigClaim: median(bigTimes), second: median(secondTimes) };
}

