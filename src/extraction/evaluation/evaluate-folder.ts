// Runs the extractor over a folder of `<id>.txt` articles with `<id>.gold.json` annotations and scores it.
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type { Extractor } from '../extractor';
import { type GoldStatement, type Prediction, score } from './score';

export function evaluateFolder(extractor: Extractor, goldDir: string) {
  const gold = new Map<string, GoldStatement[]>();
  const preds = new Map<string, Prediction[]>();
  for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.gold.json')).sort()) {
    const id = f.replace(/\.gold\.json$/, '');
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { statements?: GoldStatement[] };
    gold.set(id, g.statements ?? []);
    let text = '';
    try {
      text = readFileSync(join(goldDir, `${id}.txt`), 'utf8');
    } catch {
      text = '';
    }
    const result = extractor.extract({ text });
    preds.set(id, result.statements.map((s) => ({ quote: s.quote, speaker: s.speaker.name, date: s.date })));
  }
  return { ...score(gold, preds), gold };
}
