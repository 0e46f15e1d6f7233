import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** Hands out one lock at a time, in the order asked for. */
function createMutex(): () => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve();
  return async () => {
    let release = (): void => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = tail;
    tail = previous.then(() => held);
    await previous;
    return release;
  };
}

function connectionTo(pglite: PGlite): DatabaseConnection {
  async function executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await pglite.query<R>(compiled.sql, [...compiled.parameters]);
    return result.affectedRows === undefined
      ? { rows: result.rows }
      : { rows: result.rows, numAffectedRows: BigInt(result.affectedRows) };
  }
  return {
    executeQuery,
    // PGlite has no cursors over its protocol, so a stream is the whole result in chunks.
    async *streamQuery<R>(compiled: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<R>> {
      const { rows } = await executeQuery<R>(compiled);
      for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) };
    },
  };
}

function pgliteDriver(pglite: PGlite): Driver {
  const lock = createMutex();
  const releases = new WeakMap<DatabaseConnection, () => void>();
  // PGlite is a single session: a transaction begun on it holds it until commit or rollback,
  // so every query and transaction takes the one connection in turn.
  return {
    async init() {
      await pglite.waitReady;
    },
    async acquireConnection() {
      const release = await lock();
      const connection = connectionTo(pglite);
      releases.set(connection, release);
      return connection;
    },
    async beginTransaction(connection, settings: TransactionSettings) {
      // Isolation level and access mode are keywords from Kysely's closed lists, not input.
      const options = [
        settings.isolationLevel === undefined ? '' : ` isolation level ${settings.isolationLevel}`,
        settings.accessMode === undefined ? '' : ` ${settings.accessMode}`,
      ].join('');
      await connection.executeQuery(CompiledQuery.raw(`start transaction${options}`));
    },
    async commitTransaction(connection) {
      await connection.executeQuery(CompiledQuery.raw('commit'));
    },
    async rollbackTransaction(connection) {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    },
    async releaseConnection(connection) {
      releases.get(connection)?.();
      releases.delete(connection);
    },
    async destroy() {
      // Waits for work in flight; PGlite itself belongs to the caller, who closes it.
      const release = await lock();
      release();
    },
  };
}

/** A Kysely dialect over one PGlite instance, serialising access to it; the caller keeps and closes PGlite. */
export function pgliteDialect(pglite: PGlite): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => pgliteDriver(pglite),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}
