import type { PGlite } from '@electric-sql/pglite';
import { type Dialect, Kysely, sql } from 'kysely';
import { type AlertDatabase, AlertLog, migrateAlerts } from './alert-log.js';

/** Where the alert tables live: the store's database (a SQLite file, a PostgreSQL server) or a PGlite. */
export type AlertLogConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'pglite'; readonly pglite: PGlite };

const BUSY_TIMEOUT_MS = 5000;

async function dialectFor(config: AlertLogConfig): Promise<Dialect> {
  switch (config.kind) {
    case 'sqlite': {
      const [{ default: Database }, { SqliteDialect }] = await Promise.all([
        import('better-sqlite3'),
        import('kysely'),
      ]);
      const database = new Database(config.file);
      // A second connection beside the store's: WAL lets both write, the busy timeout lets them take turns.
      if (config.file !== ':memory:') database.pragma('journal_mode = WAL');
      database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      return new SqliteDialect({ database });
    }
    case 'postgres': {
      const [{ Pool }, { PostgresDialect }] = await Promise.all([import('pg'), import('kysely')]);
      const pool = new Pool({ connectionString: config.url, connectionTimeoutMillis: 10_000 });
      pool.on('error', () => {});
      return new PostgresDialect({ pool });
    }
    case 'pglite': {
      const { pgliteDialect } = await import('../store/postgres/pglite-dialect.js');
      return pgliteDialect(config.pglite);
    }
  }
}

/** Opens the alert tables through Kysely, creating or migrating them first. */
export async function openAlertLog(config: AlertLogConfig): Promise<AlertLog> {
  const db = new Kysely<AlertDatabase>({ dialect: await dialectFor(config) });
  try {
    let schema: string | undefined;
    if (config.kind !== 'sqlite') {
      const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
      schema = rows[0]?.schema ?? undefined;
    }
    await migrateAlerts(db, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new AlertLog(db);
}
