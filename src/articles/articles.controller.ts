import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { PageQueryDto } from '../common/page-query.dto';
import { ArticlesService } from './articles.service';
import { ArticleDto, ArticlePageDto, SubmissionBatchDto, SubmissionDto } from './dto/article.responses';
import { CreateArticleBatchDto } from './dto/create-article-batch.dto';
import { CreateArticleDto } from './dto/create-article.dto';

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @HttpCode(202)
  @RequireRole('editor')
  @ApiAcceptedResponse({ type: SubmissionDto, description: 'Queued, or recognised as an article already stored (duplicate: true)' })
  @ApiBadRequestResponse({ description: 'Invalid input; the message names the field' })
  @ApiPayloadTooLargeResponse({ description: 'Body over MAX_BODY_SIZE' })
  create(@Body() dto: CreateArticleDto) {
    return this.articles.submit(dto);
  }

  @Post('batch')
  @HttpCode(202)
  @RequireRole('editor')
  @ApiAcceptedResponse({ type: SubmissionBatchDto, description: 'One result per article, in order' })
  @ApiBadRequestResponse({ description: 'Invalid input; nothing of the batch is stored' })
  async createBatch(@Body() dto: CreateArticleBatchDto) {
    return { results: await this.articles.submitBatch(dto.articles) };
  }

  @Get()
  @RequireRole('viewer')
  @ApiOkResponse({ type: ArticlePageDto, description: 'Articles newest first, without bodies or statements' })
  list(@Query() page: PageQueryDto) {
    return this.articles.list(page);
  }

  @Get(':id')
  @RequireRole('viewer')
  @ApiOkResponse({ type: ArticleDto, description: 'Status, cleaned body and statements' })
  @ApiNotFoundResponse({ description: 'No such article' })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.articles.get(id);
  }
}
