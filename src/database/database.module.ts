import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceTargets } from '../config/service-targets';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ServiceTargets],
      useFactory: (targets: ServiceTargets) => dataSourceOptions(targets.databaseUrl),
    }),
  ],
})
export class DatabaseModule {}
