import type { PGlite } from '@electric-sql/pglite';
import { type Dialect, Kysely, PostgresDialect } from 'kysely';
import { createKyselyStore } from '../kysely-store.js';
import { migrateToLatest } from '../migrate.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { postgresMigrations } from './migrations.js';
import { pgliteDialect } from './pglite-dialect.js';
import { searchPostgres } from './search-documents.js';

/** Where a PostgreSQL store lives: a server, or a PGlite instance that the store then owns and closes. */
export type PostgresStoreOptions = { readonly connectionString: string } | { readonly pglite: PGlite };

async function dialectFor(options: PostgresStoreOptions): Promise<Dialect> {
  if ('pglite' in options) return pgliteDialect(options.pglite);
  // Loaded on demand so that SQLite users need not install pg.
  const { Pool } = await import('pg');
  return new PostgresDialect({ pool: new Pool({ connectionString: options.connectionString }) });
}

/** Opens a PostgreSQL store (a server through a pg pool, or PGlite), creating its tables if need be. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const db = new Kysely<Database>({ dialect: await dialectFor(options) });
  try {
    await migrateToLatest(db, postgresMigrations);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, searchPostgres);
}
