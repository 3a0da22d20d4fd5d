import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Readable } from 'stream';
import { AppConfig } from '../config/app-config';
import { ClaimReviewPublisher } from './claim-review';
import { EXPORT_FORMAT_FILES } from './export-format';
import { StatementExportRequest, statementExportChunks } from './statement-export-stream';
import { StatementExportRepository } from './statement-export.repository';

export interface OpenedExport {
  contentType: string;
  fileName: string;
  stream: Readable;
}

/** Streams statement exports over HTTP, straight from PostgreSQL. */
@Injectable()
export class StatementExportService {
  /** Streams open now; each holds a pooled database connection until its client has read it all. */
  private streaming = 0;

  constructor(
    private readonly statements: StatementExportRepository,
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
    // Slow readers could otherwise take every connection the API has.
    if (this.streaming >= this.config.EXPORT_MAX_STREAMS) {
      throw new HttpException(
        `${this.streaming} exports are streaming already, the most this server allows; try again when one is done, or queue this one with POST /exports`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    this.streaming++;
    let stream: Readable;
    const chunks = statementExportChunks(this.statements, request, { publisher: this.publisher });
    try {
      const first = await chunks.next();
      async function* all(): AsyncGenerator<string | Buffer> {
        if (!first.done) yield first.value;
        yield* chunks;
      }
      stream = Readable.from(all(), { objectMode: false });
    } catch (err) {
      this.streaming--;
      throw err;
    }
    // 'close' comes once the stream has ended, failed or been destroyed with its client. A stream
    // destroyed before it was read never starts all(), so the export is ended here: that gives its
    // connection back.
    stream.once('close', () => {
      this.streaming--;
      chunks.return(undefined).catch(() => undefined);
    });
    const files = EXPORT_FORMAT_FILES[request.format];
    const stamp = new Date().toISOString().slice(0, 10);
    return { contentType: files.contentType, fileName: `statements-${stamp}.${files.extension}`, stream };
  }
}
