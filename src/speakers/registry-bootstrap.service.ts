import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SpeakerRepository } from './speaker.repository';
import { BUNDLED_SEED_PATH } from '../speaker-registry/bundled-speaker-directory';
import { RegistryImporter } from './registry-importer';
import { readRegistryFile } from './registry-seed';
import { SpeakerKeyIndex } from './speaker-key-index';

/**
 * Brings the bundled seed registry into the database at start, so that linking and role lookups work
 * out of the box. It runs once per version of the seed file (recorded by its hash) and is idempotent,
 * so several processes starting together, or a restart, do no harm. Speakers that predate the search
 * keys (rows from an older version) get theirs here too.
 */
@Injectable()
export class RegistryBootstrapService implements OnApplicationBootstrap {
  private readonly log = new Logger(RegistryBootstrapService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly importer: RegistryImporter,
    private readonly keyIndex: SpeakerKeyIndex,
    private readonly speakers: SpeakerRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.importBundledSeed();
      await this.indexSpeakersWithoutKeys();
    } catch (err) {
      // The service still works without the seed (linking creates speakers); say so and go on.
      this.log.error(`speaker registry seed not imported: ${(err as Error).message}`);
    }
  }

  private async importBundledSeed(): Promise<void> {
    const file = readRegistryFile(BUNDLED_SEED_PATH);
    if (await this.speakers.importRecorded(this.dataSource.manager, file.contentHash)) return;
    const summary = await this.importer.import(this.dataSource, file.entries, 'bundled seed', file.contentHash, { onlyIfNew: true });
    if (summary) this.log.log(`speaker registry seed imported: ${summary.entries} entries (${summary.created} new)`);
  }

  private async indexSpeakersWithoutKeys(): Promise<void> {
    // A speaker whose name folds to nothing gets no keys; remember who was tried so the loop ends.
    const tried: string[] = [];
    for (;;) {
      const ids = await this.speakers.withoutSearchKeys(this.dataSource.manager, tried, 500);
      if (!ids.length) return;
      tried.push(...ids);
      await this.dataSource.transaction((em) => this.keyIndex.reindex(em, ids));
    }
  }
}
