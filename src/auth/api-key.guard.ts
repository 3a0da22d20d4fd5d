import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiRole } from './api-key.entity';
import { AuthenticatedRequest, RequestAuthenticator } from './request-authenticator';
import { PUBLIC_ROUTE, REQUIRED_ROLE, roleAllows } from './roles';

/**
 * Every route needs a key unless marked @Public. A route without @RequireRole needs viewer to read
 * and editor to change anything.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = await this.authenticator.authenticate(request);
    const required =
      this.reflector.getAllAndOverride<ApiRole>(REQUIRED_ROLE, targets) ?? (['GET', 'HEAD'].includes(request.method) ? 'viewer' : 'editor');
    if (!roleAllows(key.role, required)) throw new ForbiddenException(`this call needs the ${required} role; the key has ${key.role}`);
    return true;
  }
}
