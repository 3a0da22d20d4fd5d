// Generalisation check for extraction rules: the dev corpus split into folds by article, each fold
// scored on its own. A rule earns its place when it helps folds other than the one whose error
// suggested it, so a change is judged by how many folds it moves and in which direction.
//
//   npm run eval:folds -- [--folds 5] [--dir ../shared/corpus/dev] [--save FILE] [--compare FILE]
//
// --save writes the per-fold figures as JSON; --compare prints each fold's change against such a file.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { createExtractor } from '../src/extraction/extractor';
import { type GoldStatement, type Prediction, score } from '../src/extraction/evaluation/score';
import { loadBundledSpeakerDirectory } from '../src/speaker-registry/bundled-speaker-directory';

interface FoldFigures {
  fold: number;
  articles: number;
  gold: number;
  e2eF1: number;
  detectionF1: number;
  attribution: number;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** A stable fold for an article id (FNV-1a), so that folds do not change when articles are added. */
function foldOf(id: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}

async function main(): Promise<void> {
  const folds = Math.max(2, Number(option('--folds', '5')) || 5);
  const dir = path.resolve(option('--dir', path.resolve(__dirname, '../../shared/corpus/dev')));
  if (!existsSync(dir)) {
    process.stderr.write(`eval-folds: no corpus at ${dir}\n`);
    process.exit(2);
  }
  const extractor = await createExtractor({ directory: await loadBundledSpeakerDirectory() });
  const gold = Array.from({ length: folds }, () => new Map<string, GoldStatement[]>());
  const preds = Array.from({ length: folds }, () => new Map<string, Prediction[]>());
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort()) {
    const id = f.replace(/\.gold\.json$/, '');
    const txt = path.join(dir, `${id}.txt`);
    if (!existsSync(txt)) continue;
    const k = foldOf(id, folds);
    gold[k].set(id, (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { statements?: GoldStatement[] }).statements ?? []);
    const { statements } = extractor.extract({ text: readFileSync(txt, 'utf8') });
    preds[k].set(id, statements.map((s) => ({ quote: s.quote, speaker: s.speaker.name, date: s.date })));
  }
  const figures: FoldFigures[] = gold.map((g, k) => {
    const { summary } = score(g, preds[k]);
    return { fold: k, articles: g.size, gold: summary.gold, e2eF1: summary.e2e.f1, detectionF1: summary.detection.f1, attribution: summary.attribution_strict };
  });
  const previous = process.argv.includes('--compare') ? (JSON.parse(readFileSync(option('--compare', ''), 'utf8')) as FoldFigures[]) : null;
  const fmt = (x: number) => x.toFixed(3);
  const delta = (x: number, y: number | undefined) => (y === undefined ? '' : ` (${x - y >= 0 ? '+' : ''}${(x - y).toFixed(3)})`);
  for (const f of figures) {
    const p = previous?.find((x) => x.fold === f.fold);
    process.stdout.write(`fold ${f.fold}: ${f.articles} articles, ${f.gold} statements  e2e ${fmt(f.e2eF1)}${delta(f.e2eF1, p?.e2eF1)}  detection ${fmt(f.detectionF1)}${delta(f.detectionF1, p?.detectionF1)}  attribution ${fmt(f.attribution)}${delta(f.attribution, p?.attribution)}\n`);
  }
  const e2e = figures.map((f) => f.e2eF1);
  const mean = e2e.reduce((a, b) => a + b, 0) / e2e.length;
  const sd = Math.sqrt(e2e.reduce((a, b) => a + (b - mean) ** 2, 0) / e2e.length);
  process.stdout.write(`mean e2e ${fmt(mean)}, spread ${fmt(sd)}, worst fold ${fmt(Math.min(...e2e))}\n`);
  if (previous) {
    const better = figures.filter((f) => f.e2eF1 > (previous.find((x) => x.fold === f.fold)?.e2eF1 ?? Infinity) + 1e-9).length;
    const worse = figures.filter((f) => f.e2eF1 < (previous.find((x) => x.fold === f.fold)?.e2eF1 ?? -Infinity) - 1e-9).length;
    process.stdout.write(`folds improved ${better}, worsened ${worse}, of ${folds}\n`);
  }
  if (process.argv.includes('--save')) writeFileSync(option('--save', ''), JSON.stringify(figures, null, 1) + '\n');
}

main().catch((err: Error) => {
  process.stderr.write(`eval-folds: ${err.message}\n`);
  process.exit(1);
});
