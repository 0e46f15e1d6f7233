import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { EventClaim } from '../domain/event.js';
import { chunks } from './chunks.js';
import type { CompiledQueries } from './compiled-queries.js';
import { readClaim } from './event-data.js';
import type { Database } from './schema.js';

/** The `cites` column of a claim: each cited outlet between bars, so that a LIKE finds one; null for none. */
export function citesColumn(cites: readonly string[]): string | null {
  return cites.length === 0 ? null : `|${cites.join('|')}|`;
}

/** A claim of an event, with the event it is in. */
export interface EventClaimRow {
  readonly event: string;
  readonly claim: EventClaim;
}

/** The event_claims row of a claim of an event. */
export function claimRow(event: string, claim: EventClaim) {
  return {
    document_id: claim.document,
    claim_id: claim.claim,
    event_id: event,
    published: claim.published,
    outlet: claim.outlet,
    cites: citesColumn(claim.cites),
    data: JSON.stringify(claim),
    origin: claim.origin,
  };
}

/** The columns of `claimRow`, and how a claim already placed takes the new event and form. */
export const CLAIM_COLUMNS = [
  'document_id',
  'claim_id',
  'event_id',
  'published',
  'outlet',
  'cites',
  'data',
  'origin',
];
export const CLAIM_UPSERT = `on conflict (document_id, claim_id) do update set event_id = excluded.event_id,
  published = excluded.published, outlet = excluded.outlet, cites = excluded.cites, data = excluded.data,
  origin = excluded.origin`;

/** Writes claims as rows of their events (a claim already placed takes the new event and form). */
export async function writeClaims(db: Kysely<Database>, rows: readonly EventClaimRow[]): Promise<void> {
  // Eight values a row: a statement stays under SQLite's 32,766 bound parameters.
  for (const batch of chunks(rows, 200)) {
    await db
      .insertInto('event_claims')
      .values(batch.map(({ event, claim }) => claimRow(event, claim)))
      .onConflict((oc) =>
        oc.columns(['document_id', 'claim_id']).doUpdateSet((eb) => ({
          event_id: eb.ref('excluded.event_id'),
          published: eb.ref('excluded.published'),
          outlet: eb.ref('excluded.outlet'),
          cites: eb.ref('excluded.cites'),
          data: eb.ref('excluded.data'),
          origin: eb.ref('excluded.origin'),
        })),
      )
      .execute();
  }
}

/** Every claim of the given events, by event (in no particular order). */
export async function claimsOfEvents(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, EventClaim[]>> {
  const out = new Map<string, EventClaim[]>(ids.map((id) => [id, []]));
  for (const batch of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom('event_claims')
      .select(['event_id', 'data'])
      .where('event_id', 'in', batch)
      .where('data', 'is not', null)
      .execute();
    for (const r of rows) out.get(r.event_id)?.push(readClaim(r.data));
  }
  return out;
}

/** Which of an event's claims to read: one origin's (as their rows say) or one document's. */
export type ClaimsOf = { readonly origin: string } | { readonly document: string };

/** The claims of one event of one origin (index `(event_id, origin)`) or of one document (its key). */
export async function claimsWhere(db: Kysely<Database>, event: string, of: ClaimsOf): Promise<EventClaim[]> {
  const query = db
    .selectFrom('event_claims')
    .select('data')
    .where('event_id', '=', event)
    .where('data', 'is not', null);
  const rows = await ('origin' in of
    ? query.where('origin', '=', of.origin)
    : query.where('document_id', '=', of.document)
  ).execute();
  return rows.map((r) => readClaim(r.data));
}

/** Where a page of claims ended: the next page starts after this claim, in the order pages are read. */
export interface ClaimCursor {
  readonly published: string | null;
  readonly document: string;
  readonly claim: string;
}

/** What to read of one event's claims near a date: by outlet (the stories a claim may cite) or by cited outlet. */
export interface NearQuery {
  readonly event: string;
  readonly published: { readonly from: string; readonly to: string } | null;
  /** Only claims of these outlets, the earliest first. */
  readonly outlets?: readonly string[];
  /** Only claims citing this outlet. */
  readonly citing?: string;
  readonly limit: number;
  /** Only the claims after this one (the last of the page before), for reading in pages. */
  readonly after?: ClaimCursor;
}

// The named values of a near query, as the compiled query binds them.
function nearValues(q: NearQuery): Record<string, string | number> {
  const { outlets, citing, published, after } = q;
  const values: Record<string, string | number> = { event: q.event, limit: q.limit };
  if (published !== null) Object.assign(values, { from: published.from, to: published.to });
  if (citing !== undefined) values.citing = `%|${citing}|%`;
  outlets?.forEach((outlet, i) => {
    values[`o${i}`] = outlet;
  });
  if (after !== undefined) {
    Object.assign(values, { ad: after.document, ac: after.claim });
    if (after.published !== null) values.ap = after.published;
  }
  return values;
}

/**
 * Up to `limit` claims of one event published within the span (and the undated ones; with no span,
 * only those), of the given outlets or citing the given one (LIKE may let through a few more, which the
 * caller checks), after a cursor if given: undated first, then by date, document and claim id, so that
 * pages read one after the other give every claim once, however many the event holds near that date.
 */
export async function claimsOf(
  db: Kysely<Database>,
  queries: CompiledQueries,
  q: NearQuery,
): Promise<EventClaim[]> {
  const { outlets } = q;
  if (outlets !== undefined && outlets.length === 0) return [];
  const values = nearValues(q);
  // Compiled once per form (dated or not, how many outlets, citing or not, after which part): built by
  // Kysely each time, it cost more than SQLite took to run it.
  const shape = `claims near of ${outlets?.length ?? 'any'} outlets`;
  const rows = await queries.execute(shape, values, (v) => {
    // The undated claims and those of the span as two parts, each a range of the (event, published) or
    // (event, outlet, published) index: as one `published is null or (...)` SQLite read every claim of
    // the event, which grows with the story.
    const part = (dated: boolean) => {
      let query = db
        .selectFrom('event_claims')
        .select([
          'data',
          'published',
          'document_id',
          'claim_id',
          sql<number>`${sql.lit(dated ? 1 : 0)}`.as('dated'),
        ])
        .where('event_id', '=', `${v.event}`)
        .where('data', 'is not', null);
      query = dated
        ? query.where('published', '>=', `${v.from}`).where('published', '<=', `${v.to}`)
        : query.where('published', 'is', null);
      if (outlets !== undefined)
        query = query.where(
          'outlet',
          'in',
          outlets.map((_, i) => `${v[`o${i}`]}`),
        );
      // `is not null` lets SQLite read the index of citing claims (0011) rather than every claim of the span.
      if (v.citing !== undefined)
        query = query.where('cites', 'is not', null).where('cites', 'like', `${v.citing}`);
      if (v.ad === undefined || dated !== (v.ap !== undefined)) return query;
      const [ad, ac] = [`${v.ad}`, `${v.ac}`];
      const later = (eb: ExpressionBuilder<Database, 'event_claims'>) =>
        eb.or([eb('document_id', '>', ad), eb.and([eb('document_id', '=', ad), eb('claim_id', '>', ac)])]);
      if (!dated) return query.where(later);
      const ap = `${v.ap}`;
      return query
        .where('published', '>=', ap)
        .where((eb) => eb.or([eb('published', '>', ap), eb.and([eb('published', '=', ap), later(eb)])]));
    };
    // After a dated claim every undated one is read; with no span only the undated ones are asked for.
    const both =
      v.from === undefined ? part(false) : v.ap !== undefined ? part(true) : part(false).unionAll(part(true));
    return db
      .selectFrom(both.as('c'))
      .select('c.data')
      .orderBy('c.dated')
      .orderBy('c.published')
      .orderBy('c.document_id')
      .orderBy('c.claim_id')
      .limit(Number(v.limit));
  });
  return rows.map((r) => readClaim(r.data));
}
