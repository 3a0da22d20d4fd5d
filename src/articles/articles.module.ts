import { Module } from '@nestjs/common';
import { ArticleIngestionService } from './article-ingestion.service';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { OutletRepository } from './outlet.repository';
import { OutletsService } from './outlets.service';

@Module({
  controllers: [ArticlesController],
  providers: [ArticlesService, OutletsService, OutletRepository, ArticleIngestionService],
  exports: [ArticlesService, ArticleIngestionService, OutletsService],
})
export class ArticlesModule {}
