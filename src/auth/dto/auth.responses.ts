// Response shapes of the session and key endpoints, for the OpenAPI document (and the web app's typed client).
import { ApiProperty } from '@nestjs/swagger';
import { API_ROLES } from '../api-key.entity';

export class SessionDto {
  @ApiProperty({ description: 'API key id behind the session (what assignments name)' }) keyId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: API_ROLES }) role: string;
  @ApiProperty({ type: Date, nullable: true, description: 'When the session ends; null for a call made with a Bearer key' }) expiresAt: Date | null;
}

export class ApiKeyDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: API_ROLES }) role: string;
  @ApiProperty({ description: 'The first characters of the key, to tell keys apart' }) prefix: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) lastUsedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) revokedAt: Date | null;
}

export class ApiKeyListDto {
  @ApiProperty({ type: [ApiKeyDto] }) items: ApiKeyDto[];
}

export class CreatedApiKeyDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: API_ROLES }) role: string;
  @ApiProperty({ description: 'The key itself: shown this once, never stored' }) key: string;
}
