import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

/** The statement version the change is based on; an If-Match header may carry it instead. */
export class VersionDto {
  @ApiPropertyOptional({ description: 'The statement version you read (or send If-Match). A stale one is refused with 409.', example: 1 })
  @IsOptional()
  @IsInt({ message: 'version must be an integer: the statement version you read' })
  @Min(1, { message: 'version must be at least 1' })
  version?: number;
}
