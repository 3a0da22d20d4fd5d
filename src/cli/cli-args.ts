/** A small argument parser shared by the sub-commands: `--name value`, `--name=value`, `--flag`, positionals. */
export interface ParsedArgs {
  options: Record<string, string | true>;
  positionals: string[];
}

export class UsageError extends Error {}

export function parseArgs(args: string[], valued: readonly string[], flags: readonly string[] = []): ParsedArgs {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length === 2 && arg !== '-')) {
      const [rawName, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
      const name = rawName;
      if (flags.includes(name)) {
        options[name] = true;
      } else if (valued.includes(name)) {
        const value = inline ?? args[++i];
        if (value === undefined) throw new UsageError(`option --${name} needs a value`);
        options[name] = value;
      } else {
        throw new UsageError(`unknown option ${arg}`);
      }
    } else {
      positionals.push(arg);
    }
  }
  return { options, positionals };
}

/** A sub-command's failure on stderr: a usage error with the usage and exit code 2, anything else exit code 1. */
export function reportCommandError(command: string, usage: string, err: unknown): number {
  process.stderr.write(`quotes ${command}: ${err instanceof Error ? err.message : String(err)}\n`);
  if (err instanceof UsageError) {
    process.stderr.write(usage);
    return 2;
  }
  return 1;
}
