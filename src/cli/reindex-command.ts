import { loadMorphology } from '../extraction/morphology';
import { StatementIndexingService } from '../search/statement-indexing.service';
import { parseArgs, reportCommandError, UsageError } from './cli-args';
import { withDatabase } from './database-session';

const USAGE = `usage: quotes reindex [--all] [--batch N]
  Fills the search keys (lemmas of quote and speaker) of statements that lack them, for rows
  written before search existed or by hand. --all recomputes every statement's keys, after the
  lemmatisation changed. Safe to run while the service runs, and to run again.
`;

export async function run(args: string[]): Promise<number> {
  try {
    const { options, positionals } = parseArgs(args, ['batch'], ['all', 'help']);
    if (options.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const batch = options.batch === undefined ? 500 : Number(options.batch);
    if (!Number.isInteger(batch) || batch < 1) throw new UsageError('--batch needs a positive integer');
    const all = options.all === true;
    const morph = await loadMorphology();
    const indexed = await withDatabase(async (ds) => {
      const indexing = new StatementIndexingService(ds, morph);
      const total = await indexing.countToIndex(all);
      let done = 0;
      for (let after: string | null = '0'; after !== null; ) {
        const step = await indexing.indexBatch(after, batch, all);
        done += step.indexed;
        after = step.lastSeq;
        if (process.stderr.isTTY) process.stderr.write(`\rreindexed ${done} of ${total}`);
      }
      return done;
    });
    process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}reindexed ${indexed} statement(s)${all ? '' : ' that had no search keys'}\n`);
    return 0;
  } catch (err) {
    return reportCommandError('reindex', USAGE, err);
  }
}
