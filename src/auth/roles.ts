import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiRole } from './api-key.entity';

export const REQUIRED_ROLE = 'requiredRole';
export const PUBLIC_ROUTE = 'publicRoute';

const RANK: Record<ApiRole, number> = { viewer: 1, editor: 2, admin: 3 };

export function roleAllows(held: ApiRole, required: ApiRole): boolean {
  return RANK[held] >= RANK[required];
}

/** The least role a caller's key must have; higher roles include lower ones (admin ⊃ editor ⊃ viewer). */
export function RequireRole(role: ApiRole) {
  return applyDecorators(
    SetMetadata(REQUIRED_ROLE, role),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid API key' }),
    ApiForbiddenResponse({ description: `Needs the ${role} role or higher` }),
  );
}

/** Reachable without a key. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
