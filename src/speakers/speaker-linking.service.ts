import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { foldName } from './registry/text-normalization';
import { SpeakerKeyIndex } from './speaker-key-index';
import { SpeakerLookup, SpeakerMatch } from './speaker-lookup';

interface UnlinkedStatement {
  id: string;
  speaker_name: string;
  speaker_type: string;
}

/** Confidence of a speaker created because nothing in the registry fitted. */
const NEW_SPEAKER_CONFIDENCE = 0.5;

/**
 * The link stage: ties each statement of an article to a registry speaker (exact alias, morphology,
 * transliteration, fuzzy), or to a new speaker when nothing fits, and stores the rule and confidence.
 * Running it twice links nothing twice and creates no speaker twice.
 */
@Injectable()
export class SpeakerLinkingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookup: SpeakerLookup,
    private readonly keyIndex: SpeakerKeyIndex,
  ) {}

  async linkArticle(articleId: string): Promise<void> {
    const [article] = await this.dataSource.query(`SELECT status FROM articles WHERE id = $1`, [articleId]);
    if (!article || !['extracted', 'done'].includes(article.status)) return;
    const unlinked: UnlinkedStatement[] = await this.dataSource.query(
      `SELECT id, speaker_name, speaker_type FROM statements WHERE article_id = $1 AND speaker_id IS NULL ORDER BY seq`,
      [articleId],
    );
    const resolved = new Map<string, SpeakerMatch>();
    for (const statement of unlinked) {
      const memo = `${statement.speaker_type}|${foldName(statement.speaker_name)}`;
      let match = resolved.get(memo);
      if (!match) {
        match = await this.resolve(statement.speaker_name, statement.speaker_type);
        resolved.set(memo, match);
      }
      await this.dataSource.query(
        `UPDATE statements SET speaker_id = $2, link_rule = $3, link_confidence = $4, updated_at = now()
          WHERE id = $1 AND speaker_id IS NULL`,
        [statement.id, match.speakerId, match.rule, match.confidence],
      );
    }
    await this.dataSource.query(`UPDATE articles SET status = 'done', updated_at = now() WHERE id = $1 AND status = 'extracted'`, [articleId]);
  }

  /** The registry speaker for a name, or a new speaker; anonymous sources are never matched to named people. */
  async resolve(name: string, type: string): Promise<SpeakerMatch> {
    if (type !== 'anonymous') {
      const match = await this.lookup.match(this.dataSource.manager, name, type);
      if (match) {
        if (match.rule === 'fuzzy' || match.rule === 'transliteration') await this.rememberSpelling(match.speakerId, name);
        return match;
      }
    }
    return this.findOrCreate(name, type);
  }

  /**
   * A new speaker under a lock on its name, so that two workers linking the same unknown name at
   * once create it once; the second finds the first's row by its exact name.
   */
  private async findOrCreate(name: string, type: string): Promise<SpeakerMatch> {
    return this.dataSource.transaction(async (em) => {
      const normalized = foldName(name);
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`speaker:${type}:${normalized}`]);
      const existing = await this.byExactName(em, normalized, type);
      if (existing) return { speakerId: existing, rule: 'exact-alias', confidence: 1 };
      const [row] = await em.query(`INSERT INTO speakers (canonical_name, type) VALUES ($1, $2) RETURNING id`, [name.trim(), type]);
      await this.keyIndex.reindex(em, [row.id]);
      return { speakerId: row.id, rule: 'new-speaker', confidence: NEW_SPEAKER_CONFIDENCE };
    });
  }

  private async byExactName(em: EntityManager, normalized: string, type: string): Promise<string | null> {
    const rows = await em.query(
      `SELECT DISTINCT k.speaker_id FROM speaker_search_keys k JOIN speakers s ON s.id = k.speaker_id
        WHERE k.key = $1 AND k.kind = 'name' AND s.type = $2 AND s.merged_into IS NULL LIMIT 2`,
      [normalized, type],
    );
    return rows.length === 1 ? rows[0].speaker_id : null;
  }

  /** A spelling that needed transliteration or fuzzy matching becomes an alias, so next time it matches exactly. */
  private async rememberSpelling(speakerId: string, name: string): Promise<void> {
    const normalized = foldName(name);
    if (!normalized) return;
    await this.dataSource.transaction(async (em) => {
      const inserted = await em.query(
        `INSERT INTO speaker_aliases (speaker_id, alias, normalized, source) VALUES ($1, $2, $3, 'linking')
         ON CONFLICT (speaker_id, normalized) DO NOTHING RETURNING id`,
        [speakerId, name.trim(), normalized],
      );
      if (inserted.length) await this.keyIndex.reindex(em, [speakerId]);
    });
  }
}
