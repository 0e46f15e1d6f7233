import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe } from 'vitest';
import { createPostgresStore } from '../../src/store/index.js';
import { storeSuite } from './store-suite.js';

const url = process.env.CORROBORATE_PG_URL;

/** The same server and database, with `search_path` set so every table lands in `schema`. */
function inSchema(connectionString: string, schema: string): string {
  const withSchema = new URL(connectionString);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return withSchema.toString();
}

if (url === undefined || url === '') {
  describe.skip('PostgreSQL store: skipped, set CORROBORATE_PG_URL (see scripts/pg-setup.sh) to run it', () => {
    storeSuite('PostgreSQL store', { open: () => Promise.reject(new Error('no server')) });
  });
} else {
  // Each test gets a schema of its own, dropped at the end, so runs never see each other's rows.
  const schemas: string[] = [];
  let current = '';

  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
    } finally {
      await client.end();
    }
  });

  storeSuite('PostgreSQL store', {
    open: async () => {
      current = `store_test_${randomBytes(6).toString('hex')}`;
      schemas.push(current);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`create schema ${current}`);
      } finally {
        await client.end();
      }
      return createPostgresStore({ connectionString: inSchema(url, current) });
    },
    reopen: () => createPostgresStore({ connectionString: inSchema(url, current) }),
  });
}
