import type { MiddlewareHandler } from 'hono';

interface Entry {
  readonly at: number;
  readonly body: ArrayBuffer;
  readonly type: string;
}

// Enough for every page and query a few analysts have open; the oldest entry goes first past it.
const MAX_ENTRIES = 1000;

/**
 * Keeps successful GET responses for `ttlMs` so a burst of analysts reading the same pages does not
 * re-run the same queries; any write through this server empties it, and writes from elsewhere (the CLI)
 * show once the entries expire. A ttl of 0 turns it off.
 */
export function responseCache(
  ttlMs: number,
  clock: () => number = () => performance.now(),
): MiddlewareHandler {
  const entries = new Map<string, Entry>();
  // Counts the writes: a GET read before a write committed (the write worker stores while reads go on)
  // and finished after it is not kept, or it would serve the old data until it expired.
  let writes = 0;
  return async (c, next) => {
    if (ttlMs <= 0) return next();
    if (c.req.method !== 'GET') {
      await next();
      // A 4xx wrote nothing; a 5xx may have failed after its write committed.
      if (c.res.status < 400 || c.res.status >= 500) {
        entries.clear();
        writes += 1;
      }
      return;
    }
    const before = writes;
    const key = c.req.url;
    const hit = entries.get(key);
    if (hit !== undefined && clock() - hit.at < ttlMs) {
      return c.body(hit.body, 200, { 'Content-Type': hit.type, 'X-Cache': 'hit' });
    }
    entries.delete(key);
    await next();
    if (c.res.status !== 200 || writes !== before) return;
    const body = await c.res.clone().arrayBuffer();
    if (writes !== before) return;
    if (entries.size >= MAX_ENTRIES) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    entries.set(key, {
      at: clock(),
      body,
      type: c.res.headers.get('Content-Type') ?? 'application/octet-stream',
    });
  };
}
