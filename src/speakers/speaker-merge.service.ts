import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ClaimGroupingService } from '../claims/claim-grouping.service';
import { Actor } from '../review/actor';
import { StatementEvent } from '../review/statement-event.entity';
import { StatementIndexingService } from '../search/statement-indexing.service';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { PageQueryDto } from '../common/page-query.dto';
import { foldName } from './registry/text-normalization';
import { SpeakerKeyIndex } from './speaker-key-index';
import { SpeakerMerge } from './speaker-merge.entity';
import { MergeView, toMergeView } from './speaker-view';
import { Speaker } from './speaker.entity';
import { SpeakersService } from './speakers.service';

/**
 * Merging two records of one person: the source's statements, aliases and roles move to the target,
 * the source's own names join the target's aliases, and the merge records exactly what moved so a
 * split puts it back. A merged-away speaker stays in the table (hidden from lookups) until split.
 */
@Injectable()
export class SpeakerMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly speakers: SpeakersService,
    private readonly keyIndex: SpeakerKeyIndex,
    private readonly searchIndex: StatementIndexingService,
    private readonly claims: ClaimGroupingService,
  ) {}

  async merge(targetId: string, sourceId: string, actor: Actor): Promise<MergeView> {
    if (targetId === sourceId) throw new BadRequestException('a speaker cannot be merged into itself');
    const merge = await this.dataSource.transaction(async (em) => {
      // Lock both rows in a fixed order so two merges of the same pair cannot deadlock.
      const [first, second] = [targetId, sourceId].sort();
      const a = await this.speakers.require(em, first, true);
      const b = await this.speakers.require(em, second, true);
      const target = a.id === targetId ? a : b;
      const source = a.id === sourceId ? a : b;
      this.checkMergeable(target, source);

      // A new version, so that an editor's update based on the old speaker is refused as stale.
      const statements = await updatedRows(
        em,
        `UPDATE statements SET speaker_id = $1, version = version + 1, updated_at = now() WHERE speaker_id = $2 RETURNING id`,
        [target.id, source.id],
      );
      // Aliases the target already has (same folded spelling) stay with the source.
      const aliases = await updatedRows(
        em,
        `UPDATE speaker_aliases a SET speaker_id = $1
          WHERE a.speaker_id = $2 AND NOT EXISTS (SELECT 1 FROM speaker_aliases t WHERE t.speaker_id = $1 AND t.normalized = a.normalized)
          RETURNING a.id`,
        [target.id, source.id],
      );
      const roles = await updatedRows(
        em,
        `UPDATE speaker_roles r SET speaker_id = $1
          WHERE r.speaker_id = $2
            AND NOT EXISTS (SELECT 1 FROM speaker_roles t WHERE t.speaker_id = $1 AND t.role_key = r.role_key AND coalesce(t.valid_from, '') = coalesce(r.valid_from, ''))
          RETURNING r.id`,
        [target.id, source.id],
      );
      // The source's own names become the target's aliases; they are removed again on split.
      const added: string[] = [];
      for (const name of [source.canonicalName, ...Object.values(source.names ?? {})]) {
        if (foldName(name) === foldName(target.canonicalName)) continue;
        const rows = await em.query(
          `INSERT INTO speaker_aliases (speaker_id, alias, normalized, source) VALUES ($1, $2, $3, 'admin')
           ON CONFLICT (speaker_id, normalized) DO NOTHING RETURNING id`,
          [target.id, name, foldName(name)],
        );
        if (rows[0]) added.push(rows[0].id);
      }
      await em.query(`UPDATE speakers SET merged_into = $1, updated_at = now() WHERE id = $2`, [target.id, source.id]);
      const record = em.getRepository(SpeakerMerge).create({
        targetId: target.id,
        sourceId: source.id,
        statementIds: statements.map((s) => s.id),
        aliasIds: aliases.map((r) => r.id),
        addedAliasIds: added,
        roleIds: roles.map((r) => r.id),
        mergedBy: actor.keyId,
      });
      const saved = await em.getRepository(SpeakerMerge).save(record);
      await recordMove(em, saved.statementIds, actor, 'speaker-merged', source.id, target.id, saved.id);
      await this.keyIndex.reindex(em, [target.id, source.id]);
      return saved;
    });
    await this.reindexStatements(merge.statementIds);
    return toMergeView(merge);
  }

  /** Undoes a merge: what it moved goes back to the source, the aliases it added are removed. */
  async split(mergeId: string, actor: Actor): Promise<MergeView> {
    const merge = await this.dataSource.transaction(async (em) => {
      const record = await em.getRepository(SpeakerMerge).findOne({ where: { id: mergeId }, lock: { mode: 'pessimistic_write' } });
      if (!record) throw new NotFoundException(`merge ${mergeId} not found`);
      if (record.splitAt) throw new ConflictException(`merge ${mergeId} was already split`);
      const target = await this.speakers.require(em, record.targetId, true);
      await this.speakers.require(em, record.sourceId, true);
      if (target.mergedInto) {
        throw new ConflictException(`speaker ${target.id} has since been merged into ${target.mergedInto}: split that merge first`);
      }
      // Statements an editor has since given to someone else stay where the editor put them.
      const back = await updatedRows(
        em,
        `UPDATE statements SET speaker_id = $1, version = version + 1, updated_at = now() WHERE id = ANY($2) AND speaker_id = $3 RETURNING id`,
        [record.sourceId, record.statementIds, record.targetId],
      );
      await recordMove(em, back.map((r) => r.id), actor, 'speaker-split', record.targetId, record.sourceId, record.id);
      await em.query(`DELETE FROM speaker_aliases WHERE id = ANY($1) AND speaker_id = $2`, [record.addedAliasIds, record.targetId]);
      await em.query(`UPDATE speaker_aliases SET speaker_id = $1 WHERE id = ANY($2) AND speaker_id = $3`, [
        record.sourceId,
        record.aliasIds,
        record.targetId,
      ]);
      await em.query(`UPDATE speaker_roles SET speaker_id = $1 WHERE id = ANY($2) AND speaker_id = $3`, [record.sourceId, record.roleIds, record.targetId]);
      await em.query(`UPDATE speakers SET merged_into = NULL, updated_at = now() WHERE id = $1`, [record.sourceId]);
      record.splitAt = new Date();
      record.splitBy = actor.keyId;
      await em.getRepository(SpeakerMerge).save(record);
      await this.keyIndex.reindex(em, [record.targetId, record.sourceId]);
      return record;
    });
    await this.reindexStatements(merge.statementIds);
    return toMergeView(merge);
  }

  async list(speakerId: string, query: PageQueryDto): Promise<Page<MergeView>> {
    await this.speakers.require(this.dataSource.manager, speakerId);
    const qb = this.dataSource
      .getRepository(SpeakerMerge)
      .createQueryBuilder('m')
      .where('(m.target_id = :id OR m.source_id = :id)', { id: speakerId })
      .orderBy('m.seq', 'DESC')
      .take(query.limit + 1);
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('m.seq < :after', { after });
    return toPage(await qb.getMany(), query.limit, toMergeView);
  }

  /**
   * Search keys include the speaker's names, and claims group one speaker's statements: moved
   * statements are indexed and grouped again.
   */
  private async reindexStatements(ids: string[]): Promise<void> {
    for (const id of ids) {
      await this.searchIndex.reindexStatement(id);
      await this.claims.regroup(id);
    }
  }

  private checkMergeable(target: Speaker, source: Speaker): void {
    if (source.mergedInto) throw new ConflictException(`speaker ${source.id} is already merged into ${source.mergedInto}`);
    if (target.mergedInto) throw new ConflictException(`speaker ${target.id} is merged into ${target.mergedInto}: merge into that speaker instead`);
    if (target.type !== source.type) throw new BadRequestException(`cannot merge speakers of different types (${source.type} into ${target.type})`);
  }
}

/** Rows an UPDATE … RETURNING gave back (TypeORM answers such a query with [rows, count]). */
async function updatedRows(em: EntityManager, sql: string, params: unknown[]): Promise<{ id: string }[]> {
  const result = await em.query(sql, params);
  return Array.isArray(result[0]) ? result[0] : result;
}

/** Each moved statement gets an audit event, as every change to a statement does. */
async function recordMove(em: EntityManager, statementIds: string[], actor: Actor, action: string, from: string, to: string, mergeId: string): Promise<void> {
  if (!statementIds.length) return;
  await em.getRepository(StatementEvent).insert(
    statementIds.map((statementId) => ({
      statementId,
      actorKeyId: actor.keyId,
      actorName: actor.name,
      action,
      before: { speakerId: from },
      after: { speakerId: to, mergeId },
    })),
  );
}
