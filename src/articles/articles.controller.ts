import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiNotFoundResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { ArticlesService } from './articles.service';
import { CreateArticleBatchDto } from './dto/create-article-batch.dto';
import { CreateArticleDto } from './dto/create-article.dto';

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @HttpCode(202)
  @RequireRole('editor')
  @ApiAcceptedResponse({ description: 'Queued, or recognised as an article already stored (duplicate: true)' })
  @ApiBadRequestResponse({ description: 'Invalid input; the message names the field' })
  @ApiPayloadTooLargeResponse({ description: 'Body over MAX_BODY_SIZE' })
  create(@Body() dto: CreateArticleDto) {
    return this.articles.submit(dto);
  }

  @Post('batch')
  @HttpCode(202)
  @RequireRole('editor')
  @ApiAcceptedResponse({ description: 'One result per article, in order' })
  @ApiBadRequestResponse({ description: 'Invalid input; nothing of the batch is stored' })
  async createBatch(@Body() dto: CreateArticleBatchDto) {
    return { results: await this.articles.submitBatch(dto.articles) };
  }

  @Get(':id')
  @RequireRole('viewer')
  @ApiNotFoundResponse({ description: 'No such article' })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.articles.get(id);
  }
}
