import type { StoreConfig } from '../store/index.js';

/** The environment variable naming the store when `--db` is not given (a file or a postgres:// URL). */
export const DATABASE_URL_VARIABLE = 'CORROBORATE_DATABASE_URL';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** Whether a `--db` value names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return POSTGRES_URL.test(db);
}

/** The store a `--db` value names: a PostgreSQL server for a postgres:// URL, else a SQLite file. */
export function storeConfigOf(db: string): StoreConfig {
  return isPostgresUrl(db) ? { kind: 'postgres', url: db } : { kind: 'sqlite', file: db };
}

/** A `--db` value fit to print: a URL's password hidden. */
export function displayStore(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    const url = new URL(db);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'the PostgreSQL server';
  }
}

/** Where the alert tables of the store `db` names live: the same SQLite file or PostgreSQL server. */
export function alertLogConfigOf(
  db: string,
): { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string } {
  return isPostgresUrl(db) ? { kind: 'postgres', url: db } : { kind: 'sqlite', file: db };
}
