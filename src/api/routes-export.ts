import { Hono } from 'hono';
import { z } from 'zod';
import { ExportFormat, exportEvents, exportExtensions, exportMediaTypes } from '../exchange/index.js';
import { resolveFilterNames } from '../knowledge/index.js';
import type { ApiDeps } from './deps.js';
import { parseWith } from './parse.js';
import { EventsQuery } from './schemas.js';

/** Query of `GET /api/export`: a format and the events list's filters; every match unless `limit` caps it. */
export const ExportQuery = EventsQuery.omit({ limit: true, offset: true }).extend({
  format: ExportFormat,
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
});

/** The export endpoint: events as CSV, JSON Lines, a STIX 2.1 bundle or MISP events, for other tools. */
export function exportRoutes(deps: ApiDeps): Hono {
  return new Hono().get('/export', async (c) => {
    const { format, limit, ...fields } = parseWith(ExportQuery, c.req.query(), 'query');
    const filter = resolveFilterNames(
      Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    );
    const chunks: string[] = [];
    await exportEvents(format, limit === undefined ? filter : { ...filter, max: limit }, {
      store: deps.store,
      now: deps.now,
      write: (chunk) => void chunks.push(chunk),
    });
    return c.body(chunks.join(''), 200, {
      'Content-Type': exportMediaTypes[format],
      'Content-Disposition': `attachment; filename="corroborate-events.${exportExtensions[format]}"`,
    });
  });
}
