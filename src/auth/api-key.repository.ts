import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { ApiKey, ApiRole } from './api-key.entity';

export type NewApiKey = { name: string; role: ApiRole; keyHash: string; prefix: string };

/**
 * Reads and writes of `api_keys`. A plain class over a TypeORM Repository, so the CLI uses it without Nest
 * (`new ApiKeyRepository(dataSource.getRepository(ApiKey))`).
 */
@Injectable()
export class ApiKeyRepository {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  insert(key: NewApiKey): Promise<ApiKey> {
    return this.keys.save(this.keys.create(key));
  }

  findById(id: string, em?: EntityManager): Promise<ApiKey | null> {
    return (em?.getRepository(ApiKey) ?? this.keys).findOne({ where: { id } });
  }

  findByPrefix(prefix: string): Promise<ApiKey | null> {
    return this.keys.findOne({ where: { prefix } });
  }

  /** Newest first, revoked ones included. */
  listNewestFirst(): Promise<ApiKey[]> {
    return this.keys.find({ order: { createdAt: 'DESC' } });
  }

  findLiveByHash(keyHash: string): Promise<ApiKey | null> {
    return this.keys.findOne({ where: { keyHash, revokedAt: IsNull() } });
  }

  async markRevoked(key: ApiKey, at: Date): Promise<void> {
    key.revokedAt = at;
    await this.keys.save(key);
  }

  async touchLastUsed(id: string, at: Date): Promise<void> {
    await this.keys.update({ id }, { lastUsedAt: at });
  }

  /** Unrevoked keys with this id, or (when `byId` is false) this name in any case; names are not unique. */
  liveByIdOrName(em: EntityManager, idOrName: string, byId: boolean): Promise<ApiKey[]> {
    return em
      .getRepository(ApiKey)
      .createQueryBuilder('k')
      .where('k.revoked_at IS NULL')
      .andWhere(byId ? 'k.id = :v' : 'lower(k.name) = lower(:v)', { v: idOrName })
      .getMany();
  }
}
