import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Runs `work` in a transaction of its own, or in the one `db` already is. */
export function within<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  // Kysely cannot nest transactions: a store bound to one runs its writes in it.
  if (db.isTransaction) return work(db);
  return db.transaction().execute((trx: Transaction<Database>) => work(trx));
}

// SQLite's lock wait ran out; PostgreSQL's serialization failure and deadlock.
const CONFLICT_CODES: ReadonlySet<string> = new Set([
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  '40001',
  '40P01',
]);

/** Whether an error is another writer's conflict, after which the whole transaction may run again. */
export function isConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONFLICT_CODES.has(code);
}

// Enough for a writer that lost a deadlock or a lock wait to get its turn; a lasting conflict still fails.
const ATTEMPTS = 6;

/** Runs `attempt` again, after a growing random pause, while it fails with a writers' conflict. */
export async function retryingConflicts<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= ATTEMPTS || !isConflict(error)) throw error;
      // Random, so that two writers that collided do not collide again in step.
      const pause = 20 * 2 ** tries * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
