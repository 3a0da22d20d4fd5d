import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { AppConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { LanguageModule } from '../language/language.module';
import { ArticleQueueModule } from '../pipeline/article-queue.module';
import { QueueModule } from '../queue/queue.module';
import { MovedStatementsModule } from '../review/moved-statements.module';
import { ServiceTargets } from '../config/service-targets';
import { RepositoriesModule } from './repositories.module';

/** What every process needs: validated configuration, structured logs, PostgreSQL and its repositories, the job queue, the morphology. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, targets: ServiceTargets): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        AppConfigModule.forRoot(config, targets),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        DatabaseModule,
        RepositoriesModule,
        QueueModule.forRoot(targets.queueDriver),
        ArticleQueueModule,
        LanguageModule,
        MovedStatementsModule,
      ],
    };
  }
}
