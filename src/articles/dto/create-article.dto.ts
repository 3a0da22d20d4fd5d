import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUrl, MaxLength, MinLength, ValidateIf } from 'class-validator';

export class CreateArticleDto {
  @ApiPropertyOptional({ description: 'Plain text; may be a scraped dump whose first line is `date YYYY-MM-DD`. Give text, html or url.' })
  @ValidateIf((o: CreateArticleDto) => o.html === undefined && o.url === undefined)
  @IsString({ message: 'text must be a string (give text, html or url)' })
  @MinLength(1, { message: 'text must not be empty' })
  text?: string;

  @ApiPropertyOptional({ description: 'An HTML page; its main content is found with Readability. Give text, html or url.' })
  @ValidateIf((o: CreateArticleDto) => o.text === undefined && o.url === undefined)
  @IsString({ message: 'html must be a string (give text, html or url)' })
  @MinLength(1, { message: 'html must not be empty' })
  html?: string;

  @ApiPropertyOptional({
    example: 'https://example.org/news/2025/11/20/story',
    description: 'Where the article was published. Sent alone (no text or html), the service downloads the page (HTML or plain text) and reads it as HTML.',
  })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  title?: string;

  @ApiPropertyOptional({ example: '2025-11-20', description: 'Publication date; overrides the one in the text' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'publishedAt must be a date such as 2025-11-20' })
  publishedAt?: string;

  @ApiPropertyOptional({ example: 'Example Daily', description: 'Outlet name; taken from the URL host when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  outlet?: string;
}
