import { parse } from 'cookie';

/** The cookie holding a web session token; httpOnly, so page scripts never see it. */
export const SESSION_COOKIE = 'qt_session';

/**
 * Cookie-authenticated calls that change something must carry this header. Browsers only add custom
 * headers to same-origin fetches, so a form or link on another site cannot act with the editor's
 * session (defence in depth beside SameSite=Strict).
 */
export const SESSION_CSRF_HEADER = 'x-requested-with';

export function sessionTokenOf(cookieHeader: string | string[] | undefined): string | undefined {
  const header = Array.isArray(cookieHeader) ? cookieHeader.join('; ') : cookieHeader;
  if (!header) return undefined;
  return parse(header)[SESSION_COOKIE] || undefined;
}
