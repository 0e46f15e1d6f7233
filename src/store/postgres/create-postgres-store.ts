import type { PGlite } from '@electric-sql/pglite';
import { type Dialect, Kysely, PostgresDialect, sql } from 'kysely';
import { createKyselyStore } from '../kysely-store.js';
import { migrateToLatest } from '../migrate.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { postgresFingerprintCandidates } from './fingerprint-candidates.js';
import { postgresMigrations } from './migrations.js';
import { pgliteDialect } from './pglite-dialect.js';
import { searchPostgres } from './search-documents.js';
import { postgresWriteEventChanges } from './write-event-changes.js';

/** Where a PostgreSQL store lives: a server, or a PGlite instance that stays the caller's to close. */
export type PostgresStoreOptions = { readonly connectionString: string } | { readonly pglite: PGlite };

// How long to wait for a server to accept a connection before failing.
const CONNECT_TIMEOUT_MS = 10_000;

async function dialectFor(options: PostgresStoreOptions): Promise<Dialect> {
  if ('pglite' in options) return pgliteDialect(options.pglite);
  // Loaded on demand so that SQLite users need not install pg.
  const { Pool } = await import('pg');
  const pool = new Pool({
    connectionString: options.connectionString,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle client that breaks (a server restart) must not crash the process through an unhandled
  // 'error' event: the pool drops it, and the next query reports any failure that lasts.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (schema == null) {
    throw new Error('no schema to create tables in: the search_path names none that exists');
  }
  return schema;
}

/**
 * Holds transaction-scoped advisory locks on the keys' 64-bit hashes, taken in one sorted order so that
 * two writers locking overlapping keys wait rather than deadlock (a deadlock left is retried whole).
 */
async function advisoryLocks(trx: Kysely<Database>, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  await sql`select pg_advisory_xact_lock(h) from (
    select hashtextextended(k, 0) as h from unnest(${sorted}::text[]) as k order by 1
  ) as locks`.execute(trx);
}

/** Opens a PostgreSQL store (a server through a pg pool, or PGlite), creating its tables if need be. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const db = new Kysely<Database>({ dialect: await dialectFor(options) });
  try {
    await migrateToLatest(db, postgresMigrations, await currentSchema(db));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const store = createKyselyStore(db, {
    search: searchPostgres,
    lockKeys: advisoryLocks,
    fingerprintsSharingBands: postgresFingerprintCandidates,
    writeEventChanges: postgresWriteEventChanges,
  });
  // A server another thread can connect to; a PGlite lives in this thread only.
  return 'pglite' in options
    ? store
    : { ...store, location: { kind: 'postgres', url: options.connectionString } };
}

/** Opens a store on a PGlite of its own, in memory or in `dataDir`; closing the store closes that PGlite. */
export async function createPgliteStore(dataDir?: string): Promise<Store> {
  // Loaded on demand so that other backends need not install PGlite.
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  let store: Store;
  try {
    store = await createPostgresStore({ pglite });
  } catch (error) {
    await pglite.close();
    throw error;
  }
  return {
    ...store,
    async close() {
      await store.close();
      await pglite.close();
    },
  };
}
