import { DynamicModule, Module } from '@nestjs/common';
import { ServiceTargets } from './service-targets';
import { AppConfig } from './app-config';

/**
 * Shares the configuration the entry point read and validated once (and the servers it resolved)
 * with every module; nothing reads the environment after that.
 */
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig, targets: ServiceTargets): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: ServiceTargets, useValue: targets },
      ],
      exports: [AppConfig, ServiceTargets],
    };
  }
}
