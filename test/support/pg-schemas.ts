import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { queryOnce } from '../../src/store/postgres/query-once.js';

/** Queries on a real PostgreSQL server, and stores each in a schema of its own, dropped at the end. */
export interface PgSchemas {
  /** Runs one statement (or several, without parameters) and returns its rows. */
  sql<R extends pg.QueryResultRow>(text: string): Promise<R[]>;
  /** A new schema named `prefix_<random>`, and the server's URL whose search path is that schema. */
  fresh(): Promise<{ readonly schema: string; readonly url: string }>;
  /** Drops every schema made by `fresh`, with the schemas named `<schema><suffix>` for each suffix. */
  dropAll(suffixes?: readonly string[]): Promise<void>;
}

/** Schemas for tests on the server at `url`, named from `prefix`. */
export function pgSchemas(url: string, prefix: string): PgSchemas {
  const made: string[] = [];
  const sql = <R extends pg.QueryResultRow>(text: string) => queryOnce<R>(url, text);
  return {
    sql,
    async fresh() {
      const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
      made.push(schema);
      await sql(`create schema ${schema}`);
      const withSchema = new URL(url);
      withSchema.searchParams.set('options', `-c search_path=${schema}`);
      return { schema, url: withSchema.toString() };
    },
    async dropAll(suffixes = []) {
      for (const schema of made)
        for (const name of [schema, ...suffixes.map((s) => `${schema}${s}`)])
          await sql(`drop schema if exists ${name} cascade`);
    },
  };
}
