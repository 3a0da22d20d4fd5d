import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardInstance, BullBoardModule, InjectBullBoard } from '@bull-board/nestjs';
import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RequestAuthenticator } from '../auth/request-authenticator';
import { adminOnlyMiddleware } from './admin-only.middleware';
import { BullMqJobQueue } from '../queue/bullmq-job-queue';

/** Shows the pipeline's BullMQ queues (the instances the API produces to, with their prefix). */
@Injectable()
class QueueDashboardRegistrar implements OnModuleInit {
  constructor(
    @InjectBullBoard() private readonly board: BullBoardInstance,
    private readonly queue: BullMqJobQueue,
  ) {}

  onModuleInit(): void {
    for (const queue of this.queue.queues.values()) this.board.addQueue(new BullMQAdapter(queue));
  }
}

@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [AuthModule],
      inject: [RequestAuthenticator],
      useFactory: (authenticator: RequestAuthenticator) => ({ route: '/admin/queues', adapter: ExpressAdapter, middleware: adminOnlyMiddleware(authenticator) }),
    }),
  ],
  providers: [QueueDashboardRegistrar],
})
export class QueueDashboardModule {}
