import { randomUUID } from 'crypto';
import { createWriteStream } from 'fs';
import { mkdir, open, rename, rm, stat } from 'fs/promises';
import { basename, dirname, join } from 'path';
import type { Readable } from 'stream';
import { pipeline } from 'stream/promises';

/**
 * Writes a stream to `path` through a uniquely named temporary file in the same folder, flushed and
 * then renamed: readers see the old file or the whole new one, never a partial one, and two runs of
 * the same job never write into each other's file. Returns the size in bytes.
 */
export async function writeFileAtomically(path: string, source: Readable): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await pipeline(source, createWriteStream(temporary, { flags: 'wx' }));
    const handle = await open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
  return (await stat(path)).size;
}
