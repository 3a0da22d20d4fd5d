import { loadConfig } from '../../../src/config/app-config';

describe('loadConfig', () => {
  it('works on its defaults with an empty environment, leaving the servers to be found at start', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.QUEUE_DRIVER).toBeUndefined();
    expect(config.EMBEDDED_DATABASE_DIR).toBe('var/pgdata');
    expect(config.PORT).toBe(3000);
  });

  it('takes "embedded" or a postgres:// URL as DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'embedded' }).DATABASE_URL).toBe('embedded');
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/q' }).DATABASE_URL).toBe('postgresql://u@db:5432/q');
    expect(() => loadConfig({ DATABASE_URL: 'embeded' })).toThrow('DATABASE_URL must be a postgres:// URL or "embedded"');
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
    expect(message).toContain('DATABASE_URL must be a postgres:// URL or "embedded"');
    expect(message).toContain('QUEUE_PREFIX must be 1-40 letters');
    expect(message).toContain('WORKER_CONCURRENCY');
  });
});
