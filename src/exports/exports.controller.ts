import { Body, Controller, Get, HttpCode, Logger, Param, ParseUUIDPipe, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { pipeline } from 'stream/promises';
import type { AuthenticatedRequest } from '../auth/request-authenticator';
import { RequireRole } from '../auth/roles';
import { CreateExportDto } from './dto/create-export.dto';
import { ExportStatementsQuery } from './dto/export-statements.query';
import { ExportViewDto } from './dto/export-view.dto';
import { toExportFilters } from './export-filters';
import { ExportsService } from './exports.service';
import { StatementExportService } from './statement-export.service';

const PRODUCES = ['text/csv', 'application/x-ndjson', 'application/ld+json'];

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  private readonly logger = new Logger(ExportsController.name);

  constructor(
    private readonly streamed: StatementExportService,
    private readonly jobs: ExportsService,
  ) {}

  // Declared before :id so that "statements" is never taken for an export id.
  @Get('statements')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Export statements, streamed',
    description:
      'Streams every statement that matches the filters (the same as GET /statements), oldest first, in constant memory. ' +
      'If the stream fails after it started, the connection is cut rather than the file ended, so a truncated export never looks complete. ' +
      'For very large exports that should survive a dropped connection, use POST /exports.',
  })
  @ApiProduces(...PRODUCES)
  @ApiOkResponse({ description: 'The export, as an attachment' })
  @ApiBadRequestResponse({ description: 'Unknown format or invalid filter; the message names the field' })
  @ApiTooManyRequestsResponse({ description: 'EXPORT_MAX_STREAMS exports are streaming already; retry later or use POST /exports' })
  async exportStatements(@Query() query: ExportStatementsQuery, @Res() res: Response): Promise<void> {
    const opened = await this.streamed.open({ format: query.format, filters: toExportFilters(query), bom: query.bom });
    res.status(200);
    res.setHeader('Content-Type', opened.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${opened.fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    try {
      await pipeline(opened.stream, res);
    } catch (err) {
      // Headers are gone by now: pipeline has destroyed the response, which is all a client can be told.
      this.logger.warn(`streamed export ended early: ${(err as Error).message}`);
    }
  }

  @Post()
  @HttpCode(202)
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Run an export as a job',
    description:
      'Queues an export on the `export` queue. Needs only the viewer role: an export reads what a viewer may read. ' +
      'Poll GET /exports/{id} for status and percent; when status is done, download it from downloadUrl until expiresAt (EXPORT_TTL_HOURS).',
  })
  @ApiAcceptedResponse({ type: ExportViewDto, description: 'Queued; the body is the export with status queued' })
  @ApiBadRequestResponse({ description: 'Unknown format or invalid filter; the message names the field' })
  @ApiTooManyRequestsResponse({ description: 'Rate limit of the key exceeded' })
  request(@Body() dto: CreateExportDto, @Req() req: AuthenticatedRequest) {
    return this.jobs.request(dto.format, toExportFilters(dto.filters), dto.bom === true, req.apiKey?.id ?? null);
  }

  @Get(':id')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'An export job: status (queued, running, done, failed, expired), percent, row count, download link' })
  @ApiOkResponse({ type: ExportViewDto, description: 'The export' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such export' })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.jobs.get(id);
  }

  @Get(':id/download')
  @RequireRole('viewer')
  @ApiOperation({ summary: "Download a finished export's file" })
  @ApiProduces(...PRODUCES)
  @ApiOkResponse({ description: 'The file, as an attachment' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such export' })
  @ApiConflictResponse({ description: 'The export is not done (queued, running or failed)' })
  @ApiGoneResponse({ description: 'The export expired and its file was deleted' })
  async download(@Param('id', new ParseUUIDPipe()) id: string): Promise<StreamableFile> {
    const file = await this.jobs.openDownload(id);
    return new StreamableFile(file.stream, { type: file.contentType, disposition: `attachment; filename="${file.fileName}"`, length: file.size });
  }
}
