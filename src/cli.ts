#!/usr/bin/env node
// The `quotes` command: one sub-command per file in src/cli/, loaded only when asked for so that
// `quotes extract` never pays for NestJS or a database connection.
import 'reflect-metadata';

type CommandModule = { run(args: string[]): Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  extract: { summary: 'print the statements of articles (files, folders or - for stdin)', load: () => import('./cli/extract-command') },
  eval: { summary: 'score the extractor against a folder of gold annotations', load: () => import('./cli/eval-command') },
  speakers: { summary: 'manage the speaker registry (import FILE)', load: () => import('./cli/speakers-command') },
  keys: { summary: 'create and revoke API keys', load: () => import('./cli/keys-command') },
  export: { summary: 'export statements as CSV, JSONL or ClaimReview', load: () => import('./cli/export-command') },
  reindex: { summary: 'fill missing search keys of statements (--all: recompute every one)', load: () => import('./cli/reindex-command') },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `usage: quotes <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun \`quotes <command> --help\` for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`quotes: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`quotes: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
