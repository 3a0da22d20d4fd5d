import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'stream';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ClaimReviewPublisher } from './claim-review';
import { EXPORT_FORMAT_FILES } from './export-format';
import { StatementExportRequest, statementExportChunks } from './statement-export-stream';

export interface OpenedExport {
  contentType: string;
  fileName: string;
  stream: Readable;
}

/** Streams statement exports over HTTP, straight from PostgreSQL. */
@Injectable()
export class StatementExportService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  get publisher(): ClaimReviewPublisher {
    return { name: this.config.PUBLISHER_NAME, url: this.config.PUBLIC_URL };
  }

  /**
   * Starts the export and waits for its first chunk, so that a failing query is still an ordinary
   * error response rather than a response cut short after its headers.
   */
  async open(request: StatementExportRequest): Promise<OpenedExport> {
    const chunks = statementExportChunks(this.dataSource, request, { publisher: this.publisher });
    const first = await chunks.next();
    async function* all(): AsyncGenerator<string | Buffer> {
      if (!first.done) yield first.value;
      yield* chunks;
    }
    const files = EXPORT_FORMAT_FILES[request.format];
    const stamp = new Date().toISOString().slice(0, 10);
    return { contentType: files.contentType, fileName: `statements-${stamp}.${files.extension}`, stream: Readable.from(all(), { objectMode: false }) };
  }
}
