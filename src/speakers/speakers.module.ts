import { Module } from '@nestjs/common';
import { RegistryBootstrapService } from './registry-bootstrap.service';
import { SpeakerLinkingService } from './speaker-linking.service';
import { SpeakerMergeService } from './speaker-merge.service';
import { SpeakerMergesController } from './speaker-merges.controller';
import { SpeakerNamesController } from './speaker-names.controller';
import { SpeakerNamesService } from './speaker-names.service';
import { speakerRegistryProviders } from './speaker-registry.providers';
import { SpeakerRoleResolverService } from './speaker-role-resolver.service';
import { SpeakerRolesController } from './speaker-roles.controller';
import { SpeakersController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

@Module({
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
