import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { sha256 } from '../common/hash';
import { sessionTokenOf } from './session-cookie';

/** Rate limits count per API key or web session (per address for calls with neither). */
@Injectable()
export class ApiKeyThrottlerGuard extends ThrottlerGuard {
  protected async getTracker(req: Record<string, any>): Promise<string> {
    const auth: string | undefined = req.headers?.authorization;
    if (auth) return `key:${sha256(auth).slice(0, 32)}`;
    const session = sessionTokenOf(req.headers?.cookie);
    if (session) return `session:${sha256(session).slice(0, 32)}`;
    return `ip:${req.ip ?? 'unknown'}`;
  }
}
