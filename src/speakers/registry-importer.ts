// Idempotent import of registry entries (the seed file format): speakers are upserted by their slug,
// their seed aliases and roles brought in line with the file, and their search keys recomputed.
// Aliases and roles added by editors or by linking are left alone.
import type { DataSource, EntityManager } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import type { RegistryEntry } from '../speaker-registry/registry-types';
import { roleKey } from '../speaker-registry/speaker-registry';
import { foldName } from '../speaker-registry/text-normalization';
import { SpeakerKeyIndex } from './speaker-key-index';
import { SpeakerRepository } from './speaker.repository';

export interface ImportSummary {
  entries: number;
  created: number;
  updated: number;
}

export class RegistryImporter {
  private readonly keys: SpeakerKeyIndex;

  constructor(
    morphology: Morphology,
    private readonly speakers: SpeakerRepository,
  ) {
    this.keys = new SpeakerKeyIndex(morphology, speakers);
  }

  /**
   * Imports the entries in one transaction and records the import; running it twice changes nothing.
   * With onlyIfNew, a file whose hash was imported before is skipped (null).
   */
  async import(dataSource: DataSource, entries: RegistryEntry[], source: string, contentHash: string): Promise<ImportSummary>;
  async import(dataSource: DataSource, entries: RegistryEntry[], source: string, contentHash: string, options: { onlyIfNew: true }): Promise<ImportSummary | null>;
  async import(dataSource: DataSource, entries: RegistryEntry[], source: string, contentHash: string, options?: { onlyIfNew: true }): Promise<ImportSummary | null> {
    const summary = await this.importInTransaction(dataSource, entries, source, contentHash, options);
    // Fresh statistics: without them the planner reads a just-filled key table through the trigram
    // index once per speaker, which takes seconds instead of milliseconds.
    if (summary) await this.speakers.analyze(dataSource.manager);
    return summary;
  }

  private importInTransaction(dataSource: DataSource, entries: RegistryEntry[], source: string, contentHash: string, options?: { onlyIfNew: true }): Promise<ImportSummary | null> {
    return dataSource.transaction(async (em) => {
      // Two importers at once (API and worker starting together) take turns.
      await this.speakers.lockImports(em);
      if (options?.onlyIfNew && (await this.speakers.importRecorded(em, contentHash))) return null;
      const summary: ImportSummary = { entries: entries.length, created: 0, updated: 0 };
      const ids: string[] = [];
      for (const entry of entries) {
        const { id, created } = await this.speakers.upsertFromRegistry(em, entry);
        ids.push(id);
        if (created) summary.created++;
        else summary.updated++;
        await this.syncAliases(em, id, entry);
        await this.syncRoles(em, id, entry);
      }
      await this.keys.reindex(em, ids);
      await this.speakers.recordImport(em, source, contentHash, entries.length);
      await this.speakers.bumpRegistryVersion(em);
      return summary;
    });
  }

  private async syncAliases(em: EntityManager, speakerId: string, e: RegistryEntry): Promise<void> {
    const aliases = [...new Map((e.aliases ?? []).map((a) => [foldName(a), a])).entries()].filter(([n]) => n && n !== foldName(e.name));
    await this.speakers.syncSeedAliases(em, speakerId, aliases.map(([normalized, alias]) => ({ alias, normalized })));
  }

  private async syncRoles(em: EntityManager, speakerId: string, e: RegistryEntry): Promise<void> {
    const roles = (e.roles ?? []).map((r) => ({ role: r.role, of: r.of, roleKey: roleKey(r.role, r.of), from: r.from, to: r.to }));
    await this.speakers.syncSeedRoles(em, speakerId, roles);
  }
}
