import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { CorroborateError } from '../errors.js';

/** The Content-Security-Policy of every response: scripts and styles only from this server, no inline script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Sets the CSP and the other security headers on every response. They are set before the handler runs:
 * a header set on a finished response makes Hono copy it into a streamed one, which cost every request
 * more than its handler (the error and not-found handlers build their responses on the same headers).
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'same-origin');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
  await next();
};

/** Whether a token given with a request is the server's, compared in constant time. */
export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a host name or address is the loopback interface, where a server needs no token to accept writes. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * Guards requests that change or compute on the server: another site's page may not send them, and when a
 * token is set they must carry it as `Authorization: Bearer TOKEN`.
 */
export function writeGuard(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    // A browser says where a request comes from; a form or fetch from another site must not reach the store.
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    const crossSite =
      site !== undefined
        ? site !== 'same-origin' && site !== 'none'
        : origin !== undefined && host !== undefined && !sameHost(origin, host);
    if (crossSite) throw new CorroborateError('forbidden', 'cross-site requests may not write');
    if (token !== undefined && c.req.path.startsWith('/api/')) {
      const auth = c.req.header('authorization') ?? '';
      const given = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
      if (given === undefined || !sameToken(given, token)) {
        throw new CorroborateError('unauthorized', 'writing needs the token: Authorization: Bearer TOKEN');
      }
    }
    return next();
  };
}

/**
 * Answers only requests whose Host is a loopback name or one of `allowed` ("*" allows any): a page on
 * another site whose name was rebound to 127.0.0.1 sends its own name, and is refused (DNS rebinding).
 */
export function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map((h) => h.toLowerCase().replace(/^\[|\]$/g, '')));
  const any = names.has('*');
  return async (c, next) => {
    if (any) return next();
    const hostname = new URL(c.req.url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
    if (!isLoopback(hostname) && !names.has(hostname))
      throw new CorroborateError(
        'forbidden',
        `the host name ${hostname} is not served here; start serve with --allowed-hosts ${hostname} to allow it`,
      );
    return next();
  };
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
