import type { Kysely } from 'kysely';
import type { EventClaim } from '../domain/event.js';
import { readClaim } from './event-data.js';
import type { Database } from './schema.js';

// Keeps each multi-row insert and `in` list well under the databases' limits on bound parameters.
const ROWS_PER_STATEMENT = 500;

function chunks<T>(rows: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A claim of an event, with the event it is in. */
export interface EventClaimRow {
  readonly event: string;
  readonly claim: EventClaim;
}

/** Writes claims as rows of their events (a claim already placed takes the new event and form). */
export async function writeClaims(db: Kysely<Database>, rows: readonly EventClaimRow[]): Promise<void> {
  // Six values a row: a statement stays under SQLite's 32,766 bound parameters.
  for (const batch of chunks(rows, 200)) {
    await db
      .insertInto('event_claims')
      .values(
        batch.map(({ event, claim }) => ({
          document_id: claim.document,
          claim_id: claim.claim,
          event_id: event,
          published: claim.published,
          outlet: claim.outlet,
          data: JSON.stringify(claim),
        })),
      )
      .onConflict((oc) =>
        oc.columns(['document_id', 'claim_id']).doUpdateSet((eb) => ({
          event_id: eb.ref('excluded.event_id'),
          published: eb.ref('excluded.published'),
          outlet: eb.ref('excluded.outlet'),
          data: eb.ref('excluded.data'),
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

/**
 * The claims of the given events published within the span (both ends included), and the undated
 * ones; with no span, only the undated. What linking a new claim's citations reads, by index.
 */
export async function claimsNear(
  db: Kysely<Database>,
  ids: readonly string[],
  published: { readonly from: string; readonly to: string } | null,
): Promise<EventClaimRow[]> {
  const out: EventClaimRow[] = [];
  for (const batch of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom('event_claims')
      .select(['event_id', 'data'])
      .where((eb) =>
        eb.or([
          eb.and([eb('event_id', 'in', batch), eb('published', 'is', null)]),
          ...(published === null
            ? []
            : [
                eb.and([
                  eb('event_id', 'in', batch),
                  eb('published', '>=', published.from),
                  eb('published', '<=', published.to),
                ]),
              ]),
        ]),
      )
      .where('data', 'is not', null)
      .execute();
    for (const r of rows) out.push({ event: r.event_id, claim: readClaim(r.data) });
  }
  return out;
}
