import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { updatedIds } from '../common/updated-ids';
import type { LinkRule } from '../speaker-registry/link-rules';
import { Statement } from '../entities/statement.entity';
import type { ConfidencePosition } from './confidence-cursor';
import { applyStatementFilters, StatementFilters } from './statement-filters';

/** A statement as extraction stores it: everything but the link, review and cross-reference columns. */
export type ExtractedStatementRow = Pick<
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

/** Appearances of one claim a new statement is scored against (its newest). */
const CLAIM_REPRESENTATIVES = 5;
const CLAIM_SOURCE_COLUMNS = 'id, article_id, speaker_id, speaker_name, claim_id, quote, quote_lemmas, seq, review_status';
const CLAIM_CANDIDATE_COLUMNS = `id, article_id AS "articleId", speaker_id AS "speakerId", speaker_name AS "speakerName", claim_id AS "claimId", quote, quote_lemmas AS "quoteLemmas"`;

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

  /** Stores an article's extracted statements; a statement already stored (same fingerprint) is left as it is. */
  /**
   * Stores extracted statements (of one article or many), with their speakers, in one INSERT from
   * arrays, so that its cost does not grow with TypeORM's per-row work and no row is written a second
   * time to link it; a statement already stored (same article and fingerprint: a re-run) is skipped.
   */
  async insertExtracted(em: EntityManager, rows: readonly ExtractedStatementRow[]): Promise<void> {
    if (!rows.length) return;
    const column = <K extends keyof ExtractedStatementRow>(key: K) => rows.map((row) => row[key]);
    await em.query(
      `INSERT INTO statements (article_id, fingerprint, speaker_name, speaker_type, registry_speaker_id, mention, mention_start, mention_end,
                               cue, type, quote, start_offset, end_offset, via, statement_date, date_precision, date_source, confidence,
                               speaker_id, link_rule, link_confidence)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::int[], $8::int[],
                            $9::text[], $10::text[], $11::text[], $12::int[], $13::int[], $14::text[], $15::date[], $16::text[], $17::text[], $18::real[],
                            $19::uuid[], $20::text[], $21::real[])
       ON CONFLICT (article_id, fingerprint) DO NOTHING`,
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
    if ('articleIds' in selection) query.where('s.article_id IN (:...articleIds) AND s.search_lemmas IS NULL', { articleIds: selection.articleIds });
    else if ('statementId' in selection) query.where('s.id = :id', { id: selection.statementId });
    else {
      query.where('s.seq > :afterSeq', { afterSeq: selection.afterSeq }).orderBy('s.seq').limit(selection.limit);
      if (selection.untilSeq !== undefined) query.andWhere('s.seq <= :untilSeq', { untilSeq: selection.untilSeq });
      if (!selection.all) query.andWhere('s.search_lemmas IS NULL');
    }
    return query.getRawMany<StatementTextForIndexing>();
  }

  /**
   * Writes the search keys of many statements in one UPDATE; rows whose keys come out the same are
   * not rewritten (a reindex after a small rule change touches few). Returns how many changed.
   */
  async writeSearchKeys(rows: StatementSearchKeys[]): Promise<number> {
    if (!rows.length) return 0;
    // Keys are letters and digits only, so a space joins them safely.
    const [, changed] = await this.statements.query(
      `UPDATE statements s
          SET search_lemmas = v.search_lemmas, quote_lemmas = v.quote_lemmas
         FROM (SELECT id, array_to_tsvector(string_to_array(keys, ' ')) AS search_lemmas, string_to_array(lemmas, ' ') AS quote_lemmas
                 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, keys, lemmas)) v
        WHERE s.id = v.id AND (s.search_lemmas IS DISTINCT FROM v.search_lemmas OR s.quote_lemmas IS DISTINCT FROM v.quote_lemmas)`,
      [rows.map((r) => r.id), rows.map((r) => r.searchKeys.join(' ')), rows.map((r) => r.quoteLemmas.join(' '))],
    );
    return Number(changed ?? 0);
  }

  /** The lowest and highest seq of all statements ('0' when there are none): the span a backfill splits. */
  async seqRange(): Promise<{ min: string; max: string }> {
    const [range] = await this.statements.query(`SELECT coalesce(min(seq), 0)::text AS min, coalesce(max(seq), 0)::text AS max FROM statements`);
    return range;
  }

  async countToIndex(all: boolean): Promise<number> {
    const query = this.statements.createQueryBuilder('s').withDeleted();
    if (!all) query.where('s.search_lemmas IS NULL');
    return query.getCount();
  }

  // --- claims --------------------------------------------------------------------------------------

  /** These articles' indexed, live statements not yet compared with the speaker's others, in storage order. */
  claimPendingOfArticles(articleIds: readonly string[]): Promise<ClaimCandidate[]> {
    return this.statements.query(
      `SELECT ${CLAIM_CANDIDATE_COLUMNS} FROM statements
        WHERE article_id = ANY($1::uuid[]) AND claim_checked_at IS NULL AND quote_lemmas IS NOT NULL AND deleted_at IS NULL
        ORDER BY seq`,
      [articleIds],
    );
  }

  /** A statement claim grouping may take up again: indexed, live and not rejected. */
  async groupable(id: string): Promise<ClaimCandidate | null> {
    const [row] = await this.statements.query(
      `SELECT ${CLAIM_CANDIDATE_COLUMNS} FROM statements
        WHERE id = $1 AND quote_lemmas IS NOT NULL AND deleted_at IS NULL AND review_status <> 'rejected'`,
      [id],
    );
    return row ?? null;
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
   * GIN over speaker and quote lemmas (ClaimCandidateSpeakerIndex migration), which gives exactly the
   * speaker's statements sharing a lemma, however many the speaker said or the lemmas occur in; a
   * statement without a linked speaker is found through the lemmas alone.
   */
  async claimCandidatesOfMany(em: EntityManager, requests: Array<{ row: ClaimCandidate; lemmas: string[] }>, limit: number): Promise<ClaimCandidate[][]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const arms = requests
      .map(({ row, lemmas }, k) => {
        if (!lemmas.length) return null;
        const sameSpeaker = row.speakerId ? `speaker_id = ${param(row.speakerId)}` : `speaker_id IS NULL AND lower(speaker_name) = lower(${param(row.speakerName)})`;
        // A claim's appearances are near-duplicates of each other: its newest few stand for it, so a
        // reprint of a story told 70 times is scored against 5 statements, not 70.
        return `(SELECT ${k} AS k, ${CLAIM_CANDIDATE_COLUMNS} FROM (
                   SELECT ${CLAIM_SOURCE_COLUMNS}, row_number() OVER (PARTITION BY claim_id ORDER BY seq DESC) AS nth
                     FROM statements
                    WHERE ${sameSpeaker} AND quote_lemmas && ${param(lemmas)}::text[] AND deleted_at IS NULL AND article_id <> ${param(row.articleId)} AND review_status <> 'rejected') ranked
                  WHERE claim_id IS NULL OR nth <= ${CLAIM_REPRESENTATIVES}
                  ORDER BY claim_id IS NULL, seq DESC LIMIT ${Number(limit)})`;
      })
      .filter((arm): arm is string => arm !== null);
    const found: ClaimCandidate[][] = requests.map(() => []);
    if (!arms.length) return found;
    const rows: Array<ClaimCandidate & { k: number }> = await em.query(arms.join('\nUNION ALL\n'), params);
    for (const { k, ...candidate } of rows) found[k].push(candidate);
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
