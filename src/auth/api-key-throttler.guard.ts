import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { sha256 } from '../common/hash';

/** Rate limits count per API key (per address for calls without one). */
@Injectable()
export class ApiKeyThrottlerGuard extends ThrottlerGuard {
  protected async getTracker(req: Record<string, any>): Promise<string> {
    const auth: string | undefined = req.headers?.authorization;
    if (auth) return `key:${sha256(auth).slice(0, 32)}`;
    return `ip:${req.ip ?? 'unknown'}`;
  }
}
