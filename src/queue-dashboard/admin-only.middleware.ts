import type { NextFunction, Request, Response } from 'express';
import { ApiKeysService } from '../auth/api-keys.service';

const COOKIE = 'qt_dashboard_key';

/**
 * The dashboard can retry and delete jobs, so it takes an admin key: as a Bearer header, or once
 * as ?key=… in a browser, which then keeps it in an HTTP-only cookie for the dashboard's own requests.
 */
export function adminOnlyMiddleware(keys: ApiKeysService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const fromQuery = typeof req.query.key === 'string' ? req.query.key : undefined;
    const fromCookie = readCookie(req.headers.cookie, COOKIE);
    const presented = bearer ?? fromQuery ?? fromCookie;
    const key = presented ? await keys.verify(presented).catch(() => null) : null;
    if (!key) return void res.status(401).json({ statusCode: 401, message: 'an admin API key is required' });
    if (key.role !== 'admin') return void res.status(403).json({ statusCode: 403, message: 'the queue dashboard needs the admin role' });
    if (fromQuery) res.cookie(COOKIE, fromQuery, { httpOnly: true, sameSite: 'strict', path: '/admin/queues' });
    next();
  };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}
