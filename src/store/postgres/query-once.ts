import type { QueryResultRow } from 'pg';

/**
 * Runs one statement (or several, without parameters) on the server at `url` over a connection of its
 * own, and returns its rows: for set-up and checks outside a store's pool. `pg` loads on first use.
 */
export async function queryOnce<R extends QueryResultRow>(url: string, text: string): Promise<R[]> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}
