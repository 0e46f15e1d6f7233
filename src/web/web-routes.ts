import { Hono } from 'hono';
import { z } from 'zod';
import type { ApiDeps } from '../api/deps.js';
import { entityDetail } from '../api/entity-detail.js';
import { eventFilter } from '../api/event-filter.js';
import { parseWith } from '../api/parse.js';
import { eventDetail, SOURCE_WINDOW, sourceDetail, sourceTrackRecord } from '../api/routes-events.js';
import {
  DocumentIdParam,
  DocumentsQuery,
  EntitiesQuery,
  EventClaimsQuery,
  EventsQuery,
  IdParam,
  SourceName,
} from '../api/schemas.js';
import { defaultReliability } from '../corroborate/index.js';
import type { EventClaim } from '../domain/event.js';
import { NotFoundError } from '../errors.js';
import { resolveFilterNames } from '../knowledge/index.js';
import { parseSummaries } from '../store/index.js';
import type { Store } from '../store/store.js';
import { assetRoutes } from './assets.js';
import { correctionWebRoutes } from './corrections-routes.js';
import { claimCorrection, correctionsSection } from './corrections-ui.js';
import { entityEvents } from './entity-events.js';
import type { SafeHtml } from './html.js';
import { namer } from './names.js';
import { documentPage, filteredEventsLink } from './pages/document.js';
import { documentsPage } from './pages/documents.js';
import { entitiesPage, entityPage } from './pages/entities.js';
import { eventPage } from './pages/event.js';
import { eventsPage } from './pages/events.js';
import { type OverviewData, overviewPage, statusChanges } from './pages/overview.js';
import { searchPage } from './pages/search.js';
import { sourcePage } from './pages/source.js';
import { sourcesPage } from './pages/sources.js';
import { pasteRoutes } from './paste-routes.js';
import { searchAll } from './search-data.js';
import { groupSources } from './source-groups.js';

// An empty form field means "not set": the same as leaving it out of the URL.
const withoutEmpty = (query: Record<string, string>) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));

// The origin whose claims alone an event page shows, as the event names it.
const OriginParam = z.string().min(1).max(300).optional();

const ClaimParam = z
  .string()
  .regex(/^[\w-]{1,50}$/)
  .optional();

/** The overview's data: the store's counters, event counts by status and type, and the newest events' changes. */
async function overviewData(store: Store): Promise<OverviewData> {
  const summary = await store.summary();
  // The newest 50 are enough for the last ten changes of status; their count would walk every event.
  const newest = await store.listEvents(eventFilter({ limit: 50 }), { countUpTo: 0 });
  const counts = await store.eventCounts();
  return {
    summary,
    weeks: await store.claimsPerWeek(),
    events: {
      total: counts.total,
      byStatus: counts.byStatus,
      byType: counts.byType,
      changes: statusChanges(newest.events, 10),
    },
  };
}

/** The event each claim of a document was merged into, by claim id. */
async function eventsOfClaims(
  store: Store,
  document: string,
  claims: readonly string[],
): Promise<Map<string, string>> {
  const events = new Map<string, string>();
  for (const claim of claims) {
    const event = await store.eventOfClaim(document, claim);
    if (event !== null) events.set(claim, event);
  }
  return events;
}

/** The analyst's server-rendered pages and their assets. */
export function webRoutes(deps: ApiDeps): Hono {
  const { store } = deps;
  const name = namer(deps.knowledge);
  const reliability = defaultReliability(deps.knowledge);
  const send = (markup: SafeHtml) => markup.value;
  return new Hono()
    .route('/', assetRoutes())
    .route('/', pasteRoutes(deps))
    .route('/', correctionWebRoutes(deps))
    .get('/', async (c) => c.html(send(overviewPage(await overviewData(store), name))))
    .get('/documents', async (c) => {
      const { limit, offset, ...filters } = parseWith(DocumentsQuery, withoutEmpty(c.req.query()), 'query');
      const documents = await store.listDocuments({ limit, offset, ...filters, claimType: filters.type });
      return c.html(send(documentsPage(documents, filters, { limit, offset })));
    })
    .get('/documents/:id', async (c) =>
      c.html(send(await documentView(store, c.req.param('id'), c.req.query('claim')))),
    )
    .get('/entities', async (c) => {
      const q = parseWith(EntitiesQuery, withoutEmpty(c.req.query()), 'query');
      const { kind, limit, offset } = q;
      const entities = await store.listEntities(
        kind === undefined ? { limit, offset } : { kind, limit, offset },
      );
      return c.html(send(entitiesPage(entities, kind, { limit, offset })));
    })
    .get('/entities/:id', async (c) => {
      const id = parseWith(IdParam, c.req.param('id'), 'entity id');
      const detail = await entityDetail(deps, id);
      return c.html(send(entityPage(detail, await entityEvents(store, detail), name)));
    })
    .get('/search', async (c) => {
      const q = (c.req.query('q') ?? '').trim().slice(0, 500);
      const results = q === '' ? null : await searchAll(store, deps.knowledge, q);
      return c.html(send(searchPage(q, results, name)));
    })
    .get('/events', async (c) => {
      const q = parseWith(EventsQuery, withoutEmpty(c.req.query()), 'query');
      const listing = await store.listEventSummaries(resolveFilterNames(q));
      return c.html(send(eventsPage(q, parseSummaries(listing.events), listing.total, name)));
    })
    .get('/events/:id', async (c) =>
      c.html(
        send(
          await eventView(
            deps,
            { name, reliability },
            c.req.param('id'),
            c.req.query('origin'),
            c.req.query(),
          ),
        ),
      ),
    )
    .get('/sources', async (c) =>
      c.html(
        send(sourcesPage(groupSources(deps.knowledge, await sourceTrackRecord(deps)), SOURCE_WINDOW, name)),
      ),
    )
    .get('/sources/:name', async (c) => {
      const { record, events } = await sourceDetail(
        deps,
        parseWith(SourceName, c.req.param('name'), 'source name'),
      );
      return c.html(send(sourcePage(record, events, name)));
    });
}

/** A document's page, each claim linked to the event it went into (or to the events it would match). */
async function documentView(
  store: ApiDeps['store'],
  rawId: string,
  rawClaim: string | undefined,
): Promise<SafeHtml> {
  const id = parseWith(DocumentIdParam, rawId, 'document id');
  const claim = parseWith(ClaimParam, rawClaim, 'claim');
  const doc = await store.getDocument(id);
  if (doc === null) throw new NotFoundError(`no document ${id}`);
  const events = await eventsOfClaims(
    store,
    id,
    doc.extraction.claims.map((cl) => cl.id),
  );
  const eventHref = (cl: (typeof doc.extraction.claims)[number]) => {
    const event = events.get(cl.id);
    return event === undefined ? filteredEventsLink(cl) : `/events/${encodeURIComponent(event)}`;
  };
  return documentPage(doc, { currentClaim: claim, eventHref });
}

/** An event's page: its claims by origin, a page of them at a time, with the corrections on it. */
async function eventView(
  deps: ApiDeps,
  look: {
    readonly name: ReturnType<typeof namer>;
    readonly reliability: ReturnType<typeof defaultReliability>;
  },
  rawId: string,
  rawOrigin: string | undefined,
  query: Record<string, string>,
): Promise<SafeHtml> {
  const { name, reliability } = look;
  const id = parseWith(IdParam, rawId, 'event id');
  const origin = parseWith(OriginParam, rawOrigin, 'origin');
  const { origin: _origin, ...pageQuery } = withoutEmpty(query);
  const detail = await eventDetail(deps, id, parseWith(EventClaimsQuery, pageQuery, 'query'));
  const { offset, limit, total } = detail.claimsPage;
  const more =
    offset + limit < total
      ? { shown: detail.event.claims.length, offset, total, next: offset + limit }
      : null;
  const corrections = {
    event: detail.event,
    history: await deps.store.eventHistory(id),
    needsToken: deps.token !== undefined,
  };
  const extras = {
    claimActions: (claim: EventClaim) => claimCorrection(corrections, claim),
    history: correctionsSection(corrections),
  };
  return eventPage(detail.event, detail.claimsByOrigin, { name, reliability, origin, extras, more });
}
