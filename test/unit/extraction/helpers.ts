import { createExtractor, type Extractor } from '../../../src/extraction/extractor';

let shared: Promise<Extractor> | null = null;
export function extractor(): Promise<Extractor> {
  shared ??= createExtractor();
  return shared;
}

export async function statementsOf(body: string, date = '2025-03-12') {
  const x = await extractor();
  return x.extract({ text: `date ${date}\n\n${body}` }).statements;
}
