import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyDto, ApiKeyListDto, CreatedApiKeyDto } from './dto/auth.responses';
import { CreateApiKeyDto } from './dto/create-api-key.dto';
import { RequireRole } from './roles';

/** Key management for admins; the same as `quotes keys`, for deployments without shell access. */
@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @RequireRole('admin')
  @ApiOkResponse({ type: ApiKeyListDto })
  async list() {
    return { items: (await this.keys.list()).map(toKeyView) };
  }

  @Post()
  @RequireRole('admin')
  @ApiCreatedResponse({ type: CreatedApiKeyDto, description: 'The new key, in `key`: shown this once and never again' })
  create(@Body() dto: CreateApiKeyDto) {
    return this.keys.create(dto.role, dto.name);
  }

  @Delete(':id')
  @RequireRole('admin')
  @ApiOkResponse({ type: ApiKeyDto, description: 'The key, now revoked' })
  @ApiNotFoundResponse({ description: 'No such key' })
  async revoke(@Param('id', new ParseUUIDPipe()) id: string) {
    return toKeyView(await this.keys.revoke(id));
  }
}

function toKeyView(k: ApiKey) {
  return { id: k.id, name: k.name, role: k.role, prefix: k.prefix, createdAt: k.createdAt, lastUsedAt: k.lastUsedAt, revokedAt: k.revokedAt };
}
