import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import type { DirectoryMatch, SpeakerDirectory } from '../extraction/types';
import { MORPHOLOGY } from '../language/morphology.provider';
import { bundledLexicon } from '../speaker-registry/bundled-speaker-directory';
import { SpeakerRegistry } from '../speaker-registry/speaker-registry';
import { SpeakerRepository } from './speaker.repository';

/**
 * The workers' speaker directory: the registry as PostgreSQL holds it (seed, editors' aliases and
 * roles), in memory for the extractor. Editors' changes bump a version in the database; refresh()
 * rebuilds the snapshot when it moved, so the next extraction uses an alias added a moment ago.
 * Match ids are speaker ids, which linking takes as they are.
 */
@Injectable()
export class SpeakerDirectorySnapshot implements SpeakerDirectory {
  private readonly logger = new Logger(SpeakerDirectorySnapshot.name);
  private registry: SpeakerRegistry | null = null;
  private version: string | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly speakers: SpeakerRepository,
    @Inject(MORPHOLOGY) private readonly morphology: Morphology,
  ) {}

  /** Rebuilds the snapshot if editors changed speakers since it was taken. */
  async refresh(): Promise<void> {
    const version = await this.speakers.registryVersion(this.dataSource.manager);
    if (this.registry && version === this.version) return;
    const entries = await this.speakers.registryEntries(this.dataSource.manager);
    this.registry = new SpeakerRegistry(entries, bundledLexicon, this.morphology);
    this.version = version;
    this.logger.log(`speaker directory snapshot ${version}: ${entries.length} speakers`);
  }

  resolveRole(role: string, date: string | null): DirectoryMatch | null {
    return this.registry?.resolveRole(role, date) ?? null;
  }

  findByName(name: string): DirectoryMatch | null {
    return this.registry?.findByName(name) ?? null;
  }
}
