import { API_ROLES, ApiKey, ApiRole } from '../auth/api-key.entity';
import { ApiKeyRepository } from '../auth/api-key.repository';
import { ApiKeysService } from '../auth/api-keys.service';
import { parseArgs, reportCommandError, UsageError } from './cli-args';
import { withDatabase } from './database-session';

const USAGE = `usage:
  quotes keys create --role admin|editor|viewer [--name NAME]   prints the key once, as the last line
  quotes keys revoke ID|PREFIX
  quotes keys list
`;

export async function run(args: string[]): Promise<number> {
  try {
    const [action, ...rest] = args;
    const { options, positionals } = parseArgs(rest, ['role', 'name'], ['help']);
    if (!action || options.help || action === '--help') {
      process.stdout.write(USAGE);
      return action ? 0 : 2;
    }
    if (action === 'create') {
      const role = options.role;
      if (typeof role !== 'string' || !API_ROLES.includes(role as ApiRole)) throw new UsageError(`--role must be one of ${API_ROLES.join(', ')}`);
      const created = await withDatabase((ds) => new ApiKeysService(new ApiKeyRepository(ds.getRepository(ApiKey))).create(role as ApiRole, options.name as string | undefined));
      process.stdout.write(`created ${created.role} key "${created.name}" (id ${created.id}); store it now, it is not shown again:\n${created.key}\n`);
      return 0;
    }
    if (action === 'revoke') {
      if (positionals.length !== 1) throw new UsageError('revoke takes one key id or prefix');
      const key = await withDatabase((ds) => new ApiKeysService(new ApiKeyRepository(ds.getRepository(ApiKey))).revoke(positionals[0]));
      process.stdout.write(`revoked key "${key.name}" (id ${key.id})\n`);
      return 0;
    }
    if (action === 'list') {
      const keys = await withDatabase((ds) => new ApiKeysService(new ApiKeyRepository(ds.getRepository(ApiKey))).list());
      for (const k of keys) process.stdout.write(`${k.id}  ${k.prefix}…  ${k.role.padEnd(6)}  ${k.revokedAt ? 'revoked' : 'active '}  ${k.name}\n`);
      return 0;
    }
    throw new UsageError(`unknown action "${action}"`);
  } catch (err) {
    return reportCommandError('keys', USAGE, err);
  }
}
