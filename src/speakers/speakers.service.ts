import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decodeOffsetCursor, encodeOffsetCursor } from '../common/offset-cursor';
import { decodeCursor, Page, toPage } from '../common/pagination';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../language/morphology.provider';
import { escapeLike } from '../statements/statement-filters';
import { CreateSpeakerDto, UpdateSpeakerDto } from './dto/create-speaker.dto';
import { ListSpeakersQuery } from './dto/list-speakers.query';
import { lookupKeys } from '../speaker-registry/search-keys';
import { roleKey } from '../speaker-registry/speaker-registry';
import { foldName, transliterationKey } from '../speaker-registry/text-normalization';
import { SpeakerKeyIndex } from './speaker-key-index';
import { SpeakerDetailView, SpeakerView, toDetailView, toSpeakerView } from './speaker-view';
import { Speaker } from '../entities/speaker.entity';
import { SpeakerRepository } from './speaker.repository';
import { StatementRepository } from '../statements/statement.repository';

/** Ranks of a type-ahead hit: a whole key (any case form, any script) beats a prefix, which beats a fuzzy match. */
const EXACT = 3;
const PREFIX = 2;

@Injectable()
export class SpeakersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MORPHOLOGY) private readonly morphology: Morphology,
    private readonly keyIndex: SpeakerKeyIndex,
    private readonly speakers: SpeakerRepository,
    private readonly statements: StatementRepository,
  ) {}

  /** Newest first; with `q`, a type-ahead across scripts and cases ("токаеву", "Tokayev"), best match first. */
  async list(query: ListSpeakersQuery): Promise<Page<SpeakerView>> {
    if (query.q?.trim()) return this.typeAhead(query);
    const rows = await this.speakers.listLive(this.dataSource.manager, { type: query.type, beforeSeq: decodeCursor(query.cursor), limit: query.limit + 1 });
    return toPage(rows, query.limit, toSpeakerView);
  }

  private async typeAhead(query: ListSpeakersQuery): Promise<Page<SpeakerView>> {
    const q = query.q!.trim();
    const keys = lookupKeys(q, this.morphology);
    const whole = [...new Set([...keys.names, ...keys.lemmas, ...keys.translit])];
    const folded = foldName(q);
    const prefixes = [folded, transliterationKey(q)].filter((p) => p.length >= 2).map((p) => `${escapeLike(p)}%`);
    const offset = decodeOffsetCursor(query.cursor);
    const found = await this.speakers.typeAhead(this.dataSource.manager, {
      whole,
      prefixes,
      translit: transliterationKey(q),
      type: query.type ?? null,
      offset,
      limit: query.limit + 1,
      exactRank: EXACT,
      prefixRank: PREFIX,
    });
    const more = found.length > query.limit;
    const ids = found.slice(0, query.limit);
    const speakers = await this.speakers.findByIds(this.dataSource.manager, ids);
    const byId = new Map(speakers.map((s) => [s.id, s]));
    return {
      items: ids.map((id) => toSpeakerView(byId.get(id)!)),
      nextCursor: more ? encodeOffsetCursor(offset + query.limit) : null,
    };
  }

  async get(id: string): Promise<SpeakerDetailView> {
    const speaker = await this.require(this.dataSource.manager, id);
    const em = this.dataSource.manager;
    const [aliases, roles, merges, count] = await Promise.all([
      this.speakers.aliasesOf(em, id),
      this.speakers.rolesOf(em, id),
      this.speakers.mergesOf(em, id, { beforeSeq: null, limit: 1000 }),
      this.statements.countLiveBySpeaker(id),
    ]);
    return toDetailView(speaker, aliases, roles, merges, count);
  }

  async create(dto: CreateSpeakerDto): Promise<SpeakerDetailView> {
    const names = checkNames(dto.names);
    const id = await this.dataSource.transaction(async (em) => {
      const speakerId = await this.speakers.insert(em, {
        canonicalName: dto.name.trim(),
        type: dto.type,
        gender: dto.gender ?? null,
        qid: dto.qid ?? null,
        description: dto.description ?? null,
        names: names ?? {},
      });
      for (const alias of dto.aliases ?? []) await this.addAlias(em, speakerId, alias, null, 'admin');
      for (const r of dto.roles ?? []) await this.addRole(em, speakerId, r.role, r.of, r.from ?? null, r.to ?? null);
      await this.changed(em, [speakerId]);
      return speakerId;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateSpeakerDto): Promise<SpeakerDetailView> {
    const names = checkNames(dto.names);
    await this.dataSource.transaction(async (em) => {
      const speaker = await this.require(em, id, true);
      if (dto.name !== undefined) speaker.canonicalName = dto.name.trim();
      if (dto.type !== undefined) speaker.type = dto.type;
      if (dto.gender !== undefined) speaker.gender = dto.gender;
      if (dto.qid !== undefined) speaker.qid = dto.qid;
      if (dto.description !== undefined) speaker.description = dto.description;
      if (names !== undefined) speaker.names = names;
      await this.speakers.save(em, speaker);
      await this.changed(em, [id]);
    });
    return this.get(id);
  }

  /** The speaker, or a 404; with `lock`, the row is locked for the rest of the transaction. */
  async require(em: EntityManager, id: string, lock = false): Promise<Speaker> {
    const speaker = await this.speakers.findById(em, id, lock);
    if (!speaker) throw new NotFoundException(`speaker ${id} not found`);
    return speaker;
  }

  /**
   * After an editor changed speakers' names or roles: their search keys are recomputed, and the
   * registry snapshots of the workers' extractors are told to rebuild.
   */
  async changed(em: EntityManager, speakerIds: string[]): Promise<void> {
    await this.keyIndex.reindex(em, speakerIds);
    await this.speakers.bumpRegistryVersion(em);
  }

  /** Adds an alias unless the speaker already has one spelled the same; returns its id, or null. */
  async addAlias(em: EntityManager, speakerId: string, alias: string, lang: string | null, source: string): Promise<string | null> {
    const normalized = foldName(alias);
    if (!normalized) throw new BadRequestException('alias must contain letters or digits');
    return this.speakers.insertAlias(em, speakerId, alias.trim(), normalized, lang, source);
  }

  async addRole(em: EntityManager, speakerId: string, role: string, of: string, from: string | null, to: string | null): Promise<string> {
    if (from && to && to < from) throw new BadRequestException('to must not be before from');
    return this.speakers.upsertAdminRole(em, speakerId, { role: role.trim(), of: of.trim(), roleKey: roleKey(role, of), from, to });
  }
}

function checkNames(names: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (names === undefined) return undefined;
  for (const [lang, value] of Object.entries(names)) {
    if (!/^[a-z]{2,3}$/.test(lang)) throw new BadRequestException(`names: "${lang}" is not a language code such as en or kk`);
    if (typeof value !== 'string' || !value.trim()) throw new BadRequestException(`names.${lang} must be a non-empty string`);
  }
  return names as Record<string, string>;
}
