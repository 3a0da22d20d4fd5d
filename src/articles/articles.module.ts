import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Statement } from '../statements/statement.entity';
import { Article } from './article.entity';
import { ArticleIngestionService } from './article-ingestion.service';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { Outlet } from './outlet.entity';
import { OutletsService } from './outlets.service';

@Module({
  imports: [TypeOrmModule.forFeature([Article, Outlet, Statement])],
  controllers: [ArticlesController],
  providers: [ArticlesService, OutletsService, ArticleIngestionService],
  exports: [ArticlesService, ArticleIngestionService, OutletsService],
})
export class ArticlesModule {}
