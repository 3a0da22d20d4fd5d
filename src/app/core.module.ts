import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { AppConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { LanguageModule } from '../language/language.module';
import { ArticleQueueModule } from '../pipeline/article-queue.module';
import { QueueModule } from '../queue/queue.module';
import { MovedStatementsModule } from '../review/moved-statements.module';
import { RepositoriesModule } from './repositories.module';

/** What every process needs: validated configuration, structured logs, PostgreSQL and its repositories, the job queue, the morphology. */
@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          autoLogging: { ignore: (req) => req.url === '/health' },
        },
      }),
    }),
    DatabaseModule,
    RepositoriesModule,
    QueueModule,
    ArticleQueueModule,
    LanguageModule,
    MovedStatementsModule,
  ],
})
export class CoreModule {}
