import type { Kysely } from 'kysely';
import { citesColumn } from './event-claims.js';
import { eventData, readStoredEvent } from './event-data.js';
import { summaryRowOf } from './event-summary.js';
import type { Database } from './schema.js';

// Events read and rewritten per round while moving claims out of the events' JSON.
const BATCH = 200;

/**
 * Moves every stored event's claims into rows of `event_claims` and rewrites its `data` as its head
 * and its claims' state (a migration's backfill), a batch of events at a time in id order so that
 * memory stays flat at any size. An event already in the new form is left as it is.
 */
export async function backfillClaimRows(database: Kysely<unknown>): Promise<void> {
  const db = database as Kysely<Database>;
  let after: string | null = null;
  for (;;) {
    let query = db.selectFrom('events').select(['id', 'data']).orderBy('id').limit(BATCH);
    if (after !== null) query = query.where('id', '>', after);
    const rows = await query.execute();
    const last = rows[rows.length - 1];
    if (last === undefined) return;
    for (const row of rows) {
      const value: unknown = typeof row.data === 'string' ? JSON.parse(row.data) : row.data;
      if ((value as { v?: unknown } | null)?.v === 2) continue;
      const claims = (value as { claims?: unknown[] }).claims ?? [];
      const { head, state } = readStoredEvent(value);
      for (let i = 0; i < claims.length; i += BATCH) {
        await db
          .insertInto('event_claims')
          .values(
            claims.slice(i, i + BATCH).map((c) => {
              const claim = c as {
                document: string;
                claim: string;
                published: string | null;
                outlet: string | null;
                cites?: string[];
              };
              return {
                document_id: claim.document,
                claim_id: claim.claim,
                event_id: row.id,
                published: claim.published,
                outlet: claim.outlet,
                cites: citesColumn(claim.cites ?? []),
                data: JSON.stringify(c),
              };
            }),
          )
          .onConflict((oc) =>
            oc.columns(['document_id', 'claim_id']).doUpdateSet((eb) => ({
              event_id: eb.ref('excluded.event_id'),
              cites: eb.ref('excluded.cites'),
              published: eb.ref('excluded.published'),
              outlet: eb.ref('excluded.outlet'),
              data: eb.ref('excluded.data'),
            })),
          )
          .execute();
      }
      await db
        .updateTable('events')
        .set({ data: eventData(head, state), claim_count: state.claims })
        .where('id', '=', row.id)
        .execute();
      const summary = summaryRowOf(head, state);
      await db
        .updateTable('event_summaries')
        .set({ summary: summary.summary })
        .where('event_id', '=', row.id)
        .execute();
    }
    after = last.id;
  }
}
