import { cpus } from 'os';
import { loadMorphology } from '../extraction/morphology';
import { StatementIndexingService } from '../search/statement-indexing.service';
import { Statement } from '../entities/statement.entity';
import { StatementRepository } from '../statements/statement.repository';
import { parseArgs, reportCommandError, UsageError } from './cli-args';
import { withDatabase } from './database-session';

const MAX_DEFAULT_THREADS = 4;

const USAGE = `usage: quotes reindex [--all] [--batch N] [--threads N]
  Fills the search keys (lemmas of quote and speaker) of statements that lack them, for rows
  written before search existed or by hand. --all recomputes every statement's keys, after the
  lemmatisation changed; rows whose keys come out the same are not written. The keys are computed
  by --threads worker threads (default: one a core, up to ${MAX_DEFAULT_THREADS}; 0 computes them in the
  command's own thread). Safe to run while the service runs, and to run again.
`;

export async function run(args: string[]): Promise<number> {
  try {
    const { options, positionals } = parseArgs(args, ['batch', 'threads'], ['all', 'help']);
    if (options.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const batch = options.batch === undefined ? 2000 : Number(options.batch);
    if (!Number.isInteger(batch) || batch < 1) throw new UsageError('--batch needs a positive integer');
    const threads = options.threads === undefined ? Math.min(MAX_DEFAULT_THREADS, cpus().length) : Number(options.threads);
    if (!Number.isInteger(threads) || threads < 0) throw new UsageError('--threads needs a whole number (0 for none)');
    const all = options.all === true;
    const morph = await loadMorphology();
    const figures = await withDatabase(async (ds) => {
      const indexing = new StatementIndexingService(new StatementRepository(ds.getRepository(Statement)), morph);
      const total = await indexing.countToIndex(all);
      const started = Date.now();
      let reported = 0;
      const result = await indexing.backfill({
        all,
        batch,
        threads,
        onProgress: (indexed, changed) => {
          const now = Date.now();
          if (!process.stderr.isTTY && now - reported < 5000) return;
          reported = now;
          const rate = Math.round(indexed / Math.max(0.001, (now - started) / 1000));
          process.stderr.write(`${process.stderr.isTTY ? '\r' : ''}reindexed ${indexed} of ${total} (${changed} changed), ${rate} statements/s${process.stderr.isTTY ? '' : '\n'}`);
        },
      });
      return { ...result, seconds: (Date.now() - started) / 1000 };
    });
    process.stderr.write(
      `${process.stderr.isTTY ? '\n' : ''}reindexed ${figures.indexed} statement(s)${all ? '' : ' that had no search keys'}, ${figures.changed} with new keys, in ${figures.seconds.toFixed(1)} s (${Math.round(figures.indexed / Math.max(0.001, figures.seconds))} statements/s, ${threads || 'no'} worker thread(s))\n`,
    );
    return 0;
  } catch (err) {
    return reportCommandError('reindex', USAGE, err);
  }
}
