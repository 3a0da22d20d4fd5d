import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ArticlesModule } from '../articles/articles.module';
import { ClaimsModule } from '../claims/claims.module';
import { ApiKeyThrottlerGuard } from '../auth/api-key-throttler.guard';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { AuthModule } from '../auth/auth.module';
import { AppConfig } from '../config/app-config';
import { ExportWorkerModule } from '../exports/export-worker.module';
import { ExportsModule } from '../exports/exports.module';
import { HealthModule } from '../health/health.module';
import { PipelineModule } from '../pipeline/pipeline.module';
import { QueueDashboardModule } from '../queue-dashboard/queue-dashboard.module';
import { ReviewModule } from '../review/review.module';
import { SearchModule } from '../search/search.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { StatementsModule } from '../statements/statements.module';
import { WebAppModule } from '../web-app/web-app.module';
import { CoreModule } from './core.module';

/** With QUEUE_DRIVER=inline there are no queue workers: the API runs each job itself, as it is queued. */
const inlineJobHandlers = process.env.QUEUE_DRIVER === 'inline' ? [PipelineModule, ExportWorkerModule] : [];

/** The HTTP API process. */
@Module({
  imports: [
    CoreModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => [{ ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
    }),
    AuthModule,
    HealthModule,
    ArticlesModule,
    // Before StatementsModule: GET /statements/search must not be read as GET /statements/:id.
    SearchModule,
    StatementsModule,
    ReviewModule,
    ClaimsModule,
    SpeakersModule,
    ExportsModule,
    QueueDashboardModule,
    WebAppModule,
    ...inlineJobHandlers,
  ],
  providers: [
    { provide: APP_GUARD, useClass: ApiKeyThrottlerGuard },
    { provide: APP_GUARD, useClass: ApiKeyGuard },
  ],
})
export class ApiModule {}
