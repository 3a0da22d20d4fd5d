import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { createHash } from 'crypto';

/** Rate limits count per API key (per address for calls without one). */
@Injectable()
export class ApiKeyThrottlerGuard extends ThrottlerGuard {
  protected async getTracker(req: Record<string, any>): Promise<string> {
    const auth: string | undefined = req.headers?.authorization;
    if (auth) return `key:${createHash('sha256').update(auth).digest('hex').slice(0, 32)}`;
    return `ip:${req.ip ?? 'unknown'}`;
  }
}
