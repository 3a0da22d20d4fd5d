import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { readdir, rm, stat } from 'fs/promises';
import { join, resolve } from 'path';
import { AppConfig } from '../config/app-config';
import { ExportsService } from './exports.service';

/** How often a worker looks for expired exports. Downloads check expiry themselves in between. */
export const EXPORT_CLEANUP_INTERVAL_MS = 10 * 60_000;

/**
 * Deletes the files of expired exports, in every worker process: the UPDATE … RETURNING that claims
 * an expired row runs in one of them only, so each file is deleted once.
 */
@Injectable()
export class ExportCleanup implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExportCleanup.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly exports: ExportsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), EXPORT_CLEANUP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    try {
      const expired = await this.exports.expireDue();
      if (expired) this.logger.log(`expired ${expired} export(s) and deleted their files`);
      await this.removeAbandonedTemporaryFiles();
      return expired;
    } catch (err) {
      this.logger.warn(`export cleanup failed: ${(err as Error).message}`);
      return 0;
    }
  }

  /**
   * A worker that died while writing leaves its temporary file behind (writeFileAtomically names
   * them .<file>.<uuid>.tmp). One older than the export lifetime belongs to no running job.
   */
  private async removeAbandonedTemporaryFiles(): Promise<void> {
    const dir = resolve(this.config.EXPORT_DIR);
    const names = await readdir(dir).catch(() => [] as string[]);
    const cutoff = Date.now() - this.config.EXPORT_TTL_HOURS * 3600_000;
    for (const name of names.filter((n) => n.startsWith('.') && n.endsWith('.tmp'))) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info && info.mtimeMs < cutoff) await rm(path, { force: true });
    }
  }
}
