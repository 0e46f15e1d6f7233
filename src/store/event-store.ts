import { type Kysely, type Selectable, sql } from 'kysely';
import { assembleEvent } from '../corroborate/event-head.js';
import { enterStage } from '../corroborate/stage-clock.js';
import { headOf, stateOfEvent } from '../corroborate/stored-event.js';
import type { Event, EventClaim, EventFilter } from '../domain/event.js';
import { type CompiledQueries, compiledQueries, type QueryDeps } from './compiled-queries.js';
import type { EventCacheView } from './event-cache.js';
import {
  CLAIM_COLUMNS,
  CLAIM_UPSERT,
  type ClaimsOf,
  claimRow,
  claimsOf,
  claimsOfEvents,
  claimsWhere,
  type NearQuery,
  writeClaims,
} from './event-claims.js';
import { eventData, readStoredEvent, type StoredEvent } from './event-data.js';
import { listEventSummaries, listEvents } from './event-list.js';
import { reportSpan, weaponTermsOf } from './event-rows.js';
import { type SummaryText, summaryRowOf } from './event-summary.js';
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

// Keeps each multi-row insert and `in` list well under the databases' limits on bound parameters.
const ROWS_PER_STATEMENT = 500;

function chunks<T>(rows: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

type FingerprintRow = Selectable<Database['document_fingerprints']>;

/** The words an event's weapons are filtered by: each class and each named system, space-delimited. */
export function weaponTerms(event: Pick<Event, 'weapons'>): string {
  const terms = new Set(event.weapons.flatMap((w) => (w.system ? [w.class, w.system] : [w.class])));
  return ` ${[...terms].join(' ')} `;
}

/** The events row of a change: its head's columns, its state's counts and the two as JSON. */
export function eventRow(change: EventChange) {
  const { head, state, block } = change;
  return {
    id: head.id,
    block,
    type: head.type,
    phase: head.phase,
    actor: head.actor,
    target: head.target,
    status: head.status,
    first_reported: head.firstReported,
    last_reported: head.lastReported,
    event_time: head.eventTime,
    event_time_end: head.eventTimeEnd,
    claim_count: state.claims,
    origin_count: head.independentOrigins,
    weapon_terms: weaponTerms(head),
    report_span: reportSpan(head.firstReported, head.lastReported),
    data: eventData(head, state),
  };
}

/** An event saved whole, as the change that writes its head, its state and all its claims. */
function wholeChange(entry: EventEntry): EventChange {
  const { event, block } = entry;
  return { head: headOf(event), state: entry.state ?? stateOfEvent(event), block, claims: event.claims };
}

// The document_fingerprints row of a fingerprint.
function fingerprintRow(fp: StoredFingerprint) {
  return {
    document_id: fp.document,
    published: fp.published,
    outlet: fp.outlet,
    signature: JSON.stringify(fp.signature),
    echo_of: fp.echoOf,
    origin_outlet: fp.originOutlet,
  };
}

// Fingerprints already saved are kept with their bands; the others are inserted in multi-row statements.
async function insertFingerprints(db: Kysely<Database>, entries: readonly FingerprintEntry[]) {
  const inserted = new Set<string>();
  for (const batch of chunks(entries)) {
    const rows = await db
      .insertInto('document_fingerprints')
      .values(batch.map(({ fingerprint: fp }) => fingerprintRow(fp)))
      .onConflict((oc) => oc.column('document_id').doNothing())
      .returning('document_id')
      .execute();
    for (const r of rows) inserted.add(r.document_id);
  }
  const bands = entries.flatMap((e) =>
    inserted.has(e.fingerprint.document)
      ? [...new Set(e.bands)].map((band) => ({
          band,
          document_id: e.fingerprint.document,
          published: e.fingerprint.published,
        }))
      : [],
  );
  for (const batch of chunks(bands)) await db.insertInto('fingerprint_bands').values(batch).execute();
}

// Writes events' heads and states, summaries and weapon terms; returns each event's new row version.
async function writeEventRows(
  trx: Kysely<Database>,
  changes: readonly EventChange[],
): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  for (const batch of chunks(changes.map(eventRow))) {
    const saved = await trx
      .insertInto('events')
      .values(batch.map((row) => ({ ...row, version: 1 })))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          block: eb.ref('excluded.block'),
          phase: eb.ref('excluded.phase'),
          status: eb.ref('excluded.status'),
          first_reported: eb.ref('excluded.first_reported'),
          last_reported: eb.ref('excluded.last_reported'),
          event_time: eb.ref('excluded.event_time'),
          event_time_end: eb.ref('excluded.event_time_end'),
          claim_count: eb.ref('excluded.claim_count'),
          origin_count: eb.ref('excluded.origin_count'),
          weapon_terms: eb.ref('excluded.weapon_terms'),
          report_span: eb.ref('excluded.report_span'),
          data: eb.ref('excluded.data'),
          version: eb(eb.ref('events.version'), '+', 1),
        })),
      )
      .returning(['id', 'version'])
      .execute();
    for (const r of saved) versions.set(r.id, r.version);
  }
  for (const batch of chunks(changes)) {
    await trx
      .insertInto('event_summaries')
      .values(batch.map((c) => summaryRowOf(c.head, c.state)))
      .onConflict((oc) =>
        oc.column('event_id').doUpdateSet((eb) => ({ summary: eb.ref('excluded.summary') })),
      )
      .execute();
  }
  // An event saved again may name other weapons: its terms are replaced with the event.
  for (const batch of chunks(changes)) {
    const ids = batch.map((c) => c.head.id);
    await trx.deleteFrom('event_weapons').where('event_id', 'in', ids).execute();
    const terms = batch.flatMap(({ head }) =>
      weaponTermsOf(head).map((term) => ({ term, event_id: head.id })),
    );
    for (const rows of chunks(terms)) {
      await trx
        .insertInto('event_weapons')
        .values(rows)
        .onConflict((oc) => oc.columns(['term', 'event_id']).doNothing())
        .execute();
    }
  }
  return versions;
}

// What `write` inserts besides the events' rows, by the backend's own row inserts: claims, placements, fingerprints.
function insertMerged(
  insertRows: InsertRows,
  changes: readonly EventChange[],
  placements: readonly EventPlacement[],
  fingerprints: readonly FingerprintEntry[],
): void {
  const claims = changes.flatMap((c) => c.claims.map((claim) => claimRow(c.head.id, claim)));
  insertRows('event_claims', CLAIM_COLUMNS, claims, CLAIM_UPSERT);
  const written = new Set(claims.map((c) => `${c.document_id}#${c.claim_id}`));
  const placed = placements
    .filter((p) => !written.has(`${p.document}#${p.claim}`))
    .map((p) => ({ document_id: p.document, claim_id: p.claim, event_id: p.event }));
  insertRows(
    'event_claims',
    ['document_id', 'claim_id', 'event_id'],
    placed,
    'on conflict (document_id, claim_id) do update set event_id = excluded.event_id',
  );
  const inserted = insertRows(
    'document_fingerprints',
    ['document_id', 'published', 'outlet', 'signature', 'echo_of', 'origin_outlet'],
    fingerprints.map(({ fingerprint: fp }) => fingerprintRow(fp)),
    'on conflict (document_id) do nothing',
  );
  // The bands of a fingerprint already saved are kept.
  const bands = fingerprints.flatMap((e, i) =>
    inserted[i]
      ? [...new Set(e.bands)].map((band) => ({
          band,
          document_id: e.fingerprint.document,
          published: e.fingerprint.published,
        }))
      : [],
  );
  insertRows('fingerprint_bands', ['band', 'document_id', 'published'], bands);
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
  // Reads the events of these ids and versions, each from the cache when it holds that version.
  const eventsOf = async (rows: readonly { id: string; version: number }[]): Promise<StoredEvent[]> => {
    const found = new Map<string, StoredEvent>();
    const missing: string[] = [];
    for (const { id, version } of rows) {
      const hit = cache?.get(id, version);
      if (hit === undefined) missing.push(id);
      else found.set(id, hit);
    }
    for (const batch of chunks(missing)) {
      const read = await db
        .selectFrom('events')
        .select(['id', 'version', 'data'])
        .where('id', 'in', batch)
        .execute();
      for (const r of read) {
        const event = { id: r.id, ...readStoredEvent(r.data) };
        found.set(r.id, event);
        cache?.set(r.id, r.version, event);
      }
    }
    return rows.flatMap(({ id }) => found.get(id) ?? []);
  };
  // Keeps the versions written in the cache: only once written, as a transaction's cache keeps them apart until it commits.
  const remember = (changes: readonly EventChange[], versions: ReadonlyMap<string, number>) => {
    for (const { head, state } of changes) {
      const version = versions.get(head.id);
      if (version !== undefined) cache?.set(head.id, version, { id: head.id, head, state });
    }
  };
  // Writes the events pending in this transaction.
  const flushEvents = async (): Promise<void> => {
    if (pending === null || pending.size === 0) return;
    const outer = enterStage('SQL writes');
    const changes = pending.take();
    remember(changes, await within(db, (trx) => writeEventRows(trx, changes)));
    enterStage(outer);
  };
  // Writes events' heads and states (or keeps them pending), their new claims' rows, placements and fingerprints.
  const write = async (
    changes: readonly EventChange[],
    placements: readonly EventPlacement[],
    fingerprints: readonly FingerprintEntry[],
  ): Promise<void> => {
    if (changes.length === 0 && placements.length === 0 && fingerprints.length === 0) return;
    let versions = new Map<string, number>();
    await within(db, async (trx) => {
      if (pending === null) versions = await writeEventRows(trx, changes);
      else pending.put(changes);
      if (insertRows !== null) return insertMerged(insertRows, changes, placements, fingerprints);
      await writeClaims(
        trx,
        changes.flatMap((c) => c.claims.map((claim) => ({ event: c.head.id, claim }))),
      );
      // Placements of claims written above are already rows; the others (no claim form) are placed alone.
      const written = new Set(changes.flatMap((c) => c.claims.map((cl) => `${cl.document}#${cl.claim}`)));
      const rows = placements
        .filter((p) => !written.has(`${p.document}#${p.claim}`))
        .map((p) => ({ document_id: p.document, claim_id: p.claim, event_id: p.event }));
      for (const batch of chunks(rows)) {
        await trx
          .insertInto('event_claims')
          .values(batch)
          .onConflict((oc) =>
            oc
              .columns(['document_id', 'claim_id'])
              .doUpdateSet((eb) => ({ event_id: eb.ref('excluded.event_id') })),
          )
          .execute();
      }
      await insertFingerprints(trx, fingerprints);
    });
    remember(changes, versions);
  };
  return {
    flushEvents,

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

    /** The events of the given blocks (type, phase, actor, target) whose time span meets the window, with their claims. */
    async eventsInBlocks(
      blocks: readonly string[],
      window: TimeWindow | null = null,
    ): Promise<StoredEvent[]> {
      const out: StoredEvent[] = [];
      for (const batch of chunks([...new Set(blocks)])) {
        // Ids and versions first: the JSON of an event this process already holds is not read again.
        const since = window?.reportedSince ?? null;
        const values: Record<string, string> =
          window === null ? {} : { from: window.from, to: window.to, ...(since === null ? {} : { since }) };
        batch.forEach((block, i) => {
          values[`b${i}`] = block;
        });
        // Compiled once per number of blocks and form of window: built by Kysely each time, it cost
        // about as much as SQLite took to run it.
        const shape = `candidate events of ${batch.length} blocks`;
        const rows = await queries.execute(shape, values, (v) => {
          const named = batch.map((_, i) => `${v[`b${i}`]}`);
          const query = db.selectFrom('events').select(['id', 'version']);
          if (window === null) return query.where('block', 'in', named).orderBy('id');
          // An undated event may be any event; a dated one must overlap the window (or have been
          // reported since the window's report date, for the denials that answer a report). Each
          // branch names the blocks and one bounded range, so that each reads its own index
          // (events_block, events_block_reported) rather than every event of the blocks.
          // An event's span has both ends or neither (eventSpan).
          return query
            .where((eb) =>
              eb.or([
                eb.and([
                  eb('block', 'in', named),
                  eb('event_time_end', 'is', null),
                  eb('event_time', 'is', null),
                ]),
                eb.and([
                  eb('block', 'in', named),
                  eb('event_time_end', '>=', `${v.from}`),
                  eb('event_time', '<=', `${v.to}`),
                ]),
                ...(v.since === undefined
                  ? []
                  : [
                      eb.and([
                        eb('block', 'in', named),
                        eb('last_reported', '>=', `${v.since}`),
                        eb('event_time', '<=', `${v.to}`),
                      ]),
                    ]),
              ]),
            )
            .orderBy('id');
        });
        if (pending === null || pending.size === 0) out.push(...(await eventsOf(rows)));
        else {
          // This transaction's changed events as they are now, not as their rows were.
          const stored = await eventsOf(rows.filter((r) => !pending.has(r.id)));
          const fresh = pending.matching(new Set(batch), window);
          out.push(...[...stored, ...fresh].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
        }
      }
      return out;
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
