import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StatementLink, StatementRepository, UnlinkedStatement } from '../statements/statement.repository';

/** Who said a statement, as the extractor named it. */
export type SpeakerToResolve = Pick<UnlinkedStatement, 'speakerName' | 'speakerType' | 'registrySpeakerId'>;
import { foldName } from '../speaker-registry/text-normalization';
import { SpeakerKeyIndex } from './speaker-key-index';
import { SpeakerLookup, SpeakerMatch } from './speaker-lookup';
import { SpeakerKind } from '../entities/speaker.entity';
import { SpeakerRepository } from './speaker.repository';

/** Confidence of a speaker created because nothing in the registry fitted. */
const NEW_SPEAKER_CONFIDENCE = 0.5;
/** Confidence of the speaker the extractor's registry named: a role held on the date, or an organisation's name. */
const REGISTRY_CONFIDENCE = 0.9;
/** Unknown names a batch looks up at once (each takes a pooled connection). */
const CONCURRENT_LOOKUPS = 4;
/** Names whose match a worker remembers between articles; past it the memory starts afresh. */
const REMEMBERED_MATCHES = 20000;

/**
 * The link stage: ties each statement of an article to the speaker the extractor's registry named,
 * else to a registry speaker by name (exact alias, morphology, transliteration, fuzzy), else to a
 * new speaker, and stores the rule and confidence. Running it twice links nothing twice and creates
 * no speaker twice.
 */
@Injectable()
export class SpeakerLinkingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookup: SpeakerLookup,
    private readonly keyIndex: SpeakerKeyIndex,
    private readonly speakers: SpeakerRepository,
    private readonly statements: StatementRepository,
  ) {}

  /**
   * Registry matches already made, kept while the registry version stays (an editor's change to any
   * speaker, a merge included, bumps it), so a name seen in an earlier article costs no lookup. A
   * speaker created for an unknown name is not kept: the next article finds it by its exact name.
   */
  private remembered: { version: string; matches: Map<string, SpeakerMatch> } = { version: '', matches: new Map() };

  async linkArticle(articleId: string): Promise<void> {
    await this.linkArticles([articleId]);
  }

  /**
   * Links the statements of these articles that have no speaker yet, in one UPDATE. The extract stage
   * stores statements with their speakers already (resolveSpeakers), so this finds work only in rows
   * stored without one (by hand, or before linking moved there).
   */
  async linkArticles(articleIds: readonly string[]): Promise<void> {
    if (!articleIds.length) return;
    const unlinked = await this.statements.unlinkedOfArticles(articleIds);
    if (!unlinked.length) return;
    const matches = await this.resolveSpeakers(unlinked);
    await this.statements.linkSpeakers(unlinked.map((statement, i): StatementLink => ({ id: statement.id, ...matches[i] })));
  }

  /** The speaker of each statement, by the registry id the extractor gave, its name and type; each distinct one resolved once. */
  async resolveSpeakers(statements: readonly SpeakerToResolve[]): Promise<SpeakerMatch[]> {
    if (!statements.length) return [];
    const version = await this.speakers.registryVersion(this.dataSource.manager);
    if (version !== this.remembered.version || this.remembered.matches.size >= REMEMBERED_MATCHES) this.remembered = { version, matches: new Map() };
    const known = this.remembered.matches;
    const memos = statements.map((s) => `${s.registrySpeakerId ?? ''}|${s.speakerType}|${foldName(s.speakerName)}`);
    const unknown = new Map<string, SpeakerToResolve>();
    statements.forEach((statement, i) => known.has(memos[i]) || unknown.set(memos[i], statement));
    // Names not seen before are looked up a few at a time: each is several round trips (and a new
    // speaker a transaction), which a batch full of new names would otherwise wait for in a row.
    const resolved = new Map<string, SpeakerMatch>();
    const pending = [...unknown];
    const lookup = async () => {
      for (let next = pending.shift(); next; next = pending.shift()) {
        const [memo, statement] = next;
        const match = await this.resolveStatement(statement);
        resolved.set(memo, match);
        if (match.rule !== 'new-speaker') known.set(memo, match);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_LOOKUPS, pending.length) }, lookup));
    return memos.map((memo) => resolved.get(memo) ?? known.get(memo)!);
  }

  private async resolveStatement(statement: SpeakerToResolve): Promise<SpeakerMatch> {
    const named = statement.registrySpeakerId ? await this.liveSpeaker(statement.registrySpeakerId) : null;
    if (named) return { speakerId: named, rule: 'registry', confidence: REGISTRY_CONFIDENCE };
    return this.resolve(statement.speakerName, statement.speakerType);
  }

  /** The speaker, or the one it was merged into since the registry snapshot was taken; null when gone. */
  private async liveSpeaker(id: string): Promise<string | null> {
    const seen = new Set<string>();
    for (let at: string | null = id; at && !seen.has(at); ) {
      seen.add(at);
      const speaker = await this.speakers.findById(this.dataSource.manager, at);
      if (!speaker) return null;
      if (!speaker.mergedInto) return speaker.id;
      at = speaker.mergedInto;
    }
    return null;
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
      await this.speakers.lockName(em, type, normalized);
      const existing = await this.speakers.byExactName(em, normalized, type);
      if (existing) return { speakerId: existing, rule: 'exact-alias', confidence: 1 };
      const id = await this.speakers.insert(em, { canonicalName: name.trim(), type: type as SpeakerKind });
      await this.keyIndex.reindex(em, [id]);
      return { speakerId: id, rule: 'new-speaker', confidence: NEW_SPEAKER_CONFIDENCE };
    });
  }

  /** A spelling that needed transliteration or fuzzy matching becomes an alias, so next time it matches exactly. */
  private async rememberSpelling(speakerId: string, name: string): Promise<void> {
    const normalized = foldName(name);
    if (!normalized) return;
    await this.dataSource.transaction(async (em) => {
      const inserted = await this.speakers.insertAlias(em, speakerId, name.trim(), normalized, null, 'linking');
      if (inserted) await this.keyIndex.reindex(em, [speakerId]);
    });
  }
}
