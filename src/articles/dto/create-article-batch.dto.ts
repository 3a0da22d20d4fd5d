import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { CreateArticleDto } from './create-article.dto';

export const MAX_BATCH = 1000;

export class CreateArticleBatchDto {
  @ApiProperty({ type: [CreateArticleDto], maxItems: MAX_BATCH })
  @IsArray()
  @ArrayMinSize(1, { message: 'articles must hold at least one article' })
  @ArrayMaxSize(MAX_BATCH, { message: `articles must hold at most ${MAX_BATCH} articles` })
  @ValidateNested({ each: true })
  @Type(() => CreateArticleDto)
  articles: CreateArticleDto[];
}
