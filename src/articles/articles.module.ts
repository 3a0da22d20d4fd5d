import { Module } from '@nestjs/common';
import { ArticleIngestionService } from './article-ingestion.service';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { OutletsService } from './outlets.service';

@Module({
  controllers: [ArticlesController],
  providers: [ArticlesService, OutletsService, ArticleIngestionService],
  exports: [ArticlesService, ArticleIngestionService, OutletsService],
})
export class ArticlesModule {}
