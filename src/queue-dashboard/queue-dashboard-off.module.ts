import { Controller, Get, Header, Module } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/roles';

/** With the inline queue driver there are no BullMQ queues to show: the dashboard's address says so. */
@ApiExcludeController()
@Controller('admin/queues')
class QueueDashboardOffController {
  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; charset=utf-8')
  off(): string {
    return 'The queue dashboard is off: jobs run inside the API process (inline queue driver, no Redis).\nSet REDIS_URL to a Redis server to run them on BullMQ workers and see the queues here.\n';
  }
}

@Module({ controllers: [QueueDashboardOffController] })
export class QueueDashboardOffModule {}
