import type { Kysely } from 'kysely';
import { enterStage } from '../corroborate/stage-clock.js';
import { headOf, stateOfEvent } from '../corroborate/stored-event.js';
import type { Event } from '../domain/event.js';
import { chunks } from './chunks.js';
import type { EventCacheView } from './event-cache.js';
import { CLAIM_COLUMNS, CLAIM_UPSERT, claimRow, writeClaims } from './event-claims.js';
import { eventData } from './event-data.js';
import { reportSpan, weaponTermsOf } from './event-rows.js';
import { summaryRowOf } from './event-summary.js';
import type { InsertRows } from './kysely-store.js';
import type { PendingEvents } from './pending-events.js';
import type { Database } from './schema.js';
import type {
  EventChange,
  EventEntry,
  EventPlacement,
  FingerprintEntry,
  StoredFingerprint,
} from './store.js';
import { within } from './transactions.js';

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
export function wholeChange(entry: EventEntry): EventChange {
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

/** Saves fingerprints with their bands in multi-row statements; a fingerprint already saved is kept with its bands. */
export async function insertFingerprints(db: Kysely<Database>, entries: readonly FingerprintEntry[]) {
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
 * How a store writes what merging changed: events' rows (or, with `pending`, a transaction's, when
 * `flushEvents` runs), their claims, placements and fingerprints at once, and the versions written kept
 * in the cache.
 */
export function eventWriter(
  db: Kysely<Database>,
  cache: EventCacheView | null,
  pending: PendingEvents | null,
  insertRows: InsertRows | null,
) {
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
  return { flushEvents, write };
}
