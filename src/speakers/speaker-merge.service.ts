import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ClaimGroupingService } from '../claims/claim-grouping.service';
import { Actor } from '../review/actor';
import { StatementEvent } from '../review/statement-event.entity';
import { StatementIndexingService } from '../search/statement-indexing.service';
import { StatementRepository } from '../statements/statement.repository';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { PageQueryDto } from '../common/page-query.dto';
import { foldName } from './registry/text-normalization';
import { SpeakerRepository } from './speaker.repository';
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
    private readonly repository: SpeakerRepository,
    private readonly statements: StatementRepository,
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
      const statementIds = await this.statements.reassignSpeaker(em, source.id, target.id);
      // Aliases the target already has (same folded spelling) stay with the source.
      const aliasIds = await this.repository.moveAliases(em, source.id, target.id);
      const roleIds = await this.repository.moveRoles(em, source.id, target.id);
      // The source's own names become the target's aliases; they are removed again on split.
      const added: string[] = [];
      for (const name of [source.canonicalName, ...Object.values(source.names ?? {})]) {
        if (foldName(name) === foldName(target.canonicalName)) continue;
        const id = await this.repository.insertAlias(em, target.id, name, foldName(name), null, 'admin');
        if (id) added.push(id);
      }
      await this.repository.setMergedInto(em, source.id, target.id);
      const record = this.repository.createMerge(em, { targetId: target.id, sourceId: source.id, statementIds, aliasIds, addedAliasIds: added, roleIds, mergedBy: actor.keyId });
      const saved = await this.repository.saveMerge(em, record);
      await recordMove(em, saved.statementIds, actor, 'speaker-merged', source.id, target.id, saved.id);
      await this.speakers.changed(em, [target.id, source.id]);
      return saved;
    });
    await this.reindexStatements(merge.statementIds);
    return toMergeView(merge);
  }

  /** Undoes a merge: what it moved goes back to the source, the aliases it added are removed. */
  async split(mergeId: string, actor: Actor): Promise<MergeView> {
    const merge = await this.dataSource.transaction(async (em) => {
      const record = await this.repository.findMerge(em, mergeId, true);
      if (!record) throw new NotFoundException(`merge ${mergeId} not found`);
      if (record.splitAt) throw new ConflictException(`merge ${mergeId} was already split`);
      const target = await this.speakers.require(em, record.targetId, true);
      await this.speakers.require(em, record.sourceId, true);
      if (target.mergedInto) {
        throw new ConflictException(`speaker ${target.id} has since been merged into ${target.mergedInto}: split that merge first`);
      }
      // Statements an editor has since given to someone else stay where the editor put them.
      const back = await this.statements.reassignSomeSpeaker(em, record.statementIds, record.targetId, record.sourceId);
      await recordMove(em, back, actor, 'speaker-split', record.targetId, record.sourceId, record.id);
      await this.repository.deleteAliases(em, record.targetId, record.addedAliasIds);
      await this.repository.moveAliasesBack(em, record.aliasIds, record.targetId, record.sourceId);
      await this.repository.moveRolesBack(em, record.roleIds, record.targetId, record.sourceId);
      await this.repository.setMergedInto(em, record.sourceId, null);
      record.splitAt = new Date();
      record.splitBy = actor.keyId;
      await this.repository.saveMerge(em, record);
      await this.speakers.changed(em, [record.targetId, record.sourceId]);
      return record;
    });
    await this.reindexStatements(merge.statementIds);
    return toMergeView(merge);
  }

  async list(speakerId: string, query: PageQueryDto): Promise<Page<MergeView>> {
    await this.speakers.require(this.dataSource.manager, speakerId);
    const merges = await this.repository.mergesOf(this.dataSource.manager, speakerId, { beforeSeq: decodeCursor(query.cursor), limit: query.limit + 1 });
    return toPage(merges, query.limit, toMergeView);
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
