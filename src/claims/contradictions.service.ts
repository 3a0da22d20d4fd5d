import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { PageQueryDto } from '../common/page-query.dto';
import { toDisplayDate } from '../common/statement-date';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../language/morphology.provider';
import { decodeOffsetCursor, encodeOffsetCursor } from '../common/offset-cursor';
import { compareProfiles, ContradictionCandidate, PolarityProfile } from './polarity';
import { PolarityProfileCache } from './polarity-profile-cache';
import { ComparedStatement, SpeakerStatementsRepository } from './speaker-statements.repository';

interface Side {
  statementId: string;
  articleId: string;
  quote: string;
  date: string | null;
  /** The opposed words as written. */
  words: string;
}

export interface ContradictionView {
  first: Side;
  second: Side;
  reason: ContradictionCandidate['reason'];
  concept: string;
  topic: string[];
  score: number;
}

/** The most recent statements of a speaker compared pairwise; beyond this the list would be noise anyway. */
const MAX_STATEMENTS = 400;

/** Candidate contradictions in a speaker's statements, for an editor to judge: never a verdict. */
@Injectable()
export class ContradictionsService {
  private readonly profiles: PolarityProfileCache;

  constructor(
    private readonly statements: SpeakerStatementsRepository,
    @Inject(MORPHOLOGY) morph: Morphology,
  ) {
    this.profiles = new PolarityProfileCache(morph);
  }

  async forSpeaker(speakerId: string, page: PageQueryDto) {
    const [speaker, rows] = await Promise.all([this.statements.findSpeaker(speakerId), this.statements.recentForComparison(speakerId, MAX_STATEMENTS)]);
    if (!speaker) throw new NotFoundException(`speaker ${speakerId} not found`);
    // Oldest first, so each pair reads "said first … said later".
    rows.sort((a, b) => (a.statementDate ?? '9999').localeCompare(b.statementDate ?? '9999') || Number(a.seq) - Number(b.seq));
    const profiles = rows.map((s) => this.profiles.profileOf(s.quote));
    const pairs: ContradictionView[] = [];
    for (const [i, j] of opposedPairs(profiles)) {
      // Appearances of one claim are the same statement, not two that disagree.
      if (rows[i].claimId && rows[i].claimId === rows[j].claimId) continue;
      const found = compareProfiles(profiles[i], profiles[j]);
      if (found) pairs.push({ first: side(rows[i], found.first), second: side(rows[j], found.second), reason: found.reason, concept: found.concept, topic: found.topic, score: found.score });
    }
    pairs.sort((a, b) => b.score - a.score || a.first.statementId.localeCompare(b.first.statementId) || a.second.statementId.localeCompare(b.second.statementId));
    const offset = decodeOffsetCursor(page.cursor);
    const items = pairs.slice(offset, offset + page.limit);
    return {
      speaker: { id: speaker.id, name: speaker.canonicalName },
      note: 'Candidates for an editor to check: opposite wording on a shared topic, not a finding that the speaker contradicted themself.',
      compared: rows.length,
      items,
      nextCursor: offset + page.limit < pairs.length ? encodeOffsetCursor(offset + page.limit) : null,
    };
  }
}

/**
 * The pairs (i < j) that use one concept with opposite signs: the only ones compareProfiles can
 * return a candidate for. Found through an index by concept instead of comparing every pair.
 */
function opposedPairs(profiles: PolarityProfile[]): Array<[number, number]> {
  const bySign = new Map<string, Set<number>>();
  profiles.forEach((p, i) => {
    for (const m of p.marks) {
      const key = `${m.sign}|${m.concept}`;
      if (!bySign.has(key)) bySign.set(key, new Set());
      bySign.get(key)!.add(i);
    }
  });
  const pairs = new Set<number>();
  for (const [key, affirming] of bySign) {
    if (!key.startsWith('1|')) continue;
    const denying = bySign.get(`-1|${key.slice(2)}`);
    if (!denying) continue;
    for (const a of affirming) for (const b of denying) if (a !== b) pairs.add(Math.min(a, b) * profiles.length + Math.max(a, b));
  }
  return [...pairs].sort((x, y) => x - y).map((n) => [Math.floor(n / profiles.length), n % profiles.length]);
}

function side(s: ComparedStatement, words: string): Side {
  return { statementId: s.id, articleId: s.articleId, quote: s.quote, date: toDisplayDate(s.statementDate, s.datePrecision), words };
}
