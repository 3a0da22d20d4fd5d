import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { VersionDto } from './version.dto';

export class AssignStatementDto extends VersionDto {
  @ApiProperty({ type: String, description: 'The editor: an API key id or a key name (editor or admin role). null unassigns.', nullable: true, example: 'Anna (desk)' })
  @ValidateIf((_, v) => v !== null)
  @IsString({ message: 'assignee must be an API key id or name, or null' })
  @MinLength(1, { message: 'assignee must not be empty' })
  @MaxLength(200, { message: 'assignee must be at most 200 characters' })
  assignee: string | null;
}
