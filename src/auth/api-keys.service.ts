import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'crypto';
import { IsNull, Repository } from 'typeorm';
import { sha256 } from '../common/hash';
import { ApiKey, ApiRole } from './api-key.entity';

export interface CreatedApiKey {
  id: string;
  name: string;
  role: ApiRole;
  /** The key itself: shown once, never stored. */
  key: string;
}

@Injectable()
export class ApiKeysService {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  async create(role: ApiRole, name?: string): Promise<CreatedApiKey> {
    const key = `qt_${randomBytes(24).toString('base64url')}`;
    const saved = await this.keys.save(this.keys.create({ name: name?.trim() || `${role} key`, role, keyHash: sha256(key), prefix: key.slice(0, 8) }));
    return { id: saved.id, name: saved.name, role, key };
  }

  /** Revokes by id or by the key's prefix; revoking twice is harmless. */
  async revoke(idOrPrefix: string): Promise<ApiKey> {
    const key = /^[0-9a-f-]{36}$/i.test(idOrPrefix)
      ? await this.keys.findOne({ where: { id: idOrPrefix } })
      : await this.keys.findOne({ where: { prefix: idOrPrefix } });
    if (!key) throw new NotFoundException(`API key ${idOrPrefix} not found`);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await this.keys.save(key);
    }
    return key;
  }

  list(): Promise<ApiKey[]> {
    return this.keys.find({ order: { createdAt: 'DESC' } });
  }

  /** The live key matching a presented secret, or null. */
  async verify(presented: string): Promise<ApiKey | null> {
    const key = await this.keys.findOne({ where: { keyHash: sha256(presented), revokedAt: IsNull() } });
    if (key) void this.keys.update({ id: key.id }, { lastUsedAt: new Date() }).catch(() => undefined);
    return key;
  }
}
