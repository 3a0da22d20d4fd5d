import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class CreateNoteDto {
  @ApiProperty({ maxLength: 10000, example: 'Check the original video: the figure may be 15%, not 50%.' })
  @IsString({ message: 'body must be text' })
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(10000, { message: 'body must be at most 10000 characters' })
  body: string;
}
