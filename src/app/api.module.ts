import { DynamicModule, Module } from '@nestjs/common';
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
import { JobReconciler } from '../pipeline/job-reconciler.service';
import { PipelineModule } from '../pipeline/pipeline.module';
import { QueueDashboardModule } from '../queue-dashboard/queue-dashboard.module';
import { QueueDashboardOffModule } from '../queue-dashboard/queue-dashboard-off.module';
import { ReviewModule } from '../review/review.module';
import { ServiceTargets } from '../config/service-targets';
import { SearchModule } from '../search/search.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { StatementsModule } from '../statements/statements.module';
import { WebAppModule } from '../web-app/web-app.module';
import { CoreModule } from './core.module';

/**
 * The HTTP API process. With the inline queue driver there are no queue workers: the API runs each job
 * itself, and its reconciler picks up the articles a stopped process left unfinished.
 */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, targets: ServiceTargets): DynamicModule {
    const inline = targets.queueDriver === 'inline';
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(config, targets),
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }]),
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
        inline ? QueueDashboardOffModule : QueueDashboardModule,
        WebAppModule,
        ...(inline ? [PipelineModule, ExportWorkerModule] : []),
      ],
      providers: [
        { provide: APP_GUARD, useClass: ApiKeyThrottlerGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        ...(inline ? [JobReconciler] : []),
      ],
    };
  }
}
