import { Injectable } from '@nestjs/common';
import { JobHandler, QueueName } from './job-queue';

/** Handlers register here at start-up; drivers look them up by queue. */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<QueueName, JobHandler>();

  register<T extends object>(handler: JobHandler<T>): void {
    if (this.handlers.has(handler.queue)) throw new Error(`A handler for queue "${handler.queue}" is already registered`);
    this.handlers.set(handler.queue, handler as unknown as JobHandler);
  }

  get(queue: QueueName): JobHandler | undefined {
    return this.handlers.get(queue);
  }

  all(): JobHandler[] {
    return [...this.handlers.values()];
  }
}
