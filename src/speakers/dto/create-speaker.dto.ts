import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GENDERS, SPEAKER_TYPES } from '../../entities/speaker.entity';
import { SpeakerRoleDto } from './speaker-role.dto';

export class CreateSpeakerDto {
  @ApiProperty({ example: 'Касым-Жомарт Токаев', description: 'Canonical Russian name' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiProperty({ enum: SPEAKER_TYPES })
  @IsIn(SPEAKER_TYPES, { message: `type must be one of ${SPEAKER_TYPES.join(', ')}` })
  type: (typeof SPEAKER_TYPES)[number];

  @ApiPropertyOptional({ enum: GENDERS, nullable: true })
  @IsOptional()
  @IsIn([...GENDERS, null], { message: 'gender must be male, female or null' })
  gender?: 'male' | 'female' | null;

  @ApiPropertyOptional({ example: 'Q7747', nullable: true })
  @IsOptional()
  @Matches(/^Q[1-9]\d*$/, { message: 'qid must look like Q123' })
  qid?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string | null;

  @ApiPropertyOptional({ example: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев' }, description: 'Names by language code' })
  @IsOptional()
  @IsObject()
  names?: Record<string, string>;

  @ApiPropertyOptional({ type: [String], example: ['Токаев'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ type: [SpeakerRoleDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SpeakerRoleDto)
  roles?: SpeakerRoleDto[];
}

/** Any of a speaker's own fields; aliases and roles have their own endpoints. */
export class UpdateSpeakerDto extends PartialType(OmitType(CreateSpeakerDto, ['aliases', 'roles'] as const)) {}

export class AddAliasDto {
  @ApiProperty({ example: 'Tokayev' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  alias: string;

  @ApiPropertyOptional({ example: 'en', nullable: true })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/, { message: 'lang must be an ISO 639 code such as en or kk' })
  lang?: string | null;
}

export class MergeSpeakerDto {
  @ApiProperty({ description: 'The speaker merged into this one (it disappears from lookups until split)', format: 'uuid' })
  @IsString()
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'speakerId must be a UUID' })
  speakerId: string;
}
