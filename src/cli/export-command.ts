import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { pipeline } from 'stream/promises';
import { writeFileAtomically } from '../exports/atomic-file-write';
import { ExportStatementsQuery } from '../exports/dto/export-statements.query';
import { toExportFilters } from '../exports/export-filters';
import { ProgressBar } from '../exports/export-progress-bar';
import { createStatementExportStream, exportSelection, StatementExportRequest } from '../exports/statement-export-stream';
import { StatementExportRepository } from '../exports/statement-export.repository';
import { parseArgs, UsageError } from './cli-args';
import { withDatabase } from './database-session';

const USAGE = `usage: quotes export --format csv|jsonl|claimreview [filters] [--bom] [-o FILE]

Writes the statements that match the filters to FILE (atomically) or to standard output.
filters:
  --speaker NAME        speaker name, any part, case-insensitive
  --speaker-id UUID     speaker id
  --article UUID        article id
  --outlet NAME|UUID    outlet name, domain or id
  --from YYYY-MM-DD     statements made on or after this day
  --to YYYY-MM-DD       statements made on or before this day
  --type TYPE           direct, indirect, mixed or according_to
  --status STATUS       review status: new, confirmed, corrected or rejected
  --verdict VERDICT     current verdict: true, mostly-true, half-true, misleading, false or unverifiable
  --q WORDS             search words in any inflected form, as GET /statements/search takes them
  --assignee KEY_ID     statements assigned to this API key for review
  --bom                 CSV only: start with a UTF-8 byte-order mark (for Excel)
A progress bar goes to standard error when it is a terminal.
`;

/** Command-line option → field of the shared filters, so validation messages can name the option. */
const FILTER_OPTIONS: Record<string, string> = {
  speaker: 'speaker',
  'speaker-id': 'speakerId',
  article: 'articleId',
  outlet: 'outlet',
  from: 'from',
  to: 'to',
  type: 'type',
  status: 'reviewStatus',
  verdict: 'verdict',
  q: 'q',
  assignee: 'assignee',
};

export async function run(args: string[]): Promise<number> {
  let request: StatementExportRequest;
  let output: string | undefined;
  try {
    const parsed = parseArgs(args, ['format', 'o', 'output', ...Object.keys(FILTER_OPTIONS)], ['bom', 'help', 'h']);
    if (parsed.options.help || parsed.options.h) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (parsed.positionals.length) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
    request = toRequest(parsed.options);
    const o = parsed.options.o ?? parsed.options.output;
    output = typeof o === 'string' ? o : undefined;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`quotes export: ${err.message} (see quotes export --help)\n`);
    return 2;
  }
  try {
    const rows = await exportStatements(request, output);
    process.stderr.write(`quotes export: ${rows} statement(s) as ${request.format}${output ? ` to ${output}` : ''}\n`);
    return 0;
  } catch (err) {
    // A reader that went away (`quotes export … | head`) is not a failure of the export.
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    process.stderr.write(`quotes export: ${(err as Error).message}\n`);
    return 1;
  }
}

export function toRequest(options: Record<string, string | true>): StatementExportRequest {
  if (options.format === undefined) throw new UsageError('--format is required (csv, jsonl or claimreview)');
  const raw: Record<string, unknown> = { format: options.format };
  for (const [option, field] of Object.entries(FILTER_OPTIONS)) if (options[option] !== undefined) raw[field] = options[option];
  if (options.bom) raw.bom = true;
  const query = plainToInstance(ExportStatementsQuery, raw);
  const errors = validateSync(query, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const error = errors[0];
    const option = Object.keys(FILTER_OPTIONS).find((k) => FILTER_OPTIONS[k] === error.property) ?? error.property;
    throw new UsageError(`--${option}: ${Object.values(error.constraints ?? {})[0] ?? 'invalid value'}`);
  }
  return { format: query.format, filters: toExportFilters(query), bom: query.bom };
}

async function exportStatements(request: StatementExportRequest, output: string | undefined): Promise<number> {
  return withDatabase(async (dataSource, config) => {
    const statements = new StatementExportRepository(dataSource);
    const bar = process.stderr.isTTY ? new ProgressBar(process.stderr, await statements.count(await exportSelection(request))) : null;
    let rows = 0;
    const stream = createStatementExportStream(statements, request, {
      publisher: { name: config.PUBLISHER_NAME, url: config.PUBLIC_URL },
      onBatch: (n) => {
        rows = n;
        bar?.update(n);
      },
    });
    if (output) await writeFileAtomically(output, stream);
    // Standard output stays open: it belongs to the process, not to the export.
    else await pipeline(stream, process.stdout, { end: false });
    bar?.finish(rows);
    return rows;
  });
}
