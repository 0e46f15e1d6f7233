import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { ApiDeps } from './deps.js';
import { extractPool } from './extract-pool.js';
import { writePool } from './write-pool.js';

/** A server listening on a host and port, and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves the app on a host and port (0 picks a free one) and resolves once it listens. */
export function startServer(
  deps: ApiDeps,
  options: { readonly host: string; readonly port: number },
): Promise<RunningServer> {
  // Extraction runs on worker threads unless the caller brought its own extractor.
  const pool = deps.extractor
    ? null
    : extractPool(deps.budgetMs === undefined ? {} : { budgetMs: deps.budgetMs });
  // The name the server listens on is one it answers to; a wildcard address answers to any unless told.
  const hostname = options.host.replace(/^\[|\]$/g, '');
  const wildcard = hostname === '0.0.0.0' || hostname === '::';
  const allowedHosts = [...(deps.allowedHosts ?? (wildcard ? ['*'] : [])), hostname];
  // Posted documents are written on a worker of their own when another thread can open the store;
  // an in-memory SQLite or an in-process PGlite is reachable from this thread only, which writes them.
  const location = deps.store.location;
  const writer =
    deps.writer || location === undefined
      ? null
      : writePool(location, deps.budgetMs === undefined ? {} : { budgetMs: deps.budgetMs });
  const app = createApp({
    ...deps,
    allowedHosts,
    ...(pool ? { extractor: pool.extract, renderPaste: pool.renderPaste } : {}),
    ...(writer ? { writer } : {}),
  });
  const stopWorkers = () => Promise.all([pool?.close(), writer?.close()]);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port: options.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: async () => {
          await new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
          });
          await stopWorkers();
        },
      });
    });
    server.once('error', (error) => {
      void stopWorkers();
      reject(error);
    });
    server.on('clientError', answerClientError);
  });
}

/**
 * Node answers a request it cannot parse (a bad request line, headers too large) on its own, with an empty
 * body; this answers as every other error does, with a JSON body.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // As Node's own handler: a reset or timed-out connection, or one already answering, is only closed.
  const answering = (socket as Duplex & { _httpMessage?: unknown })._httpMessage;
  if (!socket.writable || answering || !error.code?.startsWith('HPE_')) {
    socket.destroy();
    return;
  }
  const [status, text, code] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'too_large']
      : [400, 'Bad Request', 'invalid_argument'];
  const message = status === 431 ? 'the request headers are too large' : 'the request is not valid HTTP';
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
