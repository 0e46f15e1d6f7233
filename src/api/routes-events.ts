import { Hono } from 'hono';
import type { Event } from '../domain/event.js';
import { NotFoundError, StoreUnavailableError } from '../errors.js';
import type { ApiDeps } from './deps.js';
import { claimsByOrigin, provenanceGraph } from './event-view.js';
import { type EventReader, eventFilter, eventReader } from './event-reader.js';
import { parseWith } from './parse.js';
import { EventsQuery, IdParam, SourcesQuery } from './schemas.js';
import { sourceRecords } from './source-records.js';

/** The events methods of the store, or `store_unavailable` when this store has none. */
export function requireEvents(deps: Pick<ApiDeps, 'store'>): EventReader {
  const events = eventReader(deps.store);
  if (events === null) throw new StoreUnavailableError('this store does not merge events yet');
  return events;
}

/** Reads one event with its claims grouped by origin and its provenance graph, or throws `not_found`. */
export async function eventDetail(deps: Pick<ApiDeps, 'store'>, id: string) {
  const event = await requireEvents(deps).getEvent(id);
  if (event === null) throw new NotFoundError(`no event ${id}`);
  return { event, claimsByOrigin: claimsByOrigin(event), graph: provenanceGraph(event) };
}

// The track record reads this many events at most, newest first, so one request stays bounded.
const SOURCE_SCAN_PAGES = 10;

/** Reads the newest events, up to the scan limit, for the sources' track record. */
async function recentEvents(events: EventReader): Promise<Event[]> {
  const all: Event[] = [];
  for (let page = 0; page < SOURCE_SCAN_PAGES; page += 1) {
    const listing = await events.listEvents(eventFilter({ offset: page * 1000 }));
    all.push(...listing.events);
    if (listing.events.length < 1000) break;
  }
  return all;
}

/** The JSON endpoints over merged events and the sources behind them. */
export function eventRoutes(deps: ApiDeps): Hono {
  return new Hono()
    .get('/events', async (c) => {
      const filter = parseWith(EventsQuery, c.req.query(), 'query');
      const listing = await requireEvents(deps).listEvents(filter);
      return c.json({ events: listing.events, limit: filter.limit, offset: filter.offset, total: listing.total });
    })
    .get('/events/:id', async (c) => {
      const id = parseWith(IdParam, c.req.param('id'), 'event id');
      return c.json(await eventDetail(deps, id));
    })
    .get('/sources', async (c) => {
      const { limit } = parseWith(SourcesQuery, c.req.query(), 'query');
      const records = sourceRecords(await recentEvents(requireEvents(deps)));
      return c.json({ sources: records.slice(0, limit) });
    });
}
