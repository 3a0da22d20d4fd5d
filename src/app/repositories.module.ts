import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKey } from '../auth/api-key.entity';
import { ApiKeyRepository } from '../auth/api-key.repository';
import { Article } from '../entities/article.entity';
import { ArticleRepository } from '../articles/article.repository';
import { Outlet } from '../entities/outlet.entity';
import { Claim } from '../claims/claim.entity';
import { StatementExport } from '../exports/statement-export.entity';
import { ExportJobRepository } from '../exports/export-job.repository';
import { ClaimRepository } from '../claims/claim.repository';
import { SpeakerAlias } from '../entities/speaker-alias.entity';
import { SpeakerMerge } from '../entities/speaker-merge.entity';
import { SpeakerRole } from '../entities/speaker-role.entity';
import { Speaker } from '../entities/speaker.entity';
import { SpeakerRepository } from '../speakers/speaker.repository';
import { Statement } from '../entities/statement.entity';
import { StatementEvent } from '../review/statement-event.entity';
import { StatementEventRepository } from '../review/statement-event.repository';
import { StatementRepository } from '../statements/statement.repository';

/**
 * The repositories, one per aggregate, available to every feature: the only writers of their tables,
 * so features need not import each other to reach data.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ApiKey, Article, Outlet, Statement, Speaker, SpeakerAlias, SpeakerRole, SpeakerMerge, Claim, StatementExport, StatementEvent])],
  providers: [ApiKeyRepository, ArticleRepository, ExportJobRepository, StatementRepository, SpeakerRepository, ClaimRepository, StatementEventRepository],
  exports: [TypeOrmModule, ApiKeyRepository, ArticleRepository, ExportJobRepository, StatementRepository, SpeakerRepository, ClaimRepository, StatementEventRepository],
})
export class RepositoriesModule {}
