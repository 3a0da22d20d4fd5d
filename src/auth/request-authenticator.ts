import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { SESSION_CSRF_HEADER, sessionTokenOf } from './session-cookie';
import { WebSessionsService } from './web-sessions.service';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  method: string;
  apiKey?: ApiKey;
}

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** Finds the API key behind a request: an `Authorization: Bearer` key, or the web app's session cookie. */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly sessions: WebSessionsService,
  ) {}

  async authenticate(request: AuthenticatedRequest): Promise<ApiKey> {
    const header = request.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    if (value) {
      const match = /^Bearer\s+(\S+)$/i.exec(value);
      if (!match) throw new UnauthorizedException('an API key is required: send Authorization: Bearer KEY');
      const key = await this.keys.verify(match[1]);
      if (!key) throw new UnauthorizedException('the API key is unknown or revoked');
      return (request.apiKey = key);
    }
    const token = sessionTokenOf(request.headers['cookie']);
    if (!token) throw new UnauthorizedException('an API key is required: send Authorization: Bearer KEY, or sign in at /admin');
    const key = await this.sessions.keyFor(token);
    if (!key) throw new UnauthorizedException('the session has expired or its key was revoked: sign in again');
    if (!SAFE_METHODS.includes(request.method) && !request.headers[SESSION_CSRF_HEADER]) {
      throw new ForbiddenException(`a change made with a session cookie must carry the ${SESSION_CSRF_HEADER} header`);
    }
    return (request.apiKey = key);
  }
}
