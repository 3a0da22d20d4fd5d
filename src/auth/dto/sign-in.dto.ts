import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class SignInDto {
  @ApiProperty({ description: 'An API key (from `quotes keys create` or the Keys screen)' })
  @IsString({ message: 'key must be text' })
  @MinLength(1, { message: 'key must not be empty' })
  @MaxLength(200, { message: 'key must be at most 200 characters' })
  key: string;
}
