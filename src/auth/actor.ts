import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { AuthenticatedRequest } from './request-authenticator';

/** Who made a change: the API key that authenticated the call, by id and by name as it was then. */
export interface Actor {
  keyId: string;
  name: string;
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const key = context.switchToHttp().getRequest<AuthenticatedRequest>().apiKey;
  if (!key) throw new UnauthorizedException('an API key is required');
  return { keyId: key.id, name: key.name };
});
