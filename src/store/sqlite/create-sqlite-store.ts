import SqliteDatabase from 'better-sqlite3';
import { Kysely } from 'kysely';
import { createKyselyStore } from '../kysely-store.js';
import { migrateToLatest } from '../migrate.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { ImmediateSqliteDialect } from './immediate-dialect.js';
import { sqliteMigrations } from './migrations.js';
import { sqliteRowInserts } from './row-inserts.js';
import { searchSqlite } from './search-documents.js';
import { withStatementCache } from './statement-cache.js';

// How long a write waits for another process's lock before failing (then the store retries the
// whole transaction a few times): long enough for another writer's batch to commit.
const BUSY_TIMEOUT_MS = 30_000;

// Opening a new file as another process opens it can fail at once with SQLITE_BUSY, without the busy
// handler (switching to WAL, or reading a schema the other is writing): the opening is tried again.
const OPEN_ATTEMPTS = 20;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || (error instanceof Error && /database is locked/.test(error.message));
}

/** Opens (creating if need be) a SQLite store in a file, or in memory for `:memory:`. */
export async function createSqliteStore(file: string): Promise<Store> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await openSqliteStore(file);
    } catch (error) {
      if (!isBusy(error) || attempt >= OPEN_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
    }
  }
}

async function openSqliteStore(file: string): Promise<Store> {
  const database = new SqliteDatabase(file);
  try {
    // The timeout first: switching a new file to WAL waits for another process opening it at the same time.
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.pragma('journal_mode = WAL');
    // In WAL mode NORMAL syncs at checkpoints, not at each commit: a crash of the process or the system
    // still never leaves half a transaction (a document without its events), though a power cut may
    // lose the last few committed batches, which ingest stores again. FULL spent most of a batch's
    // commit waiting on the disk.
    database.pragma('synchronous = NORMAL');
    // 64 MB of page cache (the default is 2 MB): the indexes keyed by hash (documents, claims, LSH bands)
    // take each batch's rows at random places, and pages read back for every batch cost more than memory.
    database.pragma('cache_size = -65536');
    database.pragma('foreign_keys = ON');
  } catch (error) {
    database.close();
    throw error;
  }
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(database) }),
  });
  try {
    // Kysely migrates SQLite outside any transaction: two processes opening a new or older file at once
    // would both apply its migrations. One transaction holding the write lock makes the second wait,
    // then find them applied; the migrations' statements run on this same connection, inside it.
    database.exec('begin immediate');
    await migrateToLatest(db, sqliteMigrations);
    database.exec('commit');
  } catch (error) {
    if (database.inTransaction) database.exec('rollback');
    await db.destroy();
    throw error;
  }
  // The write transaction holds the whole store (BEGIN IMMEDIATE): no key needs a lock of its own.
  const store = createKyselyStore(db, {
    search: searchSqlite,
    lockKeys: async () => {},
    deferEventWrites: true,
    insertRows: sqliteRowInserts(database),
  });
  // A file another connection can open (in WAL mode, its readers go on while it writes); not one in memory.
  return database.memory ? store : { ...store, location: { kind: 'sqlite', file } };
}
