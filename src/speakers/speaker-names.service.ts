import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AddAliasDto } from './dto/create-speaker.dto';
import { SpeakerRoleDto, UpdateSpeakerRoleDto } from './dto/speaker-role.dto';
import { roleKey } from '../speaker-registry/speaker-registry';
import { SpeakerDetailView } from './speaker-view';
import { SpeakersService } from './speakers.service';
import { SpeakerRepository } from './speaker.repository';

/** A speaker's aliases and roles; every change to the names recomputes the search keys. */
@Injectable()
export class SpeakerNamesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly speakers: SpeakersService,
    private readonly repository: SpeakerRepository,
  ) {}

  async addAlias(speakerId: string, dto: AddAliasDto): Promise<SpeakerDetailView> {
    await this.dataSource.transaction(async (em) => {
      await this.speakers.require(em, speakerId, true);
      const id = await this.speakers.addAlias(em, speakerId, dto.alias, dto.lang ?? null, 'admin');
      if (!id) throw new ConflictException(`speaker ${speakerId} already has the alias "${dto.alias}"`);
      await this.speakers.changed(em, [speakerId]);
    });
    return this.speakers.get(speakerId);
  }

  async removeAlias(speakerId: string, aliasId: string): Promise<SpeakerDetailView> {
    await this.dataSource.transaction(async (em) => {
      await this.speakers.require(em, speakerId, true);
      if (!(await this.repository.deleteAlias(em, speakerId, aliasId))) throw new NotFoundException(`alias ${aliasId} of speaker ${speakerId} not found`);
      await this.speakers.changed(em, [speakerId]);
    });
    return this.speakers.get(speakerId);
  }

  async addRole(speakerId: string, dto: SpeakerRoleDto): Promise<SpeakerDetailView> {
    await this.dataSource.transaction(async (em) => {
      await this.speakers.require(em, speakerId, true);
      await this.speakers.addRole(em, speakerId, dto.role, dto.of, dto.from ?? null, dto.to ?? null);
      await this.repository.bumpRegistryVersion(em);
    });
    return this.speakers.get(speakerId);
  }

  async updateRole(speakerId: string, roleId: string, dto: UpdateSpeakerRoleDto): Promise<SpeakerDetailView> {
    await this.dataSource.transaction(async (em) => {
      await this.speakers.require(em, speakerId, true);
      const role = await this.repository.findRole(em, speakerId, roleId);
      if (!role) throw new NotFoundException(`role ${roleId} of speaker ${speakerId} not found`);
      if (dto.role !== undefined) role.role = dto.role.trim();
      if (dto.of !== undefined) role.of = dto.of.trim();
      if (dto.from !== undefined) role.validFrom = dto.from;
      if (dto.to !== undefined) role.validTo = dto.to;
      if (role.validFrom && role.validTo && role.validTo < role.validFrom) throw new BadRequestException('to must not be before from');
      role.roleKey = roleKey(role.role, role.of);
      // An edited seed role is the editor's now: a re-import must not put the old dates back.
      role.source = 'admin';
      try {
        await this.repository.saveRole(em, role);
      } catch (err) {
        if ((err as { code?: string }).code === '23505') throw new ConflictException('the speaker already has this role from that date');
        throw err;
      }
      await this.repository.bumpRegistryVersion(em);
    });
    return this.speakers.get(speakerId);
  }

  async removeRole(speakerId: string, roleId: string): Promise<SpeakerDetailView> {
    await this.dataSource.transaction(async (em) => {
      await this.speakers.require(em, speakerId, true);
      if (!(await this.repository.deleteRole(em, speakerId, roleId))) throw new NotFoundException(`role ${roleId} of speaker ${speakerId} not found`);
      await this.repository.bumpRegistryVersion(em);
    });
    return this.speakers.get(speakerId);
  }
}
