import type { Kysely } from 'kysely';
import { ClaimKey, StoredCorrection } from '../domain/correction.js';
import type { Database } from './schema.js';

/** The corrections table as Kysely sees it (own tables, beside the shared schema). */
// A type, not an interface: Kysely's withTables needs an index-compatible record.
type CorrectionTables = {
  corrections: {
    id: string;
    seq: number;
    at: string;
    analyst: string;
    reason: string;
    kind: string;
    document_id: string | null;
    claim_key: string | null;
    before: string;
    after: string;
  };
  correction_events: { correction_id: string; event_id: string };
};

/** What a store keeps of analyst corrections, and the two event writes that corrections need. */
export interface CorrectionStore {
  /** Records a correction with the events it touched so far. */
  saveCorrection(correction: StoredCorrection): Promise<void>;
  /** Adds events a recorded correction touched (those its claims went to once derived again). */
  linkCorrection(id: string, events: readonly string[]): Promise<void>;
  /** The corrections of these documents, oldest first: what the overlay applies when they are merged. */
  correctionsOf(documents: readonly string[]): Promise<StoredCorrection[]>;
  /** Every correction, oldest first. */
  listCorrections(): Promise<StoredCorrection[]>;
  /** The corrections that touched an event, oldest first: its history. */
  eventHistory(event: string): Promise<StoredCorrection[]>;
  /** Deletes events (an event merged away, or left with no claim) with their rows and placements. */
  deleteEvents(ids: readonly string[]): Promise<void>;
  /** Forgets where a document's claims were merged, before it is merged again. */
  removePlacements(document: string): Promise<void>;
}

type Row = CorrectionTables['corrections'];

function rowOf(c: StoredCorrection, seq: number): Row {
  return {
    id: c.id,
    seq,
    at: c.at,
    analyst: c.analyst,
    reason: c.reason,
    kind: c.kind,
    document_id: c.document,
    claim_key: c.claim === null ? null : JSON.stringify(c.claim),
    before: JSON.stringify(c.before),
    after: JSON.stringify(c.after),
  };
}

function parseRow(row: Row, events: readonly string[]): StoredCorrection {
  return StoredCorrection.parse({
    id: row.id,
    at: row.at,
    analyst: row.analyst,
    reason: row.reason,
    kind: row.kind,
    document: row.document_id,
    claim: row.claim_key === null ? null : ClaimKey.parse(JSON.parse(row.claim_key)),
    before: JSON.parse(row.before),
    after: JSON.parse(row.after),
    events,
  });
}

/** The correction methods of a store over any Kysely database holding the corrections tables. */
export function correctionMethods(base: Kysely<Database>): CorrectionStore {
  const db = base.withTables<CorrectionTables>();
  const read = async (rows: readonly Row[]): Promise<StoredCorrection[]> => {
    if (rows.length === 0) return [];
    const links = await db
      .selectFrom('correction_events')
      .selectAll()
      .where(
        'correction_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('event_id')
      .execute();
    return rows.map((r) =>
      parseRow(
        r,
        links.filter((l) => l.correction_id === r.id).map((l) => l.event_id),
      ),
    );
  };
  const link = async (id: string, events: readonly string[]) => {
    const rows = [...new Set(events)].map((event_id) => ({ correction_id: id, event_id }));
    if (rows.length === 0) return;
    await db
      .insertInto('correction_events')
      .values(rows)
      .onConflict((oc) => oc.columns(['event_id', 'correction_id']).doNothing())
      .execute();
  };
  return {
    async saveCorrection(correction) {
      // Inside the correction's transaction (the write lock on SQLite), so the next number is this one's.
      const last = await db
        .selectFrom('corrections')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst();
      await db
        .insertInto('corrections')
        .values(rowOf(correction, Number(last?.seq ?? 0) + 1))
        .execute();
      await link(correction.id, correction.events);
    },
    linkCorrection: link,
    async correctionsOf(documents) {
      if (documents.length === 0) return [];
      const rows = await db
        .selectFrom('corrections')
        .selectAll()
        .where('document_id', 'in', [...documents])
        .orderBy('seq')
        .execute();
      return read(rows);
    },
    async listCorrections() {
      return read(await db.selectFrom('corrections').selectAll().orderBy('seq').execute());
    },
    async eventHistory(event) {
      const rows = await db
        .selectFrom('corrections as c')
        .innerJoin('correction_events as e', 'e.correction_id', 'c.id')
        .selectAll('c')
        .where('e.event_id', '=', event)
        .orderBy('c.seq')
        .execute();
      return read(rows);
    },
    async deleteEvents(ids) {
      if (ids.length === 0) return;
      const list = [...ids];
      await db.deleteFrom('event_claims').where('event_id', 'in', list).execute();
      await db.deleteFrom('event_weapons').where('event_id', 'in', list).execute();
      await db.deleteFrom('event_summaries').where('event_id', 'in', list).execute();
      await db.deleteFrom('events').where('id', 'in', list).execute();
    },
    async removePlacements(document) {
      await db.deleteFrom('event_claims').where('document_id', '=', document).execute();
    },
  };
}
