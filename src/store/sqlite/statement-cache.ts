import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

// Enough for every statement the store builds (an `in` list of each length up to a page is one apiece).
const MAX_STATEMENTS = 500;

/**
 * The database as Kysely's SQLite dialect sees it, preparing each SQL text once: Kysely prepares every
 * query anew, which took a tenth of a millisecond or more a statement. Kysely runs one query at a time
 * on its single connection, so a cached statement is never in use twice at once.
 */
export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached !== undefined) {
        // Most recently used last, so the least recently used goes first when the cache is full.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (statements.size >= MAX_STATEMENTS) {
        const oldest = statements.keys().next();
        if (!oldest.done) statements.delete(oldest.value);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
