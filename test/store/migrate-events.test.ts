import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import SqliteDatabase from 'better-sqlite3';
import { type Dialect, Kysely, type Migration, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { EventFilter } from '../../src/domain/event.js';
import {
  createPostgresStore,
  openStore,
  parseSummaries,
  type Store,
  summaryOf,
} from '../../src/store/index.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { postgresMigrations } from '../../src/store/postgres/migrations.js';
import { pgliteDialect } from '../../src/store/postgres/pglite-dialect.js';
import type { Database } from '../../src/store/schema.js';
import { sqliteMigrations } from '../../src/store/sqlite/migrations.js';
import { makeEvent } from './event-suite.js';
import { migrationsBefore } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-migrate-'));
const pglite = new PGlite();
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await pglite.close();
});

/**
 * Saves events as a store of issue 5 did (before event_weapons and long_span), then opens the current
 * store: every later migration runs over them, 0006 turning the long spans into report spans.
 */
async function storeFromBefore(
  dialect: Dialect,
  migrations: Readonly<Record<string, Migration>>,
  open: () => Promise<Store>,
): Promise<Store> {
  const db = new Kysely<Database>({ dialect });
  await migrateToLatest(db, migrationsBefore(migrations, '0003'));
  const events = [
    makeEvent('ev_short', {
      weapons: [{ class: 'drone', system: 'Shahed-136' }],
      lastReported: '2024-09-08',
    }),
    makeEvent('ev_long', { firstReported: '2023-01-05', lastReported: '2024-06-01' }),
    makeEvent('ev_day', {
      weapons: [{ class: 'air_defense', system: null }],
      firstReported: '2024-08-01',
      lastReported: '2024-08-01',
    }),
  ];
  for (const event of events) {
    await db
      .insertInto('events')
      .values({
        id: event.id,
        block: 'b',
        type: event.type,
        phase: event.phase,
        actor: event.actor,
        target: event.target,
        status: event.status,
        first_reported: event.firstReported,
        last_reported: event.lastReported,
        event_time: event.eventTime,
        event_time_end: event.eventTimeEnd,
        claim_count: 0,
        origin_count: 0,
        weapon_terms: '',
        data: JSON.stringify(event),
      })
      .execute();
  }
  await db.destroy();
  return open();
}

async function expectMigrated(store: Store): Promise<void> {
  const ids = async (fields: Partial<EventFilter>) =>
    (await store.listEvents(EventFilter.parse(fields))).events.map((e) => e.id);
  try {
    expect(await ids({ weapon: 'shahed-136' })).toEqual(['ev_short']);
    expect(await ids({ weapon: 'ballistic_missile' })).toEqual(['ev_long']);
    // Reported from January 2023 to June 2024: a window in 2023 finds it only if it is known to be long.
    expect(await ids({ since: '2023-03-01', until: '2023-03-31' })).toEqual(['ev_long']);
    // Reported from 6 to 8 September: a window ending on the 6th finds it only if it is not taken for one day.
    expect(await ids({ since: '2024-09-01', until: '2024-09-06' })).toEqual(['ev_short']);
    expect(await ids({ since: '2024-07-15', until: '2024-08-01' })).toEqual(['ev_day']);
    expect(await ids({ since: '2024-08-02', until: '2024-08-31' })).toEqual([]);
    // Events saved before summaries existed are listed by summaries written from them.
    const all = EventFilter.parse({});
    const summaries = parseSummaries((await store.listEventSummaries(all)).events);
    expect(summaries).toEqual((await store.listEvents(all)).events.map(summaryOf));
    expect(summaries.map((s) => s.id)).toEqual(['ev_short', 'ev_day', 'ev_long']);
  } finally {
    await store.close();
  }
}

describe('migrating a store of issue 5', () => {
  it('fills in the weapon terms and report spans of events already stored (SQLite)', async () => {
    const file = join(dir, 'old.sqlite');
    const store = await storeFromBefore(
      new SqliteDialect({ database: new SqliteDatabase(file) }),
      sqliteMigrations,
      () => openStore({ kind: 'sqlite', file }),
    );
    await expectMigrated(store);
  });

  it('fills in the weapon terms and report spans of events already stored (PGlite)', async () => {
    const store = await storeFromBefore(pgliteDialect(pglite), postgresMigrations, () =>
      createPostgresStore({ pglite }),
    );
    await expectMigrated(store);
  });
});
