import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AddAliasDto } from './dto/create-speaker.dto';
import { SpeakerRoleDto, UpdateSpeakerRoleDto } from './dto/speaker-role.dto';
import { roleKey } from './registry/speaker-registry';
import { SpeakerKeyIndex } from './speaker-key-index';
import { SpeakerRole } from './speaker-role.entity';
import { SpeakerDetailView } from './speaker-view';
import { insertAlias, insertRole, SpeakersService } from './speakers.service';

/** A speaker's aliases and roles; every change to the names recomputes the search keys. */
@Injectable()
export class SpeakerNamesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly speakers: SpeakersService,
    private readonly keyIndex: SpeakerKeyIndex,
  ) {}

  async addAlias(speakerId: string, dto: AddAliasDto): Promise<SpeakerDetailView> {
    await this.dataSource.transaction(async (em) => {
      await this.speakers.require(em, speakerId, true);
      const id = await insertAlias(em, speakerId, dto.alias, dto.lang ?? null, 'admin');
      if (!id) throw new ConflictException(`speaker ${speakerId} already has the alias "${dto.alias}"`);
      await this.keyIndex.reindex(em, [speakerId]);
    });
    return this.speakers.get(speakerId);
  }

  async removeAlias(speakerId: string, aliasId: string): Promise<SpeakerDetailView> {
    await this.dataSource.transaction(async (em) => {
      await this.speakers.require(em, speakerId, true);
      const [, count] = await em.query(`DELETE FROM speaker_aliases WHERE id = $1 AND speaker_id = $2`, [aliasId, speakerId]);
      if (!count) throw new NotFoundException(`alias ${aliasId} of speaker ${speakerId} not found`);
      await this.keyIndex.reindex(em, [speakerId]);
    });
    return this.speakers.get(speakerId);
  }

  async addRole(speakerId: string, dto: SpeakerRoleDto): Promise<SpeakerDetailView> {
    await this.dataSource.transaction(async (em) => {
      await this.speakers.require(em, speakerId, true);
      await insertRole(em, speakerId, dto.role, dto.of, dto.from ?? null, dto.to ?? null);
    });
    return this.speakers.get(speakerId);
  }

  async updateRole(speakerId: string, roleId: string, dto: UpdateSpeakerRoleDto): Promise<SpeakerDetailView> {
    await this.dataSource.transaction(async (em) => {
      await this.speakers.require(em, speakerId, true);
      const role = await em.getRepository(SpeakerRole).findOne({ where: { id: roleId, speakerId } });
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
        await em.save(role);
      } catch (err) {
        if ((err as { code?: string }).code === '23505') throw new ConflictException('the speaker already has this role from that date');
        throw err;
      }
    });
    return this.speakers.get(speakerId);
  }

  async removeRole(speakerId: string, roleId: string): Promise<SpeakerDetailView> {
    await this.dataSource.transaction(async (em) => {
      await this.speakers.require(em, speakerId, true);
      const [, count] = await em.query(`DELETE FROM speaker_roles WHERE id = $1 AND speaker_id = $2`, [roleId, speakerId]);
      if (!count) throw new NotFoundException(`role ${roleId} of speaker ${speakerId} not found`);
    });
    return this.speakers.get(speakerId);
  }
}
