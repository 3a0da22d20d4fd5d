import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Article } from '../articles/article.entity';
import { CrossReferenceModule } from '../claims/cross-reference.module';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { Statement } from '../statements/statement.entity';
import { RegistryBootstrapService } from './registry-bootstrap.service';
import { SpeakerAlias } from './speaker-alias.entity';
import { SpeakerLinkingService } from './speaker-linking.service';
import { SpeakerMerge } from './speaker-merge.entity';
import { SpeakerMergeService } from './speaker-merge.service';
import { SpeakerMergesController } from './speaker-merges.controller';
import { SpeakerNamesController } from './speaker-names.controller';
import { SpeakerNamesService } from './speaker-names.service';
import { speakerRegistryProviders } from './speaker-registry.providers';
import { SpeakerRoleResolverService } from './speaker-role-resolver.service';
import { SpeakerRole } from './speaker-role.entity';
import { SpeakerRolesController } from './speaker-roles.controller';
import { Speaker } from './speaker.entity';
import { SpeakersController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Speaker, SpeakerAlias, SpeakerRole, SpeakerMerge, Statement, Article]), SearchIndexingModule, CrossReferenceModule],
  // Before the generic controller: /speakers/merges/… and /speakers/resolve-role are not speaker ids.
  controllers: [SpeakerMergesController, SpeakerRolesController, SpeakerNamesController, SpeakersController],
  providers: [
    ...speakerRegistryProviders,
    SpeakersService,
    SpeakerNamesService,
    SpeakerMergeService,
    SpeakerRoleResolverService,
    SpeakerLinkingService,
    RegistryBootstrapService,
  ],
  exports: [SpeakersService, SpeakerLinkingService],
})
export class SpeakersModule {}
