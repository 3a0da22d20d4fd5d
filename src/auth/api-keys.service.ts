import { Injectable, NotFoundException } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { sha256 } from '../common/hash';
import { ApiKey, ApiRole } from './api-key.entity';
import { ApiKeyRepository } from './api-key.repository';
import { ExpiringCache } from './expiring-cache';

/**
 * A verified key is trusted for this long without asking the database again: every request used to
 * spend a lookup on it. A key revoked through this process is forgotten at once; one revoked by another
 * process (the CLI, another API instance) stops working within this time.
 */
export const VERIFIED_KEY_TTL_MS = 5_000;
/** last_used_at is written at most this often per key and process: it tells an admin which keys are in use, to the minute. */
export const LAST_USED_WRITE_INTERVAL_MS = 60_000;

export interface CreatedApiKey {
  id: string;
  name: string;
  role: ApiRole;
  /** The key itself: shown once, never stored. */
  key: string;
}

@Injectable()
export class ApiKeysService {
  private readonly verified = new ExpiringCache<ApiKey>(VERIFIED_KEY_TTL_MS);
  private readonly lastUsedWritten = new ExpiringCache<true>(LAST_USED_WRITE_INTERVAL_MS);

  constructor(private readonly keys: ApiKeyRepository) {}

  async create(role: ApiRole, name?: string): Promise<CreatedApiKey> {
    const key = `qt_${randomBytes(24).toString('base64url')}`;
    const saved = await this.keys.insert({ name: name?.trim() || `${role} key`, role, keyHash: sha256(key), prefix: key.slice(0, 8) });
    return { id: saved.id, name: saved.name, role, key };
  }

  /** Revokes by id or by the key's prefix; revoking twice is harmless. */
  async revoke(idOrPrefix: string): Promise<ApiKey> {
    const key = /^[0-9a-f-]{36}$/i.test(idOrPrefix)
      ? await this.keys.findById(idOrPrefix)
      : await this.keys.findByPrefix(idOrPrefix);
    if (!key) throw new NotFoundException(`API key ${idOrPrefix} not found`);
    if (!key.revokedAt) await this.keys.markRevoked(key, new Date());
    this.verified.deleteWhere((cached) => cached.id === key.id);
    return key;
  }

  list(): Promise<ApiKey[]> {
    return this.keys.listNewestFirst();
  }

  /** The live key matching a presented secret, or null. */
  async verify(presented: string): Promise<ApiKey | null> {
    const hash = sha256(presented);
    let key = this.verified.get(hash) ?? null;
    if (!key) {
      // Only a fresh read starts the clock: a key in constant use is still checked every few seconds.
      key = await this.keys.findLiveByHash(hash);
      if (!key) return null;
      this.verified.set(hash, key);
    }
    if (this.lastUsedWritten.get(key.id) === undefined) {
      this.lastUsedWritten.set(key.id, true);
      void this.keys.touchLastUsed(key.id, new Date()).catch(() => undefined);
    }
    return key;
  }
}
