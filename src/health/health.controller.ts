import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/roles';
import { BullMqJobQueue } from '../queue/bullmq-job-queue';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly queue: BullMqJobQueue,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOkResponse({ description: 'PostgreSQL and Redis answer; queue depths in details.queues' })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis does not answer' })
  check() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 3000 }),
      async () => {
        const indicator = this.indicators.check('redis');
        try {
          await withTimeout(this.queue.ping(), 3000);
          return indicator.up();
        } catch (err) {
          return indicator.down({ message: (err as Error).message });
        }
      },
      async () => {
        const indicator = this.indicators.check('queues');
        try {
          return indicator.up(await withTimeout(this.queue.depths(), 3000));
        } catch (err) {
          return indicator.down({ message: (err as Error).message });
        }
      },
    ]);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);
}
