// `quotes eval GOLD_DIR [--details FILE] [--json]`: scores the extractor against gold annotations with
// the same metrics as the corpus scorer.
import { existsSync, statSync, writeFileSync } from 'fs';
import { createExtractor } from '../extraction/extractor';
import { evaluateFolder } from '../extraction/evaluation/evaluate-folder';
import { formatSummary } from '../extraction/evaluation/score';
import { loadBundledSpeakerDirectory } from '../speaker-registry/bundled-speaker-directory';

const USAGE = 'usage: quotes eval GOLD_DIR [--details FILE] [--json]';

export async function run(args: string[]): Promise<number> {
  let details: string | null = null;
  let json = false;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (a === '--json') json = true;
    else if (a === '--details') {
      details = args[++i] ?? null;
      if (!details) {
        process.stderr.write(`quotes eval: --details needs a file\n${USAGE}\n`);
        return 2;
      }
    } else if (a.startsWith('--')) {
      process.stderr.write(`quotes eval: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else positional.push(a);
  }
  if (positional.length !== 1) {
    process.stderr.write(`quotes eval: expected one GOLD_DIR\n${USAGE}\n`);
    return 2;
  }
  const dir = positional[0];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`quotes eval: ${dir} is not a folder\n`);
    return 2;
  }
  // the same speaker registry as `quotes extract`, so both score alike
  const extractor = await createExtractor({ directory: await loadBundledSpeakerDirectory() });
  const { summary, details: perArticle, gold } = evaluateFolder(extractor, dir);
  if (!gold.size) {
    process.stderr.write(`quotes eval: no *.gold.json in ${dir}\n`);
    return 2;
  }
  if (details) writeFileSync(details, JSON.stringify(perArticle, null, 1));
  process.stdout.write((json ? JSON.stringify(summary, null, 1) : formatSummary(summary)) + '\n');
  return 0;
}
