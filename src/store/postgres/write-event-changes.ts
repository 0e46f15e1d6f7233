import { type Kysely, sql } from 'kysely';
import { citesColumn } from '../event-claims.js';
import { weaponTermsOf } from '../event-rows.js';
import { summaryRowOf } from '../event-summary.js';
import { eventRow } from '../event-writes.js';
import type { Database } from '../schema.js';
import type { EventChange, EventPlacement, FingerprintEntry } from '../store.js';

/** Rows as one jsonb parameter, read back by jsonb_to_recordset. */
function rows(values: readonly object[]) {
  return sql`jsonb_to_recordset(${JSON.stringify(values)}::jsonb)`;
}

function eventRows(changes: readonly EventChange[]) {
  return changes.map((change) => {
    const row = eventRow(change);
    return { ...row, data: JSON.parse(row.data) as unknown };
  });
}

/**
 * Writes what merging a document changed in one statement (data-modifying CTEs, each table's rows as
 * one jsonb parameter), where the shared form makes seven or more round trips: the events' heads and
 * states (version raised), their summaries, their weapon terms (those no longer named deleted), their
 * new or changed claims and the other claims' placements, and the fingerprints with their bands (the
 * bands of a fingerprint already stored are kept). The same rows as the shared form. Merging is the
 * part of ingest that queue workers take turns at, and on a loaded machine each round trip costs two
 * process wake-ups. Returns each event's new version.
 */
export async function postgresWriteEventChanges(
  db: Kysely<Database>,
  changes: readonly EventChange[],
  placements: readonly EventPlacement[],
  fingerprints: readonly FingerprintEntry[],
): Promise<Map<string, number>> {
  const claims = changes.flatMap((c) =>
    c.claims.map((claim) => ({
      document_id: claim.document,
      claim_id: claim.claim,
      event_id: c.head.id,
      published: claim.published,
      outlet: claim.outlet,
      cites: citesColumn(claim.cites),
      data: claim,
      origin: claim.origin,
    })),
  );
  const written = new Set(claims.map((c) => `${c.document_id}#${c.claim_id}`));
  const placed = placements
    .filter((p) => !written.has(`${p.document}#${p.claim}`))
    .map((p) => ({ document_id: p.document, claim_id: p.claim, event_id: p.event }));
  const terms = changes.flatMap(({ head }) =>
    weaponTermsOf(head).map((term) => ({ term, event_id: head.id })),
  );
  const summaries = changes.map((c) => {
    const row = summaryRowOf(c.head, c.state);
    return { event_id: row.event_id, summary: JSON.parse(row.summary) as unknown };
  });
  const prints = fingerprints.map(({ fingerprint: fp }) => ({
    document_id: fp.document,
    published: fp.published,
    outlet: fp.outlet,
    signature: fp.signature,
    echo_of: fp.echoOf,
    origin_outlet: fp.originOutlet,
  }));
  const bands = fingerprints.flatMap((e) =>
    [...new Set(e.bands)].map((band) => ({
      band,
      document_id: e.fingerprint.document,
      published: e.fingerprint.published,
    })),
  );
  const { rows: saved } = await sql<{ id: string; version: number }>`with
    ev as (
      insert into events (id, block, type, phase, actor, target, status, first_reported, last_reported,
        event_time, event_time_end, claim_count, origin_count, weapon_terms, report_span, data, version)
      select x.*, 1 from ${rows(eventRows(changes))} as x(id text, block text, type text, phase text,
        actor text, target text, status text, first_reported text, last_reported text, event_time text,
        event_time_end text, claim_count integer, origin_count integer, weapon_terms text,
        report_span integer, data jsonb)
      on conflict (id) do update set block = excluded.block, phase = excluded.phase,
        status = excluded.status, first_reported = excluded.first_reported,
        last_reported = excluded.last_reported, event_time = excluded.event_time,
        event_time_end = excluded.event_time_end, claim_count = excluded.claim_count,
        origin_count = excluded.origin_count, weapon_terms = excluded.weapon_terms,
        report_span = excluded.report_span, data = excluded.data, version = events.version + 1
      returning id, version),
    su as (
      insert into event_summaries (event_id, summary)
      select x.* from ${rows(summaries)} as x(event_id text, summary jsonb)
      on conflict (event_id) do update set summary = excluded.summary),
    wt as (select x.* from ${rows(terms)} as x(term text, event_id text)),
    wd as (
      delete from event_weapons w where w.event_id = any(${changes.map((c) => c.head.id)}::text[])
        and not exists (select 1 from wt where wt.term = w.term and wt.event_id = w.event_id)),
    wi as (insert into event_weapons (term, event_id) select term, event_id from wt on conflict do nothing),
    cl as (
      insert into event_claims (document_id, claim_id, event_id, published, outlet, cites, data, origin)
      select x.* from ${rows(claims)} as x(document_id text, claim_id text, event_id text,
        published text, outlet text, cites text, data jsonb, origin text)
      on conflict (document_id, claim_id) do update set event_id = excluded.event_id,
        published = excluded.published, outlet = excluded.outlet, cites = excluded.cites, data = excluded.data,
        origin = excluded.origin),
    pl as (
      insert into event_claims (document_id, claim_id, event_id)
      select x.* from ${rows(placed)} as x(document_id text, claim_id text, event_id text)
      on conflict (document_id, claim_id) do update set event_id = excluded.event_id),
    fp as (
      insert into document_fingerprints (document_id, published, outlet, signature, echo_of, origin_outlet)
      select x.* from ${rows(prints)} as x(document_id text, published text, outlet text,
        signature jsonb, echo_of text, origin_outlet text)
      on conflict (document_id) do nothing
      returning document_id),
    fb as (
      insert into fingerprint_bands (band, document_id, published)
      select x.* from ${rows(bands)} as x(band text, document_id text, published text)
      where x.document_id in (select document_id from fp))
    select id, version from ev`.execute(db);
  return new Map(saved.map((r) => [r.id, Number(r.version)]));
}
