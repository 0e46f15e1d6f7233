import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A handler for one path of the local server. */
export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** A local HTTP server started by a test, with routes it may change between requests, and what it was asked. */
export interface LocalServer {
  readonly url: string;
  readonly routes: Map<string, Route>;
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/** Starts a server on a free loopback port; unknown paths answer 404. */
export async function startLocalServer(): Promise<LocalServer> {
  const routes = new Map<string, Route>();
  const requests: LocalServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = routes.get(path.split('?')[0] ?? path);
    if (route === undefined) {
      response.writeHead(404).end('not here');
      return;
    }
    void Promise.resolve(route(request, response)).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering a fixed body with a content type and extra headers. */
export function answer(
  body: string,
  type = 'text/html; charset=utf-8',
  headers: Record<string, string> = {},
): Route {
  return (_request, response) => {
    response.writeHead(200, { 'Content-Type': type, ...headers }).end(body);
  };
}
