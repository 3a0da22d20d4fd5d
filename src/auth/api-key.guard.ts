import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKey, ApiRole } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { PUBLIC_ROUTE, REQUIRED_ROLE, roleAllows } from './roles';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  method: string;
  apiKey?: ApiKey;
}

/**
 * Every route needs a key unless marked @Public. A route without @RequireRole needs viewer to read
 * and editor to change anything.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = await authenticate(request, this.keys);
    const required =
      this.reflector.getAllAndOverride<ApiRole>(REQUIRED_ROLE, targets) ?? (['GET', 'HEAD'].includes(request.method) ? 'viewer' : 'editor');
    if (!roleAllows(key.role, required)) throw new ForbiddenException(`this call needs the ${required} role; the key has ${key.role}`);
    return true;
  }
}

export async function authenticate(request: AuthenticatedRequest, keys: ApiKeysService): Promise<ApiKey> {
  const header = request.headers['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  if (!match) throw new UnauthorizedException('an API key is required: send Authorization: Bearer KEY');
  const key = await keys.verify(match[1]);
  if (!key) throw new UnauthorizedException('the API key is unknown or revoked');
  request.apiKey = key;
  return key;
}
