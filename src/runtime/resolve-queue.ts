import { AppConfig, QueueDriver } from '../config/app-config';
import { DEFAULT_REDIS_URL } from '../config/service-targets';
import { describeUrl, listens } from './tcp-probe';

export interface QueueTarget {
  driver: QueueDriver;
  redisUrl: string | undefined;
  /** The start-up line naming how jobs run and why. */
  description: string;
}

/**
 * QUEUE_DRIVER=inline, or neither QUEUE_DRIVER nor REDIS_URL set and nothing listening at the default
 * Redis address, runs jobs inside the API process; otherwise BullMQ on Redis.
 */
export async function resolveQueue(config: AppConfig): Promise<QueueTarget> {
  if (config.QUEUE_DRIVER === 'inline') return inline('QUEUE_DRIVER=inline');
  if (config.QUEUE_DRIVER === 'bullmq' || config.REDIS_URL) {
    const url = config.REDIS_URL ?? DEFAULT_REDIS_URL;
    return bullmq(url, config.REDIS_URL ? 'REDIS_URL' : 'QUEUE_DRIVER=bullmq');
  }
  if (await listens('127.0.0.1', 6379)) return bullmq(DEFAULT_REDIS_URL, 'the default; REDIS_URL unset');
  return inline('no REDIS_URL and nothing at 127.0.0.1:6379');
}

function inline(reason: string): QueueTarget {
  return { driver: 'inline', redisUrl: undefined, description: `jobs: in process, no Redis (${reason})` };
}

function bullmq(url: string, reason: string): QueueTarget {
  return { driver: 'bullmq', redisUrl: url, description: `jobs: BullMQ on Redis at ${describeUrl(url)} (${reason})` };
}
