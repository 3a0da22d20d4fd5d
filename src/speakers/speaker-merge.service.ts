import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { StatementRepository } from '../statements/statement.repository';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { PageQueryDto } from '../common/page-query.dto';
import { MOVED_STATEMENTS_FOLLOW_UP, MovedStatementsFollowUp } from './moved-statements.port';
import { foldName } from '../speaker-registry/text-normalization';
import { SpeakerRepository } from './speaker.repository';
import { MergeView, toMergeView } from './speaker-view';
import { Speaker } from '../entities/speaker.entity';
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
    @Inject(MOVED_STATEMENTS_FOLLOW_UP) private readonly followUp: MovedStatementsFollowUp,
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
      await this.followUp.recordMove(em, { statementIds: saved.statementIds, actor, action: 'speaker-merged', fromSpeaker: source.id, toSpeaker: target.id, mergeId: saved.id });
      await this.speakers.changed(em, [target.id, source.id]);
      return saved;
    });
    await this.followUp.refresh(merge.statementIds);
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
      await this.followUp.recordMove(em, { statementIds: back, actor, action: 'speaker-split', fromSpeaker: record.targetId, toSpeaker: record.sourceId, mergeId: record.id });
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
    await this.followUp.refresh(merge.statementIds);
    return toMergeView(merge);
  }

  async list(speakerId: string, query: PageQueryDto): Promise<Page<MergeView>> {
    await this.speakers.require(this.dataSource.manager, speakerId);
    const merges = await this.repository.mergesOf(this.dataSource.manager, speakerId, { beforeSeq: decodeCursor(query.cursor), limit: query.limit + 1 });
    return toPage(merges, query.limit, toMergeView);
  }

  private checkMergeable(target: Speaker, source: Speaker): void {
    if (source.mergedInto) throw new ConflictException(`speaker ${source.id} is already merged into ${source.mergedInto}`);
    if (target.mergedInto) throw new ConflictException(`speaker ${target.id} is merged into ${target.mergedInto}: merge into that speaker instead`);
    if (target.type !== source.type) throw new BadRequestException(`cannot merge speakers of different types (${source.type} into ${target.type})`);
  }
}
