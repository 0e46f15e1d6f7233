import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import SqliteDatabase from 'better-sqlite3';
import { type Dialect, Kysely, type Migration, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { documentRows } from '../../src/store/document-rows.js';
import { createPostgresStore, openStore, type Store } from '../../src/store/index.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { postgresMigrations } from '../../src/store/postgres/migrations.js';
import { pgliteDialect } from '../../src/store/postgres/pglite-dialect.js';
import type { Database } from '../../src/store/schema.js';
import { sqliteMigrations } from '../../src/store/sqlite/migrations.js';
import { makeDocument, makeExtraction, migrationsBefore, TRANSFER_TEXT } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-counts-'));
const pglite = new PGlite();
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await pglite.close();
});

const AT = '2024-05-01T12:00:00.000Z';
const documents = [
  makeDocument(TRANSFER_TEXT),
  makeDocument(`${TRANSFER_TEXT} Later.`, { published: '2024-03-07T09:30' }),
  makeDocument(`${TRANSFER_TEXT} Undated.`, { published: null }),
];

/** Writes documents as a store before its counters did: rows alone, through no Store. */
async function writeOldStore(dialect: Dialect, migrations: Readonly<Record<string, Migration>>) {
  const db = new Kysely<Database>({ dialect });
  await migrateToLatest(db, migrationsBefore(migrations, '0010'));
  for (const doc of documents) {
    const rows = documentRows(doc, makeExtraction(doc), AT);
    await db.insertInto('documents').values(rows.document).execute();
    await db
      .insertInto('entities')
      .values([...rows.entities])
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await db
      .insertInto('document_entities')
      .values([...rows.documentEntities])
      .execute();
    await db
      .insertInto('attributions')
      .values([...rows.attributions])
      .execute();
    await db
      .insertInto('claims')
      .values([...rows.claims])
      .execute();
  }
  await db
    .insertInto('rejections')
    .values({ origin: 'a.bin', code: 'binary', reason: 'NUL bytes', at: AT })
    .execute();
  await db.destroy();
}

async function expectCounted(open: () => Promise<Store>) {
  const store = await open();
  try {
    expect(await store.summary()).toEqual({
      documents: 3,
      entities: 2,
      attributions: 3,
      claims: 6,
      rejections: 1,
      claimsByType: { transfer: 3, sanction: 3 },
      claimsByStatus: { asserted: 3, denied: 3 },
    });
    expect(await store.claimsPerWeek()).toEqual([
      { week: '2024-02-26', claims: 2 },
      { week: '2024-03-04', claims: 2 },
    ]);
    expect((await store.listEntities({ limit: 10 })).map((e) => [e.id, e.documents])).toEqual([
      ['IRN', 3],
      ['RUS', 3],
    ]);
    // Counting goes on from the backfilled counts.
    const next = makeDocument(`${TRANSFER_TEXT} Next.`, { published: '2024-03-08' });
    await store.saveDocument(next, makeExtraction(next), AT);
    expect(await store.summary()).toMatchObject({ documents: 4, claims: 8 });
    expect(await store.claimsPerWeek()).toContainEqual({ week: '2024-03-04', claims: 4 });
  } finally {
    await store.close();
  }
}

describe('migrating a store kept before its counters (0010-store-counts)', () => {
  it('counts what is stored, then keeps counting (SQLite)', async () => {
    const file = join(dir, 'old.sqlite');
    await writeOldStore(new SqliteDialect({ database: new SqliteDatabase(file) }), sqliteMigrations);
    await expectCounted(() => openStore({ kind: 'sqlite', file }));
  });

  it('counts what is stored, then keeps counting (PGlite)', async () => {
    await writeOldStore(pgliteDialect(pglite), postgresMigrations);
    await expectCounted(() => createPostgresStore({ pglite }));
  });
});
