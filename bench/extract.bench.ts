// Extraction throughput on one core over ≥ 5 MB of articles: the dev corpus repeated when the shared
// corpus sits beside the project, generated articles otherwise. Beside it, a plain regex tokenisation
// pass over the same text as the floor. Targets: ≥ 500 articles/s and within 25× of the floor.
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { createExtractor } from '../src/extraction/extractor';

const TARGET_BYTES = 5 * 1024 * 1024;

function corpusArticles(): string[] {
  const dev = path.join(path.resolve(__dirname, '../../shared'), 'corpus', 'dev');
  if (existsSync(dev)) {
    const files = readdirSync(dev).filter((f) => f.endsWith('.txt'));
    if (files.length) return files.map((f) => readFileSync(path.join(dev, f), 'utf8'));
  }
  return generatedArticles();
}

/** Articles assembled from the project's own sentences, for when no corpus is available. */
function generatedArticles(): string[] {
  const people = [['Иван Петров', 'Петров', 'министр финансов'], ['Анна Смирнова', 'Смирнова', 'глава ведомства'], ['Олег Ким', 'Ким', 'губернатор области']];
  const sentences = [
    (p: string[]) => `Бюджет на следующий год будет сбалансирован, заявил ${p[2]} ${p[0]}.`,
    (p: string[]) => `«Мы не планируем повышать налоги в этом году», — сказал ${p[1]}.`,
    (p: string[]) => `По словам ${p[2].split(' ')[0]}а, расходы на образование вырастут.`,
    (p: string[]) => `${p[1]} призвал коллег поддержать законопроект.`,
    () => `Заседание правительства продлилось три часа.`,
    (p: string[]) => `Накануне ${p[1]} отметил, что ситуация остается сложной.`,
  ];
  const out: string[] = [];
  for (let i = 0; i < 400; i++) {
    const p = people[i % people.length];
    const body = sentences.map((s, k) => sentences[(k + i) % sentences.length](p)).join(' ');
    out.push(`date 2025-0${1 + (i % 9)}-1${i % 10}\n\n${body}\n\n${body}\n`);
  }
  return out;
}

async function main(): Promise<void> {
  const base = corpusArticles();
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const a of base) {
      articles.push(a);
      bytes += Buffer.byteLength(a, 'utf8');
    }
  }
  const mb = bytes / (1024 * 1024);
  const extractor = await createExtractor();
  for (const a of base) extractor.extract({ text: a }); // warm-up: morphology cache, JIT

  let t0 = process.hrtime.bigint();
  let statements = 0;
  for (const a of articles) statements += extractor.extract({ text: a }).statements.length;
  const extractSec = Number(process.hrtime.bigint() - t0) / 1e9;

  t0 = process.hrtime.bigint();
  let tokens = 0;
  const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
  for (const a of articles) tokens += (a.match(re) ?? []).length;
  const floorSec = Number(process.hrtime.bigint() - t0) / 1e9;

  const line = (name: string, sec: number) => `${name.padEnd(22)} ${(articles.length / sec).toFixed(0).padStart(8)} articles/s ${(mb / sec).toFixed(2).padStart(8)} MB/s`;
  console.log(`corpus: ${articles.length} articles, ${mb.toFixed(1)} MB, ${statements} statements, ${tokens} tokens`);
  console.log(line('extract', extractSec));
  console.log(line('regex tokenization', floorSec));
  console.log(`extract / floor: ${(extractSec / floorSec).toFixed(1)}x (target ≤ 25x); target ≥ 500 articles/s`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
