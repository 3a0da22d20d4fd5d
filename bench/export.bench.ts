// npm run bench:export [-- --rows N] [--keep]
// Generates N (default 1,000,000) statements in a database of its own, exports them as JSONL and CSV
// through the real streaming code into files, and prints seconds, rows/s, size and peak RSS for each.
// Targets: <= 30 s per export, <= 256 MB peak RSS. The database is dropped at the end.
import 'reflect-metadata';
import { spawnSync } from 'child_process';
import { rm } from 'fs/promises';
import { cpus, loadavg, tmpdir } from 'os';
import { join } from 'path';
import { BENCH_SERVER, withMaintenanceClient } from './bench-server';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/migrate';
import { writeFileAtomically } from '../src/exports/atomic-file-write';
import type { ExportFormat } from '../src/exports/export-format';
import { createStatementExportStream } from '../src/exports/statement-export-stream';
import { StatementExportRepository } from '../src/exports/statement-export.repository';
import { argument } from './bench-args';

const TARGET_SECONDS = 30;
const TARGET_RSS_MB = 256;

function rowsArgument(): number {
  const i = process.argv.indexOf('--rows');
  const n = i >= 0 ? Number(process.argv[i + 1]) : 1_000_000;
  if (!Number.isInteger(n) || n < 1) throw new Error('--rows needs a positive integer');
  return n;
}

/** Fills the schema with `rows` statements by INSERT … SELECT generate_series, all in PostgreSQL. */
async function generate(ds: DataSource, rows: number): Promise<void> {
  const articles = Math.max(1, Math.ceil(rows / 20));
  const speakers = Math.max(1, Math.min(5000, Math.ceil(rows / 200)));
  await ds.query(`INSERT INTO outlets (name, domain) SELECT 'Издание ' || i, 'outlet' || i || '.example.ru' FROM generate_series(1, 20) i`);
  await ds.query(
    `INSERT INTO speakers (canonical_name, type)
     SELECT 'Иван Петрович Сидоров-' || i, (ARRAY['person','person','organization','anonymous'])[1 + i % 4]
     FROM generate_series(1, $1) i`,
    [speakers],
  );
  await ds.query(
    `INSERT INTO articles (url, canonical_url, outlet_id, title, published_at, input_format, raw_input, input_hash, status)
     SELECT 'https://outlet' || (1 + i % 20) || '.example.ru/news/' || i,
            'https://outlet' || (1 + i % 20) || '.example.ru/news/' || i,
            (SELECT id FROM outlets ORDER BY name OFFSET (i % 20) LIMIT 1),
            'Заголовок статьи №' || i || ', «в кавычках»',
            date '2020-01-01' + (i % 2000),
            'text', 'текст ' || i, 'bench-' || i, 'done'
     FROM generate_series(1, $1) i`,
    [articles],
  );
  await ds.query(`CREATE TEMP TABLE bench_articles AS SELECT id, row_number() OVER (ORDER BY seq) - 1 AS n FROM articles`);
  await ds.query(`CREATE TEMP TABLE bench_speakers AS SELECT id, canonical_name, type, row_number() OVER (ORDER BY seq) - 1 AS n FROM speakers`);
  // Quotes with commas, double quotes, a line break and Cyrillic, so the CSV writer has real quoting to do.
  await ds.query(
    `INSERT INTO statements (article_id, fingerprint, speaker_id, speaker_name, speaker_type, mention, cue, type, quote,
                             start_offset, end_offset, statement_date, date_precision, date_source, confidence, review_status)
     SELECT a.id, 'f' || i, sp.id, sp.canonical_name, sp.type, 'он', 'заявил',
            (ARRAY['direct','indirect','mixed','according_to'])[1 + i % 4],
            'Мы, безусловно, продолжим «переговоры» и "консультации" по вопросу №' || i ||
              CASE WHEN i % 10 = 0 THEN E',\\nно сроки пока не определены' ELSE ', сроки уточняются' END,
            i % 5000, i % 5000 + 120,
            date '2020-01-01' + (i % 2000), (ARRAY['day','month','year'])[1 + i % 3], 'publication',
            0.5 + (i % 50) / 100.0, (ARRAY['new','confirmed','corrected','rejected'])[1 + i % 4]
     FROM generate_series(1, $1) i
     JOIN bench_articles a ON a.n = i % $2
     JOIN bench_speakers sp ON sp.n = i % $3`,
    [rows, articles, speakers],
  );
  // One statement in ten has a fact-check verdict, so the export's verdict lookup is exercised.
  await ds.query(
    `WITH v AS (
       INSERT INTO statement_verdicts (statement_id, verdict, rationale, sources, reviewer_name)
       SELECT id, (ARRAY['true','mostly-true','half-true','misleading','false','unverifiable'])[1 + (seq % 6)::int],
              'Проверено по открытым источникам', ARRAY['https://example.ru/source'], 'Редактор'
       FROM statements WHERE seq % 10 = 0
       RETURNING statement_id, verdict)
     UPDATE statements s SET verdict = v.verdict FROM v WHERE s.id = v.statement_id`,
  );
  await ds.query('ANALYZE');
}

interface Figures {
  format: ExportFormat;
  rows: number;
  seconds: number;
  megabytes: number;
  peakRssMb: number;
  /** RSS when the export started: Node, the loaded modules and (from the sources) the TypeScript compiler. */
  startRssMb: number;
  /** CPU time of this process (user + system): what the export costs Node, whatever else the machine runs. */
  cpuSeconds: number;
}

/**
 * One export in this process, which the parent started for it alone: its peak RSS is the process's,
 * exact (getrusage), and owes nothing to the data generation before it.
 */
async function exportOnce(url: string, format: ExportFormat): Promise<void> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  const file = join(tmpdir(), `qt_bench_export_${process.pid}.${format}`);
  try {
    let rows = 0;
    const startRssMb = process.memoryUsage().rss / 2 ** 20;
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const stream = createStatementExportStream(
      new StatementExportRepository(ds),
      { format, filters: {} },
      { publisher: { name: 'bench', url: 'http://localhost' }, batchSize: batchSize(), onBatch: (n) => void (rows = n) },
    );
    const bytes = await writeFileAtomically(file, stream);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    const figures: Figures = { format, rows, seconds, megabytes: bytes / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024, startRssMb, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
    process.stdout.write(JSON.stringify(figures) + '\n');
  } finally {
    await rm(file, { force: true });
    await ds.destroy();
  }
}

function measure(url: string, format: ExportFormat): Figures {
  const child = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'run-ts.js'), __filename, '--export', format, '--database', url], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`export of ${format} failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Figures;
}

function report(f: Figures): void {
  const ok = f.seconds <= TARGET_SECONDS && f.peakRssMb <= TARGET_RSS_MB ? 'ok' : 'OVER TARGET';
  process.stdout.write(
    `${f.format.padEnd(5)} ${f.rows} rows  ${f.seconds.toFixed(2)} s  ${Math.round(f.rows / f.seconds)} rows/s  ` +
      `node CPU ${f.cpuSeconds.toFixed(1)} s  ${f.megabytes.toFixed(0)} MB  peak RSS ${f.peakRssMb.toFixed(0)} MB (${f.startRssMb.toFixed(0)} MB at the start)  [${ok}: <= ${TARGET_SECONDS} s, <= ${TARGET_RSS_MB} MB]\n`,
  );
}

/** --batch-size N tries another batch size than the reader's default. */
function batchSize(): number | undefined {
  const n = argument('--batch-size');
  return n ? Number(n) : undefined;
}

async function main(): Promise<void> {
  const only = argument('--export');
  if (only) return exportOnce(argument('--database')!, only as ExportFormat);
  const rows = rowsArgument();
  const name = `qt_bench_export_${process.pid}`;
  const url = `${BENCH_SERVER}/${name}`;
  await withMaintenanceClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}"`));
  let ds: DataSource | undefined;
  try {
    await runMigrations(url);
    ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
    process.stdout.write(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores\n`);
    const genStart = Date.now();
    await generate(ds, rows);
    process.stdout.write(`generated ${rows} statements in ${((Date.now() - genStart) / 1000).toFixed(1)} s\n`);
    const results: Figures[] = [];
    // Node's defaults, as `npm start` and the CLI run.
    for (const format of ['jsonl', 'csv'] as const) {
      const f = measure(url, format);
      results.push(f);
      report(f);
    }
    if (results.some((f) => f.rows !== rows)) throw new Error(`an export wrote ${results.map((f) => f.rows).join('/')} rows, expected ${rows}`);
  } finally {
    await ds?.destroy();
    // --keep leaves the database for profiling the queries by hand.
    if (process.argv.includes('--keep')) process.stdout.write(`kept database ${name}\n`);
    else await withMaintenanceClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench:export failed: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});
