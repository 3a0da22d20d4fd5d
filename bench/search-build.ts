// Builds the search benchmark's scratch database: outlets, speakers, articles and statements written
// with COPY, then every statement's search keys computed by the service's own indexing code (the
// path `quotes reindex --all` takes), then ANALYZE. Reprints of one statement in several articles
// are grouped into claims, as the link stage would have done.
import { cpus } from 'os';
import { randomUUID } from 'crypto';
import { once } from 'events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import type { Morphology } from '../src/extraction/morphology';
import { StatementIndexingService } from '../src/search/statement-indexing.service';
import { buildVocabulary, QuoteGenerator, random, ZipfSampler } from './search-corpus';

export const STATEMENTS_PER_ARTICLE = 10;
const SPEAKERS = 2000;
const OUTLETS = 40;
/** Share of statements that reprint an earlier statement of the same speaker in another article. */
const REPRINT_SHARE = 0.05;
/** One wire story reprinted this many times, for the claim-grouping figure. */
export const BIG_CLAIM_APPEARANCES = 73;
const FIRST_NAMES = 'Андрей Борис Вадим Глеб Денис Егор Игорь Кирилл Леонид Максим Олег Павел Роман Семен Тимур Анна Вера Галина Дарья Елена Ирина Марина Ольга Светлана'.split(' ');

export interface BuildFigures {
  statements: number;
  seconds: number;
  indexSeconds: number;
  /** Head ranks and tail indexes by how many statements hold them, to choose queries of known frequency. */
  headFrequency: number[];
  tailFrequency: number[];
}

function copyText(value: string | number | null): string {
  if (value === null) return '\\N';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

async function copyRows(client: PoolClient, sql: string, rows: Iterable<Array<string | number | null>>): Promise<void> {
  const stream = client.query(copyFrom(sql));
  const done = once(stream, 'finish');
  let chunk = '';
  for (const row of rows) {
    chunk += row.map(copyText).join('\t') + '\n';
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await done;
}

function surname(rand: () => number, index: number): string {
  const syllables = 'ка ло ми ре зо ту ва не ри по ду ше';
  const parts = syllables.split(' ');
  let word = '';
  for (let n = index + 7, i = 0; i < 2; i++, n = Math.floor(n / parts.length)) word += parts[n % parts.length];
  return word[0].toUpperCase() + word.slice(1) + (rand() < 0.5 ? 'нов' : 'вин');
}

export async function buildSearchDatabase(ds: DataSource, morph: Morphology, statements: number, indexing: StatementIndexingService, log: (line: string) => void): Promise<BuildFigures> {
  const started = Date.now();
  const rand = random(20261203);
  const vocabulary = buildVocabulary(morph);
  const quotes = new QuoteGenerator(vocabulary, rand);
  const articles = Math.ceil(statements / STATEMENTS_PER_ARTICLE);
  const outletIds = Array.from({ length: OUTLETS }, () => randomUUID());
  const speakers = Array.from({ length: SPEAKERS }, (_, i) => ({ id: randomUUID(), name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${surname(rand, i)}` }));
  const articleIds = Array.from({ length: articles }, () => randomUUID());
  const speakerSampler = new ZipfSampler(SPEAKERS, 20);
  const headFrequency = new Array<number>(200_000).fill(0);
  const tailFrequency = new Array<number>(200_000).fill(0);

  const runner = ds.createQueryRunner();
  await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  try {
    await copyRows(client, 'COPY outlets (id, name, domain) FROM STDIN', outletIds.map((id, i) => [id, `Вестник ${i + 1}`, `vestnik${i + 1}.example.ru`]));
    await copyRows(client, 'COPY speakers (id, canonical_name, type) FROM STDIN', speakers.map((s) => [s.id, s.name, 'person']));
    const day = (article: number) => new Date(Date.UTC(2020, 0, 1) + Math.floor((article / articles) * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    await copyRows(
      client,
      'COPY articles (id, url, canonical_url, outlet_id, title, published_at, input_format, raw_input, input_hash, status) FROM STDIN',
      (function* () {
        for (let i = 0; i < articles; i++) {
          const url = `https://vestnik${(i % OUTLETS) + 1}.example.ru/news/${i}`;
          yield [articleIds[i], url, url, outletIds[i % OUTLETS], `Новость ${i}`, day(i), 'text', `bench ${i}`, `bench-search-${i}`, 'done'];
        }
      })(),
    );
    log(`  outlets, speakers and ${articles} articles written in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // Statements in publication order; a reprint repeats an earlier quote of the same speaker, and
    // its claim (created on its first reprint) is written with the reprint's row.
    const recent: Array<{ quote: string; speaker: number; claim: string | null; article: number }> = [];
    const claims: Array<[string, string]> = [];
    const rows: Array<Array<string | number | null>> = [];
    let bigClaim: { quote: string; speaker: number; claim: string } | null = null;
    for (let n = 0; n < statements; n++) {
      const article = Math.floor(n / STATEMENTS_PER_ARTICLE);
      let quote: string;
      let speaker: number;
      let claim: string | null = null;
      const source = recent.length > 100 && rand() < REPRINT_SHARE ? recent[Math.floor(rand() * recent.length)] : null;
      if (bigClaim && n % Math.floor(statements / BIG_CLAIM_APPEARANCES) === 0 && article > 0) {
        ({ quote, speaker, claim } = bigClaim);
      } else if (source && source.article !== article) {
        quote = source.quote;
        speaker = source.speaker;
        if (!source.claim) {
          source.claim = randomUUID();
          claims.push([source.claim, speakers[speaker].id]);
          rows[rows.length - recent.length + recent.indexOf(source)][17] = source.claim;
        }
        claim = source.claim;
      } else {
        const generated = quotes.next();
        quote = generated.text;
        speaker = speakerSampler.draw(rand());
        for (const r of new Set(generated.head)) headFrequency[r]++;
        for (const t of new Set(generated.tail)) tailFrequency[t]++;
      }
      if (!bigClaim && n === STATEMENTS_PER_ARTICLE * 3) {
        bigClaim = { quote, speaker, claim: randomUUID() };
        claims.push([bigClaim.claim, speakers[speaker].id]);
        claim = bigClaim.claim;
      }
      const sp = speakers[speaker];
      const date = day(article);
      const verdict = rand() < 0.02 ? 'false' : null;
      rows.push([articleIds[article], `bench-${n}`, sp.id, sp.name, 'person', sp.name, 'заявил', n % 3 ? 'direct' : 'indirect', quote, 0, quote.length, date, 'day', 'publication', 0.9, 'new', verdict, claim, '2026-01-01 00:00:00+00']);
      recent.push({ quote, speaker, claim, article });
      if (recent.length > 2000) recent.shift();
      // Flush rows that no longer can become a claim's first appearance.
      if (rows.length >= 50_000 + 2000) {
        const flush = rows.splice(0, 50_000);
        await copyStatements(client, claims.splice(0), flush);
      }
    }
    await copyStatements(client, claims.splice(0), rows.splice(0));
    log(`  ${statements} statements written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await runner.release();
  }

  const indexStart = Date.now();
  let logged = 0;
  await indexing.backfill({
    all: true,
    batch: 5000,
    // As `quotes reindex` runs by default: one key thread a core.
    threads: Math.min(4, cpus().length),
    onProgress: (indexed) => {
      if (indexed - logged < 100_000) return;
      logged = indexed;
      log(`  search keys: ${indexed} statements, ${Math.round(indexed / ((Date.now() - indexStart) / 1000))} statements/s`);
    },
  });
  const indexSeconds = (Date.now() - indexStart) / 1000;
  await ds.query('ANALYZE');
  return { statements, seconds: (Date.now() - started) / 1000, indexSeconds, headFrequency, tailFrequency };
}

async function copyStatements(client: PoolClient, claims: Array<[string, string]>, rows: Array<Array<string | number | null>>): Promise<void> {
  if (claims.length) await copyRows(client, 'COPY claims (id, speaker_id) FROM STDIN', claims);
  await copyRows(
    client,
    `COPY statements (article_id, fingerprint, speaker_id, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset,
                      statement_date, date_precision, date_source, confidence, review_status, verdict, claim_id, claim_checked_at) FROM STDIN`,
    rows,
  );
}
