import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorFunction, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/roles';
import { BullMqJobQueue } from '../queue/bullmq-job-queue';
import { JOB_QUEUE, JobQueue } from '../queue/job-queue';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    /** Absent with the inline queue driver, which needs no Redis: Redis is then not checked. */
    @Optional() private readonly bullmq?: BullMqJobQueue,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOkResponse({ description: 'PostgreSQL and (with BullMQ) Redis answer; queue depths in details.queues' })
  @ApiServiceUnavailableResponse({ description: 'a dependency does not answer: `error` names it (postgres, redis) with the reason' })
  check() {
    const bullmq = this.bullmq;
    const checks: HealthIndicatorFunction[] = [() => this.db.pingCheck('postgres', { timeout: 3000 })];
    if (bullmq) checks.push(() => this.probe('redis', () => bullmq.ping().then(() => ({}) as Record<string, unknown>)));
    checks.push(() => this.probe('queues', () => this.queue.depths()));
    return this.health.check(checks);
  }

  private async probe(key: string, run: () => Promise<Record<string, unknown>>) {
    const indicator = this.indicators.check(key);
    try {
      return indicator.up(await withTimeout(run(), 3000));
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);
}
