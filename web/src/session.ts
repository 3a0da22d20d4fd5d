import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Schemas } from './api/client';

export type Session = Schemas['SessionDto'];
export type Role = 'viewer' | 'editor' | 'admin';

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in view');
  return session;
}

/**
 * What the signed-in role may do; controls a role may not use are not shown at all. The server
 * enforces the same rules on every call.
 */
export function useCan(): (role: Role) => boolean {
  const session = useSession();
  return (role) => RANK[session.role as Role] >= RANK[role];
}
