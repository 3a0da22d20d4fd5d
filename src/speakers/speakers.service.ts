import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { decodeOffsetCursor, encodeOffsetCursor } from '../claims/offset-cursor';
import { decodeCursor, Page, toPage } from '../common/pagination';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../search/morphology.provider';
import { escapeLike } from '../statements/statement-filters';
import { CreateSpeakerDto, UpdateSpeakerDto } from './dto/create-speaker.dto';
import { ListSpeakersQuery } from './dto/list-speakers.query';
import { lookupKeys } from './registry/search-keys';
import { roleKey } from './registry/speaker-registry';
import { foldName, transliterationKey } from './registry/text-normalization';
import { SpeakerAlias } from './speaker-alias.entity';
import { SpeakerKeyIndex } from './speaker-key-index';
import { SpeakerMerge } from './speaker-merge.entity';
import { SpeakerRole } from './speaker-role.entity';
import { SpeakerDetailView, SpeakerView, toDetailView, toSpeakerView } from './speaker-view';
import { Speaker } from './speaker.entity';

/** Ranks of a type-ahead hit: a whole key (any case form, any script) beats a prefix, which beats a fuzzy match. */
const EXACT = 3;
const PREFIX = 2;

@Injectable()
export class SpeakersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MORPHOLOGY) private readonly morphology: Morphology,
    private readonly keyIndex: SpeakerKeyIndex,
  ) {}

  /** Newest first; with `q`, a type-ahead across scripts and cases ("токаеву", "Tokayev"), best match first. */
  async list(query: ListSpeakersQuery): Promise<Page<SpeakerView>> {
    if (query.q?.trim()) return this.typeAhead(query);
    const qb = this.dataSource.getRepository(Speaker).createQueryBuilder('s').where('s.merged_into IS NULL').orderBy('s.seq', 'DESC').take(query.limit + 1);
    if (query.type) qb.andWhere('s.type = :type', { type: query.type });
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('s.seq < :after', { after });
    return toPage(await qb.getMany(), query.limit, toSpeakerView);
  }

  private async typeAhead(query: ListSpeakersQuery): Promise<Page<SpeakerView>> {
    const q = query.q!.trim();
    const keys = lookupKeys(q, this.morphology);
    const whole = [...new Set([...keys.names, ...keys.lemmas, ...keys.translit])];
    const folded = foldName(q);
    const prefixes = [folded, transliterationKey(q)].filter((p) => p.length >= 2).map((p) => `${escapeLike(p)}%`);
    const offset = decodeOffsetCursor(query.cursor);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id, max(CASE WHEN k.key = ANY($1) THEN ${EXACT} WHEN k.key LIKE ANY($2) THEN ${PREFIX} ELSE similarity(k.key, $3) END) AS score, s.seq
         FROM speaker_search_keys k JOIN speakers s ON s.id = k.speaker_id
        WHERE s.merged_into IS NULL AND ($4::text IS NULL OR s.type = $4)
          AND (k.key = ANY($1) OR k.key LIKE ANY($2) OR (k.kind = 'translit' AND length($3) >= 4 AND k.key % $3))
        GROUP BY s.id, s.seq
        ORDER BY score DESC, s.seq DESC
        OFFSET $5 LIMIT $6`,
      [whole, prefixes, transliterationKey(q), query.type ?? null, offset, query.limit + 1],
    );
    const more = rows.length > query.limit;
    const ids = rows.slice(0, query.limit).map((r) => r.id);
    const speakers = ids.length ? await this.dataSource.getRepository(Speaker).findBy({ id: In(ids) }) : [];
    const byId = new Map(speakers.map((s) => [s.id, s]));
    return {
      items: ids.map((id) => toSpeakerView(byId.get(id)!)),
      nextCursor: more ? encodeOffsetCursor(offset + query.limit) : null,
    };
  }

  async get(id: string): Promise<SpeakerDetailView> {
    const speaker = await this.require(this.dataSource.manager, id);
    const [aliases, roles, merges, [{ count }]] = await Promise.all([
      this.dataSource.getRepository(SpeakerAlias).find({ where: { speakerId: id }, order: { createdAt: 'ASC', alias: 'ASC' } }),
      this.dataSource.getRepository(SpeakerRole).find({ where: { speakerId: id }, order: { validFrom: 'ASC', createdAt: 'ASC' } }),
      this.dataSource.getRepository(SpeakerMerge).find({ where: [{ targetId: id }, { sourceId: id }], order: { seq: 'DESC' } }),
      this.dataSource.query(`SELECT count(*)::int AS count FROM statements WHERE speaker_id = $1 AND deleted_at IS NULL`, [id]),
    ]);
    return toDetailView(speaker, aliases, roles, merges, count);
  }

  async create(dto: CreateSpeakerDto): Promise<SpeakerDetailView> {
    const names = checkNames(dto.names);
    const id = await this.dataSource.transaction(async (em) => {
      const [row] = await em.query(
        `INSERT INTO speakers (canonical_name, type, gender, qid, description, names) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [dto.name.trim(), dto.type, dto.gender ?? null, dto.qid ?? null, dto.description ?? null, JSON.stringify(names ?? {})],
      );
      for (const alias of dto.aliases ?? []) await insertAlias(em, row.id, alias, null, 'admin');
      for (const r of dto.roles ?? []) await insertRole(em, row.id, r.role, r.of, r.from ?? null, r.to ?? null);
      await this.keyIndex.reindex(em, [row.id]);
      return row.id as string;
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
      await em.save(speaker);
      await this.keyIndex.reindex(em, [id]);
    });
    return this.get(id);
  }

  /** The speaker, or a 404; with `lock`, the row is locked for the rest of the transaction. */
  async require(em: EntityManager, id: string, lock = false): Promise<Speaker> {
    const speaker = await em.getRepository(Speaker).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!speaker) throw new NotFoundException(`speaker ${id} not found`);
    return speaker;
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

/** Adds an alias unless the speaker already has one spelled the same; returns its id, or null. */
export async function insertAlias(em: EntityManager, speakerId: string, alias: string, lang: string | null, source: string): Promise<string | null> {
  const normalized = foldName(alias);
  if (!normalized) throw new BadRequestException('alias must contain letters or digits');
  const rows = await em.query(
    `INSERT INTO speaker_aliases (speaker_id, alias, normalized, lang, source) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (speaker_id, normalized) DO NOTHING RETURNING id`,
    [speakerId, alias.trim(), normalized, lang, source],
  );
  return rows[0]?.id ?? null;
}

export async function insertRole(em: EntityManager, speakerId: string, role: string, of: string, from: string | null, to: string | null): Promise<string> {
  if (from && to && to < from) throw new BadRequestException('to must not be before from');
  const rows = await em.query(
    `INSERT INTO speaker_roles (speaker_id, role, of, role_key, valid_from, valid_to, source) VALUES ($1, $2, $3, $4, $5, $6, 'admin')
     ON CONFLICT (speaker_id, role_key, coalesce(valid_from, '')) DO UPDATE SET valid_to = EXCLUDED.valid_to
     RETURNING id`,
    [speakerId, role.trim(), of.trim(), roleKey(role, of), from, to],
  );
  return rows[0].id;
}
