import type { Migration } from 'kysely';

/**
 * Analyst corrections (issue 17), the same on SQLite and PostgreSQL: each change with who, when, why,
 * before and after, keyed by the document's content hash and the claim's stable key (not row ids,
 * which re-extraction changes), and the events each one touched, for an event's history.
 */
export const correctionsMigration: Migration = {
  async up(db) {
    await db.schema
      .createTable('corrections')
      .ifNotExists()
      .addColumn('id', 'text', (col) => col.primaryKey())
      // The order corrections were recorded in: later ones win, and two in one second keep their order.
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('analyst', 'text', (col) => col.notNull())
      .addColumn('reason', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('document_id', 'text')
      .addColumn('claim_key', 'text')
      .addColumn('before', 'text', (col) => col.notNull())
      .addColumn('after', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('corrections_document')
      .ifNotExists()
      .on('corrections')
      .columns(['document_id', 'seq'])
      .execute();
    await db.schema
      .createTable('correction_events')
      .ifNotExists()
      .addColumn('correction_id', 'text', (col) => col.notNull())
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('correction_events_pk', ['event_id', 'correction_id'])
      .execute();
  },
};
