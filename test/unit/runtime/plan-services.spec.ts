import { loadConfig } from '../../../src/config/app-config';
import { parsePostmasterLock } from '../../../src/database/embedded/postmaster-lock';
import { planDatabase } from '../../../src/runtime/resolve-database';
import { resolveQueue } from '../../../src/runtime/resolve-queue';
import { startUpLines } from '../../../src/runtime/start-up-lines';

describe('choosing the database and the queue', () => {
  it('uses a configured PostgreSQL as it is and hands the same address to child processes', async () => {
    const plan = await planDatabase(loadConfig({ DATABASE_URL: 'postgres://editor:secret@db.internal:6543/news' }));
    expect(plan).toEqual({ description: 'database: PostgreSQL at db.internal:6543/news (DATABASE_URL)', url: 'postgres://editor:secret@db.internal:6543/news', settingForChildren: 'postgres://editor:secret@db.internal:6543/news' });
  });

  it('names the embedded database, its folder and why, and says how to switch', async () => {
    const plan = await planDatabase(loadConfig({ DATABASE_URL: 'embedded', EMBEDDED_DATABASE_DIR: 'var/test-data' }));
    expect(plan.url).toBeUndefined();
    expect(plan.settingForChildren).toBe('embedded');
    const queue = await resolveQueue(loadConfig({ QUEUE_DRIVER: 'inline', REDIS_URL: 'redis://127.0.0.1:1' }));
    expect(queue).toMatchObject({ driver: 'inline', redisUrl: undefined });
    expect(startUpLines(plan, queue)).toEqual([
      'database: embedded PostgreSQL 16 in var/test-data (DATABASE_URL=embedded)',
      'jobs: in process, no Redis (QUEUE_DRIVER=inline)',
      expect.stringMatching(/^to use your own servers: set DATABASE_URL=postgres:\/\/.* and REDIS_URL=redis:\/\//),
    ]);
  });

  it('uses BullMQ without probing when REDIS_URL is set, and adds no switching hint with real servers', async () => {
    const queue = await resolveQueue(loadConfig({ REDIS_URL: 'redis://cache.internal:6380' }));
    expect(queue).toEqual({ driver: 'bullmq', redisUrl: 'redis://cache.internal:6380', description: 'jobs: BullMQ on Redis at cache.internal:6380 (REDIS_URL)' });
    const plan = await planDatabase(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/q' }));
    expect(startUpLines(plan, queue)).toHaveLength(2);
  });
});

describe('parsePostmasterLock', () => {
  it('reads the pid, port and status PostgreSQL writes to postmaster.pid', () => {
    expect(parsePostmasterLock('4242\n/data/pg\n1796290995\n54329\n\n127.0.0.1\n  2146732         9\nready   \n')).toEqual({ pid: 4242, port: 54329, status: 'ready' });
  });

  it('takes a file still being written for no lock', () => {
    expect(parsePostmasterLock('4242\n/data/pg\n')).toBeUndefined();
    expect(parsePostmasterLock('')).toBeUndefined();
  });
});
