import { Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { sha256 } from '../common/hash';
import { ApiKey } from './api-key.entity';
import { WebSessionRepository } from './web-session.repository';

/** A working day: editors sign in again the next morning. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

@Injectable()
export class WebSessionsService {
  constructor(private readonly sessions: WebSessionRepository) {}

  /** Opens a session for a verified key; the returned token goes into the cookie and is not stored. */
  async open(key: ApiKey): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    await this.sessions.insert(sha256(token), key.id, expiresAt);
    // Sign-ins are rare, so expired rows are cleared here rather than by a timer.
    await this.sessions.deleteExpired(new Date());
    return { token, expiresAt };
  }

  /** The live key behind a session token: null when the session is unknown, expired, or its key revoked. */
  keyFor(token: string): Promise<ApiKey | null> {
    return this.sessions.liveKeyByTokenHash(sha256(token));
  }

  async close(token: string): Promise<void> {
    await this.sessions.deleteByTokenHash(sha256(token));
  }
}
