import { Module } from '@nestjs/common';
import { ArticleIngestionService } from './article-ingestion.service';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { OutletRepository } from './outlet.repository';

@Module({
  controllers: [ArticlesController],
  providers: [ArticlesService, OutletRepository, ArticleIngestionService],
  exports: [ArticlesService, ArticleIngestionService],
})
export class ArticlesModule {}
