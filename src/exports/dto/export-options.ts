import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { EXPORT_FORMATS } from '../export-format';

/** Query strings carry booleans as text. */
const toBoolean = ({ value }: { value: unknown }) => {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};

export const ExportFormatProperty = () =>
  applyDecorators(
    ApiProperty({
      enum: EXPORT_FORMATS,
      description: 'csv: RFC 4180, one header row. jsonl: one statement per line. claimreview: a JSON array of schema.org ClaimReview objects, statements with a verdict only.',
    }),
    IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` }),
  );

export const BomProperty = () =>
  applyDecorators(
    ApiPropertyOptional({ type: Boolean, default: false, description: 'CSV only: start with a UTF-8 byte-order mark so that Excel reads the file as UTF-8' }),
    IsOptional(),
    Transform(toBoolean),
    IsBoolean({ message: 'bom must be true or false' }),
  );
