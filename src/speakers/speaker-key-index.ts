// Keeps speaker_search_keys (and the speakers.aliases list) in step with a speaker's names. Plain
// code over an EntityManager, so the CLI import and the Nest services share it.
import type { EntityManager } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import { type SearchKey, speakerSearchKeys } from '../speaker-registry/search-keys';
import { SpeakerRepository } from './speaker.repository';

const CHUNK = 500;

export class SpeakerKeyIndex {
  constructor(
    private readonly morphology: Morphology,
    private readonly speakers: SpeakerRepository,
  ) {}

  /** Recomputes the keys of these speakers; a speaker merged into another keeps none, so lookups skip it. */
  async reindex(em: EntityManager, speakerIds: readonly string[]): Promise<void> {
    for (let i = 0; i < speakerIds.length; i += CHUNK) await this.reindexChunk(em, speakerIds.slice(i, i + CHUNK));
  }

  private async reindexChunk(em: EntityManager, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const rows = await this.speakers.namesForKeys(em, ids);
    const keys: Array<SearchKey & { speakerId: string }> = [];
    for (const row of rows) {
      await this.speakers.setAliasList(em, row.id, row.aliases ?? []);
      if (row.mergedInto) continue;
      const speakerKeys = speakerSearchKeys({ name: row.canonicalName, type: row.type, gender: row.gender, names: row.names, aliases: row.aliases }, this.morphology);
      for (const k of speakerKeys) keys.push({ ...k, speakerId: row.id });
    }
    await this.speakers.replaceSearchKeys(em, ids, keys);
  }
}
