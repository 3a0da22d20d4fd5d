import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/**
 * The typed client: paths, parameters, bodies and answers come from the service's OpenAPI document
 * (bin/build-web.js), so an API change the app does not follow fails the build. The session cookie
 * is sent by the browser; the header marks our own calls (the server refuses cookie-authenticated
 * changes without it).
 */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  headers: { 'X-Requested-With': 'quote-tracker' },
});

/** An error answer of the API, with the server's message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the server's message. */
export async function ok<T>(pending: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (response.ok) return data as T;
  throw new ApiError(response.status, messageOf(error) ?? `${response.status} ${response.statusText}`, error);
}

function messageOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return typeof body === 'string' && body ? body : undefined;
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : undefined;
}

let onSessionLost: () => void = () => undefined;

/** Called when any call answers 401: the session expired or its key was revoked. */
export function whenSessionLost(handler: () => void): void {
  onSessionLost = handler;
}

api.use({
  onResponse({ response, request }) {
    if (response.status === 401 && !request.url.endsWith('/auth/session')) onSessionLost();
    return response;
  },
});
