import { loadConfig } from '../../../src/config/app-config';

describe('loadConfig', () => {
  it('works on its defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/quote_tracker');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PORT).toBe(3000);
    expect(config.QUEUE_DRIVER).toBe('bullmq');
  });

  it('reads and converts values from the environment', () => {
    const config = loadConfig({ PORT: '8080', WORKER_CONCURRENCY: '8', QUEUE_PREFIX: 'newsroom-a', QUEUE_DRIVER: 'inline' });
    expect(config).toMatchObject({ PORT: 8080, WORKER_CONCURRENCY: 8, QUEUE_PREFIX: 'newsroom-a', QUEUE_DRIVER: 'inline' });
  });

  it('names every bad value with its reason', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', QUEUE_PREFIX: 'has spaces', WORKER_CONCURRENCY: '0' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/PORT="eighty"|PORT=NaN|PORT=null/);
    expect(message).toContain('PORT must be an integer');
    expect(message).toContain('DATABASE_URL must be a postgres:// URL');
    expect(message).toContain('QUEUE_PREFIX must be 1-40 letters');
    expect(message).toContain('WORKER_CONCURRENCY');
  });
});
