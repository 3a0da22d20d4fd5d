import { mkdtemp, readdir, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { Readable } from 'stream';
import { writeFileAtomically } from '../../../src/exports/atomic-file-write';

describe('writeFileAtomically', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'qt-atomic-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes the stream, creating the folder, and returns its size', async () => {
    const path = join(dir, 'sub', 'a.csv');
    expect(await writeFileAtomically(path, Readable.from(['привет,', 'мир\r\n']))).toBe(Buffer.byteLength('привет,мир\r\n'));
    expect(await readFile(path, 'utf8')).toBe('привет,мир\r\n');
  });

  it('replaces a file from an earlier run whole', async () => {
    const path = join(dir, 'a.jsonl');
    await writeFile(path, 'old contents that are longer than the new ones\n');
    await writeFileAtomically(path, Readable.from(['new\n']));
    expect(await readFile(path, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['a.jsonl']);
  });

  it('leaves the earlier file and no temporary file when the stream fails', async () => {
    const path = join(dir, 'a.jsonl');
    await writeFile(path, 'complete\n');
    async function* failing() {
      yield 'partial';
      throw new Error('database went away');
    }
    await expect(writeFileAtomically(path, Readable.from(failing()))).rejects.toThrow('database went away');
    expect(await readFile(path, 'utf8')).toBe('complete\n');
    expect(await readdir(dir)).toEqual(['a.jsonl']);
  });
});
