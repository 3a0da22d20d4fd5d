import { resolve } from 'path';
import { loadMorphology } from '../extraction/morphology';
import { BUNDLED_SEED_PATH } from '../speaker-registry/bundled-speaker-directory';
import { RegistryImporter } from '../speakers/registry-importer';
import { readRegistryFile } from '../speakers/registry-seed';
import { SpeakerRepository } from '../speakers/speaker.repository';
import { parseArgs, reportCommandError, UsageError } from './cli-args';
import { withDatabase } from './database-session';

const USAGE = `usage:
  quotes speakers import FILE     upsert the speakers of a registry file (the seed format); running it again changes nothing
  quotes speakers import --bundled   the seed shipped with the project (${BUNDLED_SEED_PATH})
`;

export async function run(args: string[]): Promise<number> {
  try {
    const [action, ...rest] = args;
    const { options, positionals } = parseArgs(rest, [], ['help', 'bundled']);
    if (!action || options.help || action === '--help') {
      process.stdout.write(USAGE);
      return action ? 0 : 2;
    }
    if (action !== 'import') throw new UsageError(`unknown action "${action}"`);
    if (options.bundled ? positionals.length !== 0 : positionals.length !== 1) throw new UsageError('import takes one FILE, or --bundled');
    const path = options.bundled ? BUNDLED_SEED_PATH : resolve(positionals[0]);
    // Checked before touching the database, so a bad file changes nothing.
    const file = readRegistryFile(path);
    const morphology = await loadMorphology();
    const summary = await withDatabase((ds) => new RegistryImporter(morphology, new SpeakerRepository()).import(ds, file.entries, path, file.contentHash));
    process.stdout.write(`imported ${summary.entries} speakers from ${path}: ${summary.created} new, ${summary.updated} updated or unchanged\n`);
    return 0;
  } catch (err) {
    return reportCommandError('speakers', USAGE, err);
  }
}
