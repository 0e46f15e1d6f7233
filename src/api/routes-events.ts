import { Hono } from 'hono';
import type { Event } from '../domain/event.js';
import { NotFoundError } from '../errors.js';
import { resolveFilterNames } from '../knowledge/index.js';
import type { SummaryText } from '../store/index.js';
import type { Store } from '../store/store.js';
import type { ApiDeps } from './deps.js';
import { eventFilter } from './event-filter.js';
import { claimsByOrigin, provenanceGraph } from './event-view.js';
import { parseWith } from './parse.js';
import {
  DEFAULT_CLAIMS,
  EventClaimsQuery,
  EventsQuery,
  IdParam,
  SourceName,
  SourcesQuery,
} from './schemas.js';
import { type SourceRecord, sourceRecords, sourceRecordsOfTally } from './source-records.js';

/**
 * Reads one event with a page of its claims (in its order: publication date, document), those claims
 * grouped by origin and their provenance graph, or throws `not_found`. Status, grade, origins and
 * timeline are the whole event's; `claimsPage.total` says how many claims it holds in all.
 */
export async function eventDetail(
  deps: Pick<ApiDeps, 'store'>,
  id: string,
  page: EventClaimsQuery = { claimsOffset: 0, claimsLimit: DEFAULT_CLAIMS },
) {
  const whole = await deps.store.getEvent(id);
  if (whole === null) throw new NotFoundError(`no event ${id}`);
  const { claimsOffset: offset, claimsLimit: limit } = page;
  const event = { ...whole, claims: whole.claims.slice(offset, offset + limit) };
  return {
    event,
    claimsPage: { offset, limit, total: whole.claims.length },
    claimsByOrigin: claimsByOrigin(event),
    graph: provenanceGraph(event),
  };
}

const JSON_TYPE = 'application/json';

/**
 * A JSON object of `fields` whose first key holds `items`, JSON texts the store wrote: spliced in as they
 * are, since parsing a page of them only to serialise it again took a third of the request.
 */
function withJsonItems(key: string, items: readonly SummaryText[], fields: Record<string, unknown>): string {
  return `{${JSON.stringify(key)}:[${items.join(',')}],${JSON.stringify(fields).slice(1)}`;
}

// A page's total is counted this far past the page's end at most: an exact count walks every match,
// which at 100,000 events cost more than the page itself.
const COUNT_AHEAD = 1000;

/**
 * The track record reads this many events at most, newest first, so that one request stays bounded
 * whatever the store's size (about 100 ms of server time at 100,000 documents); the sources page says so.
 */
export const SOURCE_WINDOW = 5000;

/** Reads the newest events, up to the window, for the sources' track record. */
async function recentEvents(store: Store): Promise<Event[]> {
  const all: Event[] = [];
  for (let offset = 0; offset < SOURCE_WINDOW; offset += 1000) {
    // Only the events are used, so the count stops at once.
    const limit = Math.min(1000, SOURCE_WINDOW - offset);
    const listing = await store.listEvents(eventFilter({ offset, limit }), { countUpTo: 0 });
    all.push(...listing.events);
    if (listing.events.length < limit) break;
  }
  return all;
}

/** The track record of the sources named in the newest events, most events first. */
export async function sourceTrackRecord(deps: Pick<ApiDeps, 'store'>): Promise<SourceRecord[]> {
  return sourceRecordsOfTally(await deps.store.sourceTally(SOURCE_WINDOW));
}

/** One source's track record and the newest events it speaks to, or throws `not_found`. */
export async function sourceDetail(
  deps: Pick<ApiDeps, 'store'>,
  name: string,
): Promise<{ record: SourceRecord; events: Event[] }> {
  const speaks = (event: Event) =>
    event.claims.some((c) => (c.source ?? c.outlet) === name) || event.origins.some((o) => o.name === name);
  const events = (await recentEvents(deps.store)).filter(speaks);
  const record = sourceRecords(events).find((r) => r.name === name);
  if (record === undefined) throw new NotFoundError(`no source ${name} in the newest events`);
  return { record, events };
}

/** The JSON endpoints over merged events and the sources behind them. */
export function eventRoutes(deps: ApiDeps): Hono {
  return new Hono()
    .get('/events', async (c) => {
      const filter = resolveFilterNames(parseWith(EventsQuery, c.req.query(), 'query'));
      const listing = await deps.store.listEventSummaries(filter, {
        countUpTo: filter.offset + filter.limit + COUNT_AHEAD,
      });
      const { limit, offset } = filter;
      const rest = { limit, offset, total: listing.total, totalExact: listing.totalExact };
      return c.body(withJsonItems('events', listing.events, rest), 200, { 'Content-Type': JSON_TYPE });
    })
    .get('/events/:id', async (c) => {
      const id = parseWith(IdParam, c.req.param('id'), 'event id');
      return c.json(await eventDetail(deps, id, parseWith(EventClaimsQuery, c.req.query(), 'query')));
    })
    .get('/sources', async (c) => {
      const { limit } = parseWith(SourcesQuery, c.req.query(), 'query');
      const records = await sourceTrackRecord(deps);
      return c.json({ sources: records.slice(0, limit) });
    })
    .get('/sources/:name', async (c) => {
      const name = parseWith(SourceName, c.req.param('name'), 'source name');
      return c.json(await sourceDetail(deps, name));
    });
}
