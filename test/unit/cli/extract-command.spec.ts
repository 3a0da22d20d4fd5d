import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../../src/cli/extract-command';
import type { Extractor } from '../../../src/extraction/extractor';

describe('quotes extract', () => {
  let dir: string;
  let stderr: string;
  let stdout: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'quotes-extract-'));
    stderr = '';
    stdout = '';
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: any) => ((stderr += String(chunk)), true));
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => ((stdout += String(chunk)), true));
  });

  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says on stderr which article the extractor failed on, goes on with the others and exits 1', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Пресс-секретарь театра Ольга Миронова сообщила, что премьера переносится на март.');
    writeFileSync(join(dir, 'b.txt'), 'Тренер команды Артём Зуев сказал, что состав на игру объявят в пятницу.');
    const seen: string[] = [];
    const extractor: Extractor = {
      extract: (input) => {
        seen.push(input.text ?? '');
        if (input.text?.includes('театра')) throw new RangeError('offset out of range');
        return { article: { body: input.text ?? '', title: null, publishedAt: null, language: 'ru', source: null }, statements: [] };
      },
      extractPrepared: () => {
        throw new Error('not used by the CLI');
      },
    };
    const code = await run(['--format', 'jsonl', dir], extractor);
    expect(code).toBe(1);
    expect(seen).toHaveLength(2);
    expect(stderr).toContain(`quotes extract: extraction failed for ${join(dir, 'a.txt')}: offset out of range`);
    expect(stdout).toBe('');
  });
});
