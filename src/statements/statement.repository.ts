import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { updatedIds } from '../common/updated-ids';
import type { LinkRule } from '../speaker-registry/link-rules';
import { Statement } from '../entities/statement.entity';
import type { ConfidencePosition } from './confidence-cursor';
import { applyStatementFilters, StatementFilters } from './statement-filters';

/**
 * A statement as extraction stores it: everything but the review and cross-reference columns, with
 * its search keys (StatementSearchKeys without the id it does not have yet).
 */
export type ExtractedStatementRow = Omit<StatementSearchKeys, 'id'> &
  Pick<
  Statement,
  | 'articleId'
  | 'fingerprint'
  | 'speakerName'
  | 'speakerType'
  | 'registrySpeakerId'
  | 'mention'
  | 'mentionStart'
  | 'mentionEnd'
  | 'cue'
  | 'type'
  | 'quote'
  | 'startOffset'
  | 'endOffset'
  | 'via'
  | 'statementDate'
  | 'datePrecision'
  | 'dateSource'
  | 'confidence'
  | 'speakerId'
  | 'linkRule'
  | 'linkConfidence'
>;

/** What GET /statements filters on. */
export interface StatementListFilters extends StatementFilters {
  maxConfidence?: number;
}

export interface StatementLink {
  id: string;
  speakerId: string;
  rule: LinkRule;
  confidence: number;
}

export interface UnlinkedStatement {
  id: string;
  speakerName: string;
  speakerType: string;
  registrySpeakerId: string | null;
}

/** What the search keys of a statement are computed from. */
export interface StatementTextForIndexing {
  id: string;
  seq: string;
  quote: string;
  speakerName: string;
  mention: string;
  canonicalName: string | null;
  aliases: string[] | null;
}

export interface StatementSearchKeys {
  id: string;
  /** Every lemma key of quote, speaker names and mention: search_lemmas. */
  searchKeys: string[];
  /** The quote's content lemmas in order: quote_lemmas, what claims compare. */
  quoteLemmas: string[];
}

/** Which statements to (re)index: an article's unindexed ones, one statement, or a keyset batch of a backfill (up to `untilSeq`). */
export type IndexingSelection = { articleIds: readonly string[] } | { statementId: string } | { afterSeq: string; limit: number; all: boolean; untilSeq?: string };

export interface ClaimCandidate {
  id: string;
  articleId: string;
  speakerId: string | null;
  speakerName: string;
  claimId: string | null;
  quote: string;
  quoteLemmas: string[];
}

/** Fields review may change on a statement, always with a new version. */
export type ReviewedFields = Partial<
  Pick<
    Statement,
    | 'startOffset'
    | 'endOffset'
    | 'quote'
    | 'speakerId'
    | 'speakerName'
    | 'speakerType'
    | 'linkRule'
    | 'linkConfidence'
    | 'statementDate'
    | 'datePrecision'
    | 'dateSource'
    | 'type'
    | 'reviewStatus'
    | 'assigneeKeyId'
    | 'verdict'
    | 'deletedAt'
  >
> & { version: number };

/** The key indexes' pending list during a bulk key write (writeSearchKeys). */
const BULK_PENDING_LIST = '64MB';
/** Appearances of one claim a new statement is scored against (its newest). */
const CLAIM_REPRESENTATIVES = 5;
const CLAIM_SOURCE_COLUMNS = 's.id, s.article_id, s.speaker_id, s.speaker_name, s.claim_id, s.quote, k.quote_lemmas, s.seq, s.review_status';
// Quote lemmas come back joined by spaces (they are letters and digits only) and are split here:
// the driver parses array literals character by character, 0.28 s of a worker's 12 s for 1,000
// articles of news text, with the garbage to match.
const CLAIM_CANDIDATE_COLUMNS = `id, article_id AS "articleId", speaker_id AS "speakerId", speaker_name AS "speakerName", claim_id AS "claimId", quote, array_to_string(quote_lemmas, ' ') AS "quoteLemmas"`;
const CLAIM_ROW_COLUMNS = `s.id, s.article_id AS "articleId", s.speaker_id AS "speakerId", s.speaker_name AS "speakerName", s.claim_id AS "claimId", s.quote, array_to_string(k.quote_lemmas, ' ') AS "quoteLemmas"`;

/** A claim row as the queries above give it: its lemmas still joined. */
type ClaimRow = Omit<ClaimCandidate, 'quoteLemmas'> & { quoteLemmas: string | null };

function withLemmaList(row: ClaimRow): ClaimCandidate {
  return { ...row, quoteLemmas: row.quoteLemmas ? row.quoteLemmas.split(' ') : [] };
}

/**
 * The only code that writes `statements`. Every stage and feature (extraction, linking, search keys,
 * claims, review, speaker merges) asks it; its SQL is here and nowhere else.
 */
@Injectable()
export class StatementRepository {
  constructor(@InjectRepository(Statement) private readonly statements: Repository<Statement>) {}

  // --- reading -----------------------------------------------------------------------------------

  findWithSpeaker(id: string): Promise<Statement | null> {
    return this.statements.findOne({ where: { id }, relations: { speaker: true } });
  }

  /** A live (not deleted) statement, or a 404. */
  async requireLive(id: string, em?: EntityManager): Promise<Statement> {
    const statement = await this.repo(em).findOne({ where: { id } });
    if (!statement) throw new NotFoundException(`statement ${id} not found`);
    return statement;
  }

  existsIncludingDeleted(id: string): Promise<boolean> {
    return this.statements.exist({ where: { id }, withDeleted: true });
  }

  /** An article's statements in text order, with their speakers. */
  ofArticle(articleId: string): Promise<Statement[]> {
    return this.statements.find({ where: { articleId }, relations: { speaker: true }, order: { startOffset: 'ASC', seq: 'ASC' } });
  }

  async countLiveBySpeaker(speakerId: string): Promise<number> {
    return this.statements.count({ where: { speakerId } });
  }

  /** Live statements with a review status, counted up to `cap` (a capped count reads at most `cap` index entries). */
  async countLiveWithStatus(status: string, cap: number): Promise<number> {
    const [row] = await this.statements.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM statements WHERE review_status = $1 AND deleted_at IS NULL LIMIT $2) capped`,
      [status, cap],
    );
    return row.n;
  }

  /** Statements matching the filters with their speakers, newest first, older than `beforeSeq`. */
  listNewestFirst(filters: StatementListFilters, beforeSeq: string | null, limit: number): Promise<Statement[]> {
    const query = this.listing(filters).orderBy('s.seq', 'DESC').limit(limit);
    if (beforeSeq) query.andWhere('s.seq < :beforeSeq', { beforeSeq });
    return query.getMany();
  }

  /** Statements matching the filters with their speakers, least confident first (then newest), after `after`. */
  listLeastConfidentFirst(filters: StatementListFilters, after: ConfidencePosition | null, limit: number): Promise<Statement[]> {
    const query = this.listing(filters).orderBy('s.confidence', 'ASC').addOrderBy('s.seq', 'DESC').limit(limit);
    if (after) {
      query.andWhere('(s.confidence > CAST(:afterConfidence AS real) OR (s.confidence = CAST(:afterConfidence AS real) AND s.seq < :afterSeq))', {
        afterConfidence: after.confidence,
        afterSeq: after.seq,
      });
    }
    return query.getMany();
  }

  /** Statements (alias `s`) with their article (`a`, for the filters) and speaker; one row each, so LIMIT pages them. */
  private listing(filters: StatementListFilters) {
    const query = this.statements.createQueryBuilder('s').innerJoin('s.article', 'a').leftJoinAndSelect('s.speaker', 'sp');
    applyStatementFilters(query, filters);
    if (filters.maxConfidence !== undefined) query.andWhere('s.confidence <= :maxConfidence', { maxConfidence: filters.maxConfidence });
    return query;
  }

  // --- extraction ----------------------------------------------------------------------------------

  /**
   * Stores extracted statements (of one article or many), with their speakers and their side rows
   * (statement_search_keys, keys included), in one statement from arrays: its cost does not grow with
   * TypeORM's per-row work, and neither row is written a second time to link or index it (the
   * statements trigger, firing after, finds the side row as it would have made it and leaves it; see
   * SideRowWrittenOnce). A statement already stored (same article and fingerprint: a re-run) is skipped.
   */
  async insertExtracted(em: EntityManager, extracted: readonly ExtractedStatementRow[]): Promise<void> {
    // One row per identity: two with the same one would both find the statement stored for the first.
    const seen = new Set<string>();
    const rows = extracted.filter((row) => !seen.has(`${row.articleId}|${row.fingerprint}`) && seen.add(`${row.articleId}|${row.fingerprint}`));
    if (!rows.length) return;
    const column = <K extends keyof ExtractedStatementRow>(key: K) => rows.map((row) => row[key]);
    await em.query(
      `WITH v AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::int[], $8::int[],
                              $9::text[], $10::text[], $11::text[], $12::int[], $13::int[], $14::text[], $15::date[], $16::text[], $17::text[], $18::real[],
                              $19::uuid[], $20::text[], $21::real[], $22::text[], $23::text[])
                AS v(article_id, fingerprint, speaker_name, speaker_type, registry_speaker_id, mention, mention_start, mention_end,
                     cue, type, quote, start_offset, end_offset, via, statement_date, date_precision, date_source, confidence,
                     speaker_id, link_rule, link_confidence, search_keys, quote_lemmas)),
       stored AS (
         INSERT INTO statements (article_id, fingerprint, speaker_name, speaker_type, registry_speaker_id, mention, mention_start, mention_end,
                                 cue, type, quote, start_offset, end_offset, via, statement_date, date_precision, date_source, confidence,
                                 speaker_id, link_rule, link_confidence)
         SELECT article_id, fingerprint, speaker_name, speaker_type, registry_speaker_id, mention, mention_start, mention_end,
                cue, type, quote, start_offset, end_offset, via, statement_date, date_precision, date_source, confidence,
                speaker_id, link_rule, link_confidence FROM v
         ON CONFLICT (article_id, fingerprint) DO NOTHING
         RETURNING id, seq, article_id, fingerprint, speaker_id, speaker_name, statement_date, type, review_status, verdict, assignee_key_id, deleted_at)
       -- Keys are letters and digits only, so a space joins them safely.
       INSERT INTO statement_search_keys (statement_id, seq, article_id, outlet_id, speaker_id, speaker_name, statement_date, type, review_status, verdict,
                                          assignee_key_id, deleted_at, search_lemmas, quote_lemmas)
       SELECT s.id, s.seq, s.article_id, a.outlet_id, s.speaker_id, s.speaker_name, s.statement_date, s.type, s.review_status, s.verdict,
              s.assignee_key_id, s.deleted_at, array_to_tsvector(string_to_array(v.search_keys, ' ')), string_to_array(v.quote_lemmas, ' ')
         FROM stored s JOIN v ON v.article_id = s.article_id AND v.fingerprint = s.fingerprint JOIN articles a ON a.id = s.article_id`,
      [
        column('articleId'),
        column('fingerprint'),
        column('speakerName'),
        column('speakerType'),
        column('registrySpeakerId'),
        column('mention'),
        column('mentionStart'),
        column('mentionEnd'),
        column('cue'),
        column('type'),
        column('quote'),
        column('startOffset'),
        column('endOffset'),
        column('via'),
        column('statementDate'),
        column('datePrecision'),
        column('dateSource'),
        column('confidence'),
        column('speakerId'),
        column('linkRule'),
        column('linkConfidence'),
        rows.map((row) => row.searchKeys.join(' ')),
        rows.map((row) => row.quoteLemmas.join(' ')),
      ],
    );
  }

  // --- linking -------------------------------------------------------------------------------------

  /** The statements of these articles without a speaker, in storage order. */
  unlinkedOfArticles(articleIds: readonly string[]): Promise<UnlinkedStatement[]> {
    return this.statements.query(
      `SELECT id, speaker_name AS "speakerName", speaker_type AS "speakerType", registry_speaker_id AS "registrySpeakerId"
         FROM statements WHERE article_id = ANY($1::uuid[]) AND speaker_id IS NULL AND deleted_at IS NULL ORDER BY seq`,
      [articleIds],
    );
  }

  /** Links statements to their speakers in one UPDATE, except those that have one already (a re-run, or an editor was faster). */
  async linkSpeakers(links: StatementLink[]): Promise<void> {
    if (!links.length) return;
    await this.statements.query(
      `UPDATE statements s SET speaker_id = v.speaker_id, link_rule = v.rule, link_confidence = v.confidence
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::real[]) AS v(id, speaker_id, rule, confidence)
        WHERE s.id = v.id AND s.speaker_id IS NULL`,
      [links.map((l) => l.id), links.map((l) => l.speakerId), links.map((l) => l.rule), links.map((l) => l.confidence)],
    );
  }

  // --- search keys ---------------------------------------------------------------------------------

  async textsForIndexing(selection: IndexingSelection): Promise<StatementTextForIndexing[]> {
    const query = this.statements
      .createQueryBuilder('s')
      .withDeleted()
      .leftJoin('s.speaker', 'sp')
      .select([
        's.id AS id',
        's.seq AS seq',
        's.quote AS quote',
        's.speaker_name AS "speakerName"',
        's.mention AS mention',
        'sp.canonical_name AS "canonicalName"',
        'sp.aliases AS aliases',
      ]);
    const unindexed = () => query.innerJoin('statement_search_keys', 'k', 'k.statement_id = s.id AND k.search_lemmas IS NULL');
    if ('articleIds' in selection) unindexed().where('s.article_id IN (:...articleIds)', { articleIds: selection.articleIds });
    else if ('statementId' in selection) query.where('s.id = :id', { id: selection.statementId });
    else if (selection.all) {
      // Every statement: the statements' own seq order, no side table to join.
      query.where('s.seq > :afterSeq', { afterSeq: selection.afterSeq }).orderBy('s.seq').limit(selection.limit);
      if (selection.untilSeq !== undefined) query.andWhere('s.seq <= :untilSeq', { untilSeq: selection.untilSeq });
    } else {
      // The unindexed ones, found through the side table's partial index of them.
      unindexed().where('k.seq > :afterSeq', { afterSeq: selection.afterSeq }).orderBy('k.seq').limit(selection.limit);
      if (selection.untilSeq !== undefined) query.andWhere('k.seq <= :untilSeq', { untilSeq: selection.untilSeq });
    }
    return query.getRawMany<StatementTextForIndexing>();
  }

  /**
   * Writes the search keys of many statements in one UPDATE of statement_search_keys, the only place
   * they live (the statements' wide row is not touched); rows whose keys come out the same are not
   * rewritten (a reindex after a small rule change touches few). Returns how many changed.
   *
   * `bulk` (a backfill): the key indexes' new entries queue in a pending list of up to
   * BULK_PENDING_LIST for this write (the service's connections keep 64 kB, which every search
   * reads whole) and merge into the indexes in large sorted runs: a million rewritten rows cost a third of
   * the time they did entry by entry. mergePendingKeys ends such a run. Nor does a bulk write wait
   * for its commit to reach the disk: a crash loses at most the last batches, which a rerun writes again.
   */
  async writeSearchKeys(rows: StatementSearchKeys[], options: { bulk?: boolean } = {}): Promise<number> {
    if (!rows.length) return 0;
    // Keys are letters and digits only, so a space joins them safely.
    const sql = `UPDATE statement_search_keys k
          SET search_lemmas = v.search_lemmas, quote_lemmas = v.quote_lemmas
         FROM (SELECT id, array_to_tsvector(string_to_array(keys, ' ')) AS search_lemmas, string_to_array(lemmas, ' ') AS quote_lemmas
                 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, keys, lemmas)) v
        WHERE k.statement_id = v.id AND (k.search_lemmas IS DISTINCT FROM v.search_lemmas OR k.quote_lemmas IS DISTINCT FROM v.quote_lemmas)`;
    const parameters = [rows.map((r) => r.id), rows.map((r) => r.searchKeys.join(' ')), rows.map((r) => r.quoteLemmas.join(' '))];
    if (!options.bulk) {
      const [, changed] = await this.statements.query(sql, parameters);
      return Number(changed ?? 0);
    }
    return this.statements.manager.transaction(async (tx) => {
      await tx.query(`SET LOCAL gin_pending_list_limit = '${BULK_PENDING_LIST}'`);
      // The write that fills the list merges it in runs of work_mem: as large as the list, one run.
      await tx.query(`SET LOCAL work_mem = '${BULK_PENDING_LIST}'`);
      await tx.query(`SET LOCAL synchronous_commit = off`);
      const [, changed] = await tx.query(sql, parameters);
      return Number(changed ?? 0);
    });
  }

  /** Merges what bulk key writes left in the key indexes' pending lists, so searches read none of it. */
  async mergePendingKeys(): Promise<void> {
    await this.statements.query(
      `SELECT gin_clean_pending_list(i.indexrelid::regclass)
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
        WHERE i.indrelid = 'statement_search_keys'::regclass AND am.amname = 'gin'`,
    );
  }

  /** The lowest and highest seq of all statements ('0' when there are none): the span a backfill splits. */
  async seqRange(): Promise<{ min: string; max: string }> {
    const [range] = await this.statements.query(`SELECT coalesce(min(seq), 0)::text AS min, coalesce(max(seq), 0)::text AS max FROM statements`);
    return range;
  }

  async countToIndex(all: boolean): Promise<number> {
    const [{ n }] = await this.statements.query(`SELECT count(*)::int AS n FROM statement_search_keys${all ? '' : ' WHERE search_lemmas IS NULL'}`);
    return n;
  }

  // --- claims --------------------------------------------------------------------------------------

  /** These articles' indexed, live statements not yet compared with the speaker's others, in storage order. */
  async claimPendingOfArticles(articleIds: readonly string[]): Promise<ClaimCandidate[]> {
    const rows: ClaimRow[] = await this.statements.query(
      `SELECT ${CLAIM_ROW_COLUMNS} FROM statements s JOIN statement_search_keys k ON k.statement_id = s.id
        WHERE s.article_id = ANY($1::uuid[]) AND s.claim_checked_at IS NULL AND k.quote_lemmas IS NOT NULL AND s.deleted_at IS NULL
        ORDER BY s.seq`,
      [articleIds],
    );
    return rows.map(withLemmaList);
  }

  /** A statement claim grouping may take up again: indexed, live and not rejected. */
  async groupable(id: string): Promise<ClaimCandidate | null> {
    const [row]: ClaimRow[] = await this.statements.query(
      `SELECT ${CLAIM_ROW_COLUMNS} FROM statements s JOIN statement_search_keys k ON k.statement_id = s.id
        WHERE s.id = $1 AND k.quote_lemmas IS NOT NULL AND s.deleted_at IS NULL AND s.review_status <> 'rejected'`,
      [id],
    );
    return row ? withLemmaList(row) : null;
  }

  /**
   * Serialises claim grouping of these speakers' statements across workers, for the rest of the
   * transaction; the locks are taken in one order, so two batches sharing speakers never deadlock.
   */
  async lockSpeakersForClaims(tx: EntityManager, speakerKeys: string[]): Promise<void> {
    await tx.query(
      `SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtext('claims:' || k) AS h FROM unnest($1::text[]) k ORDER BY 1 OFFSET 0) locks`,
      [speakerKeys],
    );
  }

  /**
   * Where these statements stand for claim grouping now: the claim each is in, whether it is still to
   * be compared with the speaker's others, and whether it may be matched (live, not rejected).
   */
  async claimStatesOf(tx: EntityManager, ids: string[]): Promise<Map<string, { claimId: string | null; unchecked: boolean; matchable: boolean }>> {
    const rows: Array<{ id: string; claim_id: string | null; unchecked: boolean; matchable: boolean }> = await tx.query(
      `SELECT id, claim_id, claim_checked_at IS NULL AS unchecked, (deleted_at IS NULL AND review_status <> 'rejected') AS matchable
         FROM statements WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { claimId: r.claim_id, unchecked: r.unchecked, matchable: r.matchable }]));
  }

  /**
   * For each statement, the same speaker's statements in other articles sharing one of its `lemmas`
   * (the quote's rarest) with it: what it may repeat, in one query for the batch. Found through the
   * side table's GIN of "speaker:lemma" keys (ClaimScopedLemmaKeys), whose posting lists hold
   * exactly one speaker's statements with one lemma, however many the speaker said or the lemma
   * occurs in; a statement without a linked speaker is scoped by its speaker's name.
   */
  async claimCandidatesOfMany(em: EntityManager, requests: Array<{ row: ClaimCandidate; lemmas: string[] }>, limit: number): Promise<ClaimCandidate[][]> {
    const found: ClaimCandidate[][] = requests.map(() => []);
    const asked = requests.map((request, k) => ({ ...request, k })).filter(({ lemmas }) => lemmas.length);
    if (!asked.length) return found;
    // One query planned once for the whole batch: the requests are a set, each taking its candidates
    // through a lateral subquery (a UNION ALL of one arm a statement was planned arm by arm, which
    // cost more than running it). The scoped keys find the rows; the speaker is then compared as
    // such (two scopes may collide), in a form no other index answers, so the planner has no second
    // index to AND with. A claim's appearances are near-duplicates of each other: its newest few
    // stand for it, so a reprint of a story told 70 times is scored against 5 statements, not 70.
    // The side table finds them (lemmas, speaker and review columns are all there); the statements
    // give claim and quote. Lemmas are letters and digits only, so a space joins them safely.
    const rows: Array<ClaimRow & { k: number }> = await em.query(
      `SELECT r.k, c.* FROM unnest($1::int[], $2::uuid[], $3::text[], $4::uuid[], $5::text[]) AS r(k, speaker_id, speaker_name, article_id, lemmas)
       CROSS JOIN LATERAL (
         SELECT ${CLAIM_CANDIDATE_COLUMNS} FROM (
           SELECT ${CLAIM_SOURCE_COLUMNS}, row_number() OVER (PARTITION BY s.claim_id ORDER BY s.seq DESC) AS nth
             FROM statement_search_keys k JOIN statements s ON s.id = k.statement_id
            WHERE claim_scope_keys(k.speaker_id, k.speaker_name, k.quote_lemmas) && claim_scope_keys(r.speaker_id, r.speaker_name, string_to_array(r.lemmas, ' '))
              AND k.speaker_id IS NOT DISTINCT FROM r.speaker_id AND (r.speaker_id IS NOT NULL OR lower(k.speaker_name) = lower(r.speaker_name))
              AND k.deleted_at IS NULL AND k.article_id <> r.article_id AND k.review_status <> 'rejected') ranked
          WHERE claim_id IS NULL OR nth <= ${CLAIM_REPRESENTATIVES}
          ORDER BY claim_id IS NULL, seq DESC LIMIT ${Number(limit)}) c`,
      [
        asked.map((r) => r.k),
        asked.map((r) => r.row.speakerId),
        asked.map((r) => r.row.speakerName),
        asked.map((r) => r.row.articleId),
        asked.map((r) => r.lemmas.join(' ')),
      ],
    );
    for (const { k, ...candidate } of rows) found[k].push(withLemmaList(candidate));
    return found;
  }

  async claimOf(tx: EntityManager, id: string, lock = false): Promise<string | null> {
    const [row] = await tx.query(`SELECT claim_id FROM statements WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row?.claim_id ?? null;
  }

  /**
   * In one UPDATE: puts each assigned statement in its claim and marks the `checked` ones as compared
   * with the speaker's others.
   */
  async assignClaimsAndMarkChecked(tx: EntityManager, assignments: Array<{ statementId: string; claimId: string }>, checked: string[]): Promise<void> {
    const claimOf = new Map(assignments.map((a) => [a.statementId, a.claimId]));
    const ids = [...new Set([...claimOf.keys(), ...checked])];
    if (!ids.length) return;
    const checkedSet = new Set(checked);
    await tx.query(
      `UPDATE statements s
          SET claim_id = coalesce(v.claim_id, s.claim_id),
              claim_checked_at = CASE WHEN v.checked THEN now() ELSE s.claim_checked_at END
         FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) AS v(id, claim_id, checked)
        WHERE s.id = v.id`,
      [ids, ids.map((id) => claimOf.get(id) ?? null), ids.map((id) => checkedSet.has(id))],
    );
  }

  /** Moves every statement of each `from` claim into its `to`, in one UPDATE. */
  async moveClaims(tx: EntityManager, moves: Array<{ from: string; to: string }>): Promise<void> {
    if (!moves.length) return;
    await tx.query(`UPDATE statements s SET claim_id = v.to_claim FROM unnest($1::uuid[], $2::uuid[]) AS v(from_claim, to_claim) WHERE s.claim_id = v.from_claim`, [
      moves.map((m) => m.from),
      moves.map((m) => m.to),
    ]);
  }


  /** Takes a statement out of its claim and marks it for grouping again. */
  async leaveClaim(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`UPDATE statements SET claim_id = NULL, claim_checked_at = NULL WHERE id = $1`, [id]);
  }

  async countLiveInClaim(tx: EntityManager, claimId: string): Promise<number> {
    const [{ live }] = await tx.query(`SELECT count(*)::int AS live FROM statements WHERE claim_id = $1 AND deleted_at IS NULL`, [claimId]);
    return live;
  }

  /** Every statement of a claim leaves it (the claim is dissolved). */
  async emptyClaim(tx: EntityManager, claimId: string): Promise<void> {
    await tx.query(`UPDATE statements SET claim_id = NULL WHERE claim_id = $1`, [claimId]);
  }

  /** Each claim's first live direct quote (earliest published): what a newcomer's wording is compared with. */
  async firstDirectQuotesOfClaims(tx: EntityManager, claimIds: string[]): Promise<Map<string, { id: string; quote: string }>> {
    if (!claimIds.length) return new Map();
    const rows: Array<{ claim_id: string; id: string; quote: string }> = await tx.query(
      `SELECT DISTINCT ON (s.claim_id) s.claim_id, s.id, s.quote FROM statements s JOIN articles a ON a.id = s.article_id
        WHERE s.claim_id = ANY($1::uuid[]) AND s.deleted_at IS NULL AND s.type = 'direct'
        ORDER BY s.claim_id, a.published_at ASC NULLS LAST, s.seq ASC`,
      [claimIds],
    );
    return new Map(rows.map((r) => [r.claim_id, { id: r.id, quote: r.quote }]));
  }

  /** Which of these statements are live direct quotes, with their quotes. */
  directQuotesAmong(tx: EntityManager, ids: string[]): Promise<Array<{ id: string; quote: string }>> {
    return tx.query(`SELECT id, quote FROM statements WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL AND type = 'direct' ORDER BY seq`, [ids]);
  }

  /** These claims' live direct quotes, each claim's earliest published first: the first is what the others are compared with. */
  directQuotesOfClaims(tx: EntityManager, claimIds: string[]): Promise<Array<{ claimId: string; id: string; quote: string }>> {
    if (!claimIds.length) return Promise.resolve([]);
    return tx.query(
      `SELECT s.claim_id AS "claimId", s.id, s.quote FROM statements s JOIN articles a ON a.id = s.article_id
        WHERE s.claim_id = ANY($1::uuid[]) AND s.deleted_at IS NULL AND s.type = 'direct'
        ORDER BY s.claim_id, a.published_at ASC NULLS LAST, s.seq ASC`,
      [claimIds],
    );
  }

  // --- review --------------------------------------------------------------------------------------

  /**
   * Locks a live statement for the rest of the transaction and checks the version the caller read.
   * Concurrent editors queue on the row lock; the second one then sees a newer version and gets a 409.
   */
  async lockAtVersion(tx: EntityManager, id: string, version: number): Promise<Statement> {
    const statement = await tx.getRepository(Statement).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id }).getOne();
    if (!statement) throw new NotFoundException(`statement ${id} not found`);
    if (statement.version !== version) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `statement ${id} has changed since version ${version}: it is at version ${statement.version}; re-read it and apply your change again`,
        currentVersion: statement.version,
      });
    }
    return statement;
  }

  async applyReview(tx: EntityManager, id: string, fields: ReviewedFields): Promise<void> {
    await tx.getRepository(Statement).update({ id }, fields);
  }

  // --- speaker merges ------------------------------------------------------------------------------

  /** Gives every statement of `fromSpeaker` to `toSpeaker`, each with a new version; returns their ids. */
  async reassignSpeaker(tx: EntityManager, fromSpeaker: string, toSpeaker: string): Promise<string[]> {
    return updatedIds(tx, `UPDATE statements SET speaker_id = $1, version = version + 1, updated_at = now() WHERE speaker_id = $2 RETURNING id`, [toSpeaker, fromSpeaker]);
  }

  /** Gives these statements back to `toSpeaker` where they are still `fromSpeaker`'s; returns the ids moved. */
  async reassignSomeSpeaker(tx: EntityManager, ids: string[], fromSpeaker: string, toSpeaker: string): Promise<string[]> {
    return updatedIds(
      tx,
      `UPDATE statements SET speaker_id = $1, version = version + 1, updated_at = now() WHERE id = ANY($2) AND speaker_id = $3 RETURNING id`,
      [toSpeaker, ids, fromSpeaker],
    );
  }

  private repo(em?: EntityManager): Repository<Statement> {
    return em ? em.getRepository(Statement) : this.statements;
  }
}
