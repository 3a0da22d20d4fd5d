import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
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

  constructor(private readonly exports: ExportsService) {}

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
      return expired;
    } catch (err) {
      this.logger.warn(`export cleanup failed: ${(err as Error).message}`);
      return 0;
    }
  }
}
