import { Global, Module } from '@nestjs/common';
import { morphologyProvider } from './morphology.provider';

/** The Russian morphology (az dictionaries), loaded once per process and shared by every feature that reads words. */
@Global()
@Module({
  providers: [morphologyProvider],
  exports: [morphologyProvider],
})
export class LanguageModule {}
