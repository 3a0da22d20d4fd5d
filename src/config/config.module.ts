import { Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { AppConfig, loadConfig } from './app-config';

/** Validates the environment once at start and shares the typed AppConfig with every module. */
@Global()
@Module({
  imports: [NestConfigModule.forRoot({ ignoreEnvFile: false, validate: (env) => ({ ...loadConfig(env) }) })],
  providers: [{ provide: AppConfig, useFactory: () => loadConfig(process.env) }],
  exports: [AppConfig],
})
export class AppConfigModule {}
