import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'crypto';
import { LessThan, Repository } from 'typeorm';
import { sha256 } from '../common/hash';
import { ApiKey } from './api-key.entity';
import { WebSession } from './web-session.entity';

/** A working day: editors sign in again the next morning. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

@Injectable()
export class WebSessionsService {
  constructor(@InjectRepository(WebSession) private readonly sessions: Repository<WebSession>) {}

  /** Opens a session for a verified key; the returned token goes into the cookie and is not stored. */
  async open(key: ApiKey): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    await this.sessions.insert({ tokenHash: sha256(token), apiKeyId: key.id, expiresAt });
    // Sign-ins are rare, so expired rows are cleared here rather than by a timer.
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
    return { token, expiresAt };
  }

  /** The live key behind a session token: null when the session is unknown, expired, or its key revoked. */
  async keyFor(token: string): Promise<ApiKey | null> {
    const session = await this.sessions
      .createQueryBuilder('ws')
      .innerJoinAndSelect('ws.apiKey', 'k')
      .where('ws.token_hash = :hash', { hash: sha256(token) })
      .andWhere('ws.expires_at > now()')
      .andWhere('k.revoked_at IS NULL')
      .getOne();
    return session?.apiKey ?? null;
  }

  async close(token: string): Promise<void> {
    await this.sessions.delete({ tokenHash: sha256(token) });
  }
}
