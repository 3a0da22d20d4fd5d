import { Speaker } from '../entities/speaker.entity';
import { SpeakerAlias } from '../entities/speaker-alias.entity';
import { SpeakerMerge } from '../entities/speaker-merge.entity';
import { SpeakerRole } from '../entities/speaker-role.entity';

/** A speaker in lists (type-ahead). */
export interface SpeakerView {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  names: Record<string, string>;
  gender: string | null;
  qid: string | null;
  description: string | null;
  registryId: string | null;
  /** The speaker this one is merged into, while the merge stands. */
  mergedInto: string | null;
}

export interface SpeakerDetailView extends SpeakerView {
  aliasRecords: Array<{ id: string; alias: string; lang: string | null; source: string }>;
  roles: Array<{ id: string; role: string; of: string; from: string | null; to: string | null; source: string }>;
  merges: MergeView[];
  statementCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface MergeView {
  id: string;
  targetId: string;
  sourceId: string;
  statementsMoved: number;
  aliasesMoved: number;
  aliasesAdded: number;
  rolesMoved: number;
  mergedBy: string | null;
  mergedAt: Date;
  splitBy: string | null;
  splitAt: Date | null;
}

export function toSpeakerView(s: Speaker): SpeakerView {
  return {
    id: s.id,
    name: s.canonicalName,
    type: s.type,
    aliases: s.aliases ?? [],
    names: s.names ?? {},
    gender: s.gender ?? null,
    qid: s.qid ?? null,
    description: s.description ?? null,
    registryId: s.registryId ?? null,
    mergedInto: s.mergedInto ?? null,
  };
}

export function toMergeView(m: SpeakerMerge): MergeView {
  return {
    id: m.id,
    targetId: m.targetId,
    sourceId: m.sourceId,
    statementsMoved: m.statementIds.length,
    aliasesMoved: m.aliasIds.length,
    aliasesAdded: m.addedAliasIds.length,
    rolesMoved: m.roleIds.length,
    mergedBy: m.mergedBy,
    mergedAt: m.mergedAt,
    splitBy: m.splitBy,
    splitAt: m.splitAt,
  };
}

export function toDetailView(s: Speaker, aliases: SpeakerAlias[], roles: SpeakerRole[], merges: SpeakerMerge[], statementCount: number): SpeakerDetailView {
  return {
    ...toSpeakerView(s),
    aliasRecords: aliases.map((a) => ({ id: a.id, alias: a.alias, lang: a.lang, source: a.source })),
    roles: roles.map((r) => ({ id: r.id, role: r.role, of: r.of, from: r.validFrom, to: r.validTo, source: r.source })),
    merges: merges.map(toMergeView),
    statementCount,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}
