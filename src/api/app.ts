import { readFileSync } from 'node:fs';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CorroborateError, describeError } from '../errors.js';
import { errorPage, webRoutes } from '../web/index.js';
import { type ApiDeps, DEFAULT_MAX_BODY_BYTES } from './deps.js';
import { openApiDocument } from './openapi.js';
import { responseCache } from './response-cache.js';
import { correctionRoutes } from './routes-corrections.js';
import { documentRoutes } from './routes-documents.js';
import { eventRoutes } from './routes-events.js';
import { exportRoutes } from './routes-export.js';
import { hostGuard, securityHeaders, writeGuard } from './security.js';

/** The JSON body of every API error: a stable code and a message a person can act on. */
export function errorBody(error: unknown): {
  status: ContentfulStatusCode;
  body: { error: { code: string; message: string } };
} {
  const { code, message, http } = describeError(error);
  // An unexpected failure's message may describe the server's insides; the client gets the code alone.
  const shown = code === 'internal' ? 'internal error' : message;
  return { status: http as ContentfulStatusCode, body: { error: { code, message: shown } } };
}

function packageVersion(): string {
  const raw: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof raw === 'object' && raw !== null && 'version' in raw && typeof raw.version === 'string'
    ? raw.version
    : '0.0.0';
}

const isApi = (c: Context) => c.req.path === '/api' || c.req.path.startsWith('/api/');

/** Builds the whole HTTP app: the JSON API under /api, the OpenAPI document and the analyst's web pages. */
export function createApp(deps: ApiDeps): Hono {
  const app = new Hono();
  const openapi = openApiDocument(packageVersion());
  app.use('*', securityHeaders);
  app.use('*', hostGuard(deps.allowedHosts ?? []));
  app.use('*', writeGuard(deps.token));
  const limitBody = bodyLimit({
    maxSize: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    onError: () => {
      throw new CorroborateError(
        'too_large',
        `request bodies are limited to ${deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes`,
      );
    },
  });
  // A GET or HEAD has no body to limit; asking for one makes the Node adapter build a full Request.
  app.use('*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );
  app.use('*', responseCache(deps.cacheMs ?? 0));
  app.get('/api/openapi.json', (c) => c.json(openapi));
  app.route('/api', documentRoutes(deps));
  app.route('/api', eventRoutes(deps));
  app.route('/api', exportRoutes(deps));
  app.route('/api', correctionRoutes(deps));
  app.route('/', webRoutes(deps));
  app.notFound((c) => {
    const error = new CorroborateError('not_found', `no page ${c.req.path}`);
    const { status, body } = errorBody(error);
    if (isApi(c)) return c.json(body, status);
    return c.html(errorPage(status, body.error.code, body.error.message).value, status);
  });
  app.onError((error, c) => {
    const { status, body } = errorBody(error);
    if (isApi(c)) return c.json(body, status);
    return c.html(errorPage(status, body.error.code, body.error.message).value, status);
  });
  return app;
}
