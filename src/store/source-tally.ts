import { type Kysely, sql } from 'kysely';
import { parseCount } from './parse-rows.js';
import type { Database } from './schema.js';

/** The newest events as a source's track record reads them: status, origins and claims counted by source. */
export interface SourceTally {
  readonly events: readonly {
    readonly id: string;
    readonly status: string;
    readonly origins: readonly string[];
  }[];
  /** Claims per event and source (the claim's source, else its outlet), counted by the database. */
  readonly claims: readonly { readonly event: string; readonly name: string; readonly claims: number }[];
}

/** The names in an event's origins, as JSON text (SQLite) or already parsed (PostgreSQL). */
function originNames(value: unknown): string[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(parsed)) return [];
  return parsed
    .map((o: unknown) => (o as { name?: unknown } | null)?.name)
    .filter((name): name is string => typeof name === 'string');
}

// Keeps each `in` list well under SQLite's and PostgreSQL's limits on bound parameters.
const IDS_PER_QUERY = 500;

/**
 * The newest `window` events (last reported first) with their claims counted per source in SQL: one row
 * per event and source rather than one parsed claim each, and each event's head rather than the whole event.
 */
export async function sourceTally(db: Kysely<Database>, window: number): Promise<SourceTally> {
  // Only the origins of each event's JSON (a whole event as older versions stored it keeps them at the top).
  const origins = sql<unknown>`coalesce(data -> 'head' -> 'origins', data -> 'origins')`;
  const rows = await db
    .selectFrom('events')
    .select(['id', 'status', origins.as('origins')])
    .orderBy('last_reported', (ob) => ob.desc().nullsLast())
    .orderBy('id')
    .limit(window)
    .execute();
  const events = rows.map((r) => ({
    id: r.id,
    status: r.status,
    origins: originNames(r.origins),
  }));
  const claims: { event: string; name: string; claims: number }[] = [];
  for (let i = 0; i < events.length; i += IDS_PER_QUERY) {
    const ids = events.slice(i, i + IDS_PER_QUERY).map((e) => e.id);
    // `->>` reads a JSON field the same way on SQLite (text) and PostgreSQL (jsonb); null when absent or null.
    const name = sql<string | null>`coalesce(data ->> 'source', outlet)`;
    const counted = await db
      .selectFrom('event_claims')
      .select((eb) => ['event_id', name.as('name'), eb.fn.countAll().as('n')])
      .where('event_id', 'in', ids)
      .groupBy(['event_id', name])
      .execute();
    for (const c of counted) {
      if (c.name !== null) claims.push({ event: c.event_id, name: c.name, claims: parseCount(c.n) });
    }
  }
  return { events, claims };
}
