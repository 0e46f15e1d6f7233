import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createKyselyStore } from '../kysely-store.js';
import { migrateToLatest } from '../migrate.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { sqliteMigrations } from './migrations.js';
import { searchSqlite } from './search-documents.js';
import { withStatementCache } from './statement-cache.js';

// How long a write waits for another process's lock before failing.
const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating if need be) a SQLite store in a file, or in memory for `:memory:`. */
export async function createSqliteStore(file: string): Promise<Store> {
  const database = new SqliteDatabase(file);
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    database.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  try {
    await migrateToLatest(db, sqliteMigrations);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, searchSqlite);
}
