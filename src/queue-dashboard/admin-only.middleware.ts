import type { NextFunction, Request, Response } from 'express';
import { RequestAuthenticator } from '../auth/request-authenticator';

/**
 * The dashboard can retry and delete jobs, so it takes an admin: a Bearer key, or the web app's
 * session cookie (sign in at /admin). A key is never taken from the URL, where it would land in logs
 * and browser history. A browser without a session is sent to the sign-in page.
 */
export function adminOnlyMiddleware(authenticator: RequestAuthenticator) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = await authenticator.authenticate(req).catch(() => null);
    if (!key) {
      if (req.method === 'GET' && req.accepts(['json', 'html']) === 'html') return void res.redirect(302, '/admin/#/queues');
      return void res.status(401).json({ statusCode: 401, message: 'an admin API key or an admin session (sign in at /admin) is required' });
    }
    if (key.role !== 'admin') return void res.status(403).json({ statusCode: 403, message: 'the queue dashboard needs the admin role' });
    next();
  };
}
