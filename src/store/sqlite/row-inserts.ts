import type BetterSqlite3 from 'better-sqlite3';
import type { InsertRows } from '../kysely-store.js';

/**
 * Inserts rows one statement each, prepared once per table, columns and conflict clause, on the store's
 * own connection (so inside the transaction Kysely holds open on it). Kysely built and compiled each
 * multi-row insert anew, which cost more than SQLite took to run it; a prepared statement run per row
 * costs a few microseconds. Table, columns and clause are the store's own constants, never input.
 */
export function sqliteRowInserts(database: BetterSqlite3.Database): InsertRows {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return (table, columns, rows, conflict = '') => {
    if (rows.length === 0) return [];
    const key = `${table}|${columns.join(',')}|${conflict}`;
    let statement = statements.get(key);
    if (statement === undefined) {
      const marks = columns.map(() => '?').join(', ');
      statement = database.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${marks}) ${conflict}`,
      );
      statements.set(key, statement);
    }
    const prepared = statement;
    return rows.map((row) => prepared.run(columns.map((c) => row[c] ?? null)).changes > 0);
  };
}
