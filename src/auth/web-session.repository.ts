import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { ApiKey } from './api-key.entity';
import { WebSession } from './web-session.entity';

/** Reads and writes of `web_sessions`; sessions are found by the hash of their token, never the token. */
@Injectable()
export class WebSessionRepository {
  constructor(@InjectRepository(WebSession) private readonly sessions: Repository<WebSession>) {}

  async insert(tokenHash: string, apiKeyId: string, expiresAt: Date): Promise<void> {
    await this.sessions.insert({ tokenHash, apiKeyId, expiresAt });
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(now) });
  }

  async deleteByTokenHash(tokenHash: string): Promise<void> {
    await this.sessions.delete({ tokenHash });
  }

  /** The key of an unexpired session whose key is not revoked. */
  async liveKeyByTokenHash(tokenHash: string): Promise<ApiKey | null> {
    const session = await this.sessions
      .createQueryBuilder('ws')
      .innerJoinAndSelect('ws.apiKey', 'k')
      .where('ws.token_hash = :hash', { hash: tokenHash })
      .andWhere('ws.expires_at > now()')
      .andWhere('k.revoked_at IS NULL')
      .getOne();
    return session?.apiKey ?? null;
  }
}
