import { type Kysely, type Selectable, sql } from 'kysely';
import { assembleEvent } from '../corroborate/event-head.js';
import type { Event, EventClaim, EventFilter } from '../domain/event.js';
import { candidateEvents } from './candidate-events.js';
import { chunks } from './chunks.js';
import { type CompiledQueries, compiledQueries, type QueryDeps } from './compiled-queries.js';
import type { EventCacheView } from './event-cache.js';
import { type ClaimsOf, claimsOf, claimsOfEvents, claimsWhere, type NearQuery } from './event-claims.js';
import { readStoredEvent, type StoredEvent } from './event-data.js';
import { listEventSummaries, listEvents } from './event-list.js';
import type { SummaryText } from './event-summary.js';
import { eventWriter, insertFingerprints, wholeChange } from './event-writes.js';
import type { InsertRows } from './kysely-store.js';
import {
  bandCandidateIds,
  bandCandidates,
  fingerprintOf,
  SignatureCache,
  storedFingerprint,
} from './near-duplicate-lookup.js';
import { parseCount } from './parse-rows.js';
import type { PendingEvents } from './pending-events.js';
import type { Database } from './schema.js';
import type {
  BandCandidate,
  ClaimPage,
  EventChange,
  EventEntry,
  EventPage,
  EventPlacement,
  FingerprintEntry,
  ListEventsOptions,
  StoredFingerprint,
  TimeWindow,
} from './store.js';
import { within } from './transactions.js';

type FingerprintRow = Selectable<Database['document_fingerprints']>;

/** The fingerprint methods of a store: near-duplicate candidates by LSH band, and fingerprints read and saved. */
function fingerprintMethods(db: Kysely<Database>, queries: CompiledQueries, signatures: SignatureCache) {
  return {
    /** Stored fingerprints sharing at least one LSH band with the given bands. */
    async fingerprintsSharingBands(
      bands: readonly string[],
      published: { readonly from: string; readonly to: string } | null = null,
    ): Promise<StoredFingerprint[]> {
      if (bands.length === 0) return [];
      const found = new Map<string, FingerprintRow>();
      const ids = (await bandCandidateIds(db, queries, bands, published)).map((c) => c.document);
      for (const batch of chunks(ids)) {
        const rows = await db
          .selectFrom('document_fingerprints')
          .selectAll()
          .where('document_id', 'in', batch)
          .execute();
        for (const r of rows) found.set(r.document_id, r);
      }
      return [...found.values()]
        .sort((a, b) => (a.document_id < b.document_id ? -1 : a.document_id > b.document_id ? 1 : 0))
        .map(storedFingerprint);
    },

    /** The near-duplicate candidates of these bands with their dates and signatures, by document id. */
    nearDuplicateCandidates(
      bands: readonly string[],
      published: { readonly from: string; readonly to: string } | null,
    ): Promise<BandCandidate[]> {
      return bandCandidates(db, queries, signatures, bands, published);
    },

    /** One document's stored fingerprint, or null. */
    fingerprintOf(document: string): Promise<StoredFingerprint | null> {
      return fingerprintOf(db, document);
    },

    /** Saves a document's fingerprint and its LSH bands; a fingerprint already saved is kept. */
    async saveFingerprint(fp: StoredFingerprint, bands: readonly string[]): Promise<void> {
      await within(db, (trx) => insertFingerprints(trx, [{ fingerprint: fp, bands }]));
    },
  };
}

/**
 * The events, event-claim and fingerprint methods of a store over the shared schema. With `pending`
 * (a transaction's), events' rows are written when `flushEvents` runs, their claims at once.
 */
export function eventMethods(
  db: Kysely<Database>,
  queries: CompiledQueries = compiledQueries(db),
  cache: EventCacheView | null = null,
  pending: PendingEvents | null = null,
  signatures: SignatureCache = new SignatureCache(),
  insertRows: InsertRows | null = null,
) {
  const list: QueryDeps = { db, queries };
  const { flushEvents, write } = eventWriter(db, cache, pending, insertRows);
  const candidates = candidateEvents(db, queries, cache, pending);
  return {
    flushEvents,
    ...fingerprintMethods(db, queries, signatures),

    /** The events of the given blocks (type, phase, actor, target) whose time span meets the window, without their claims. */
    eventsInBlocks(blocks: readonly string[], window: TimeWindow | null = null): Promise<StoredEvent[]> {
      return candidates(blocks, window);
    },

    /** Inserts or replaces whole events (their claims as rows), records where claims were placed and saves fingerprints, in one transaction. */
    saveEvents(
      entries: readonly EventEntry[],
      placements: readonly EventPlacement[],
      fingerprints: readonly FingerprintEntry[] = [],
    ): Promise<void> {
      return write(entries.map(wholeChange), placements, fingerprints);
    },

    /** Writes what merging changed: each event's head and state and its new claims, placements and fingerprints, in one transaction. */
    saveEventChanges(
      changes: readonly EventChange[],
      placements: readonly EventPlacement[],
      fingerprints: readonly FingerprintEntry[] = [],
    ): Promise<void> {
      return write(changes, placements, fingerprints);
    },

    /** Up to `limit` claims of one event near a date, of some outlets or citing one, the earliest first. */
    claimsNear(query: NearQuery): Promise<EventClaim[]> {
      return claimsOf(db, queries, query);
    },

    /** The claims of one event that one origin made or one document carries, in no particular order. */
    claimsOf(id: string, of: ClaimsOf): Promise<EventClaim[]> {
      return claimsWhere(db, id, of);
    },

    /** Every claim of an event, in no particular order. */
    async eventClaims(id: string): Promise<EventClaim[]> {
      return (await claimsOfEvents(db, [id])).get(id) ?? [];
    },

    /** Lists events matching a filter, in the filter's order, with how many match in all (or up to a cap). */
    async listEvents(filter: EventFilter, options?: ListEventsOptions): Promise<EventPage> {
      await flushEvents();
      return listEvents(list, filter, options);
    },

    /** As listEvents, each event's summary instead of the whole event. */
    async listEventSummaries(
      filter: EventFilter,
      options?: ListEventsOptions,
    ): Promise<EventPage<SummaryText>> {
      await flushEvents();
      return listEventSummaries(list, filter, options);
    },

    /** Reads one event, or null when no such id is stored; with `claims`, only that page of its claims. */
    async getEvent(id: string, claims?: ClaimPage): Promise<Event | null> {
      await flushEvents();
      const row = await db.selectFrom('events').select('data').where('id', '=', id).executeTakeFirst();
      if (row === undefined) return null;
      const { head, state } = readStoredEvent(row.data);
      const event = assembleEvent(head, state, (await claimsOfEvents(db, [id])).get(id) ?? []);
      if (claims === undefined) return event;
      return { ...event, claims: event.claims.slice(claims.offset, claims.offset + claims.limit) };
    },

    /** The event a stored claim was merged into, or null. */
    async eventOfClaim(document: string, claim: string): Promise<string | null> {
      const row = await db
        .selectFrom('event_claims')
        .select('event_id')
        .where('document_id', '=', document)
        .where('claim_id', '=', claim)
        .executeTakeFirst();
      return row?.event_id ?? null;
    },

    /** How many events are stored. */
    async countEvents(): Promise<number> {
      await flushEvents();
      const row = await db.selectFrom('events').select(sql<number>`count(*)`.as('n')).executeTakeFirst();
      return parseCount(row?.n);
    },
  };
}
