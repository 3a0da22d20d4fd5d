// `quotes extract [--format jsonl|json|table] [--date YYYY-MM-DD] PATH…`: prints the statements of
// articles. Folders are walked lazily and files read one at a time, so thousands of files stream.
import { createReadStream, promises as fs } from 'fs';
import * as path from 'path';
import { createExtractor, type Extractor } from '../extraction/extractor';
import type { ExtractedStatement } from '../extraction/types';
import { loadBundledSpeakerDirectory } from '../speaker-registry/bundled-speaker-directory';

type Format = 'jsonl' | 'json' | 'table';

const USAGE = 'usage: quotes extract [--format jsonl|json|table] [--date YYYY-MM-DD] PATH… (file, folder, or - for stdin)';
const ARTICLE_EXT = /\.(txt|html?)$/i;

interface Options {
  format: Format;
  date: string | null;
  paths: string[];
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { format: 'jsonl', date: null, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.split('=')[1] : args[++i];
      if (v !== 'jsonl' && v !== 'json' && v !== 'table') return `unknown format "${v ?? ''}"`;
      o.format = v;
    } else if (a === '--date' || a.startsWith('--date=')) {
      const v = a.includes('=') ? a.split('=')[1] : args[++i];
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) return `bad --date "${v ?? ''}" (want YYYY-MM-DD)`;
      o.date = v;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.paths.push(a);
  }
  if (!o.paths.length) return 'no input given';
  return o;
}

async function* walk(p: string): AsyncGenerator<string> {
  const st = await fs.stat(p);
  if (!st.isDirectory()) {
    yield p;
    return;
  }
  const dir = await fs.opendir(p);
  const entries: string[] = [];
  for await (const e of dir) entries.push(e.name);
  entries.sort();
  for (const name of entries) {
    const full = path.join(p, name);
    let s;
    try {
      s = await fs.stat(full);
    } catch {
      continue;
    }
    if (s.isDirectory()) yield* walk(full);
    else if (ARTICLE_EXT.test(name)) yield full;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function statementRecord(article: string, s: ExtractedStatement): Record<string, unknown> {
  return {
    article,
    quote: s.quote,
    speaker: { name: s.speaker.name, type: s.speaker.type, aliases: s.speaker.aliases },
    mention: s.speaker.mention,
    cue: s.cue,
    type: s.type,
    date: s.date,
    datePrecision: s.datePrecision,
    dateSource: s.dateSource,
    via: s.via,
    start: s.start,
    end: s.end,
    confidence: s.confidence,
  };
}

function write(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(line)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** `extractor` replaces the one over the bundled registry (tests). */
export async function run(args: string[], extractor?: Extractor): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`quotes extract: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  // The CLI has no database: its speaker registry is the file bundled with the project.
  extractor ??= await createExtractor({ directory: await loadBundledSpeakerDirectory() });
  const tty = process.stderr.isTTY === true;
  let failed = false;
  let done = 0;
  let firstJson = true;
  if (parsed.format === 'json') await write('[');
  const emit = async (article: string, text: string) => {
    let result;
    try {
      result = extractor.extract({ text, publishedAt: parsed.date });
    } catch (err) {
      // A bug in the extractor: say which article met it, go on with the others, exit non-zero.
      process.stderr.write(`quotes extract: extraction failed for ${article}: ${(err as Error).message}\n`);
      failed = true;
      return;
    }
    for (const s of result.statements) {
      const rec = statementRecord(article, s);
      if (parsed.format === 'jsonl') await write(JSON.stringify(rec) + '\n');
      else if (parsed.format === 'json') {
        await write((firstJson ? '\n' : ',\n') + JSON.stringify(rec));
        firstJson = false;
      } else await write(`${article}\t${s.speaker.name}\t${s.type}\t${s.date ?? '-'}\t${s.quote}\n`);
    }
    done++;
    if (tty && done % 10 === 0) process.stderr.write(`\rextracted ${done} articles`);
  };
  for (const p of parsed.paths) {
    if (p === '-') {
      await emit('-', await readStdin());
      continue;
    }
    try {
      for await (const file of walk(p)) {
        let text: string;
        try {
          text = await readText(file);
        } catch (err) {
          process.stderr.write(`quotes extract: cannot read ${file}: ${(err as Error).message}\n`);
          failed = true;
          continue;
        }
        await emit(file, text);
      }
    } catch (err) {
      process.stderr.write(`quotes extract: cannot read ${p}: ${(err as Error).message}\n`);
      failed = true;
    }
  }
  if (parsed.format === 'json') await write(firstJson ? ']\n' : '\n]\n');
  if (tty) process.stderr.write(`\rextracted ${done} articles\n`);
  return failed ? 1 : 0;
}

function readText(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    createReadStream(file)
      .on('data', (c) => chunks.push(c as Buffer))
      .on('error', reject)
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
