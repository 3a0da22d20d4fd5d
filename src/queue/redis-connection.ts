import IORedis, { Redis } from 'ioredis';

/** BullMQ needs maxRetriesPerRequest: null on the connections its workers block on. */
export function createRedisConnection(url: string): Redis {
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}
