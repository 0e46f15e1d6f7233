import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { pgSchemas } from '../support/pg-schemas.js';
import { runCli } from '../support/run-cli.js';

const url = process.env.CORROBORATE_PG_URL;
const work = mkdtempSync(join(tmpdir(), 'corroborate-pg-cli-'));
const sample = join(repoRoot, 'corpus/sample');
const files = readdirSync(sample)
  .filter((f) => f.endsWith('.txt'))
  .sort();
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each test's store in a schema of its own on the server (its queue beside it), dropped at the end.
const schemas = pgSchemas(url ?? '', 'cli_test');
const { sql } = schemas;
const freshSchema = () => schemas.fresh();

function copyInto(dir: string, names: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const name of names) copyFileSync(join(sample, name), join(dir, name));
  return dir;
}

/** The events as `events --json` prints them, by id. */
function eventLines(stdout: string): unknown[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

const ALL = ['--sort', 'first_reported', '--limit', '1000', '--json'];

describe.skipIf(url === undefined || url === '')(
  'the CLI on PostgreSQL (skipped unless CORROBORATE_PG_URL is set: see scripts/pg-setup.sh)',
  () => {
    afterAll(() => schemas.dropAll());

    let sqliteEvents: unknown[] = [];
    beforeAll(async () => {
      const db = join(work, 'reference.db');
      expect((await runCli(['ingest', sample, '--db', db])).code).toBe(0);
      sqliteEvents = eventLines((await runCli(['events', '--db', db, ...ALL])).stdout);
    }, 120_000);

    test('ingest, events, event and documents on a postgres:// URL give what they give on SQLite', async () => {
      const { url: db } = await freshSchema();
      const ingest = await runCli(['ingest', sample, '--db', db]);
      expect(ingest.stderr).toBe('');
      expect(ingest.code).toBe(0);
      expect(ingest.stdout).toMatch(/^stored +26$/m);
      const events = eventLines((await runCli(['events', '--db', db, ...ALL])).stdout);
      expect(events).toEqual(sqliteEvents);
      const first = events[0] as { id: string };
      const one = await runCli(['event', first.id, '--db', db, '--json']);
      expect(JSON.parse(one.stdout)).toEqual(first);
      const documents = await runCli(['documents', '--db', db, '--json', '--limit', '100']);
      expect(JSON.parse(documents.stdout)).toHaveLength(files.length);
    }, 120_000);

    test('CORROBORATE_DATABASE_URL names the store when --db is not given; a URL password is never printed', async () => {
      const { url: db } = await freshSchema();
      const env = { CORROBORATE_DATABASE_URL: db };
      expect((await runCli(['ingest', join(sample, files[0] as string)], { env })).code).toBe(0);
      const listed = await runCli(['documents', '--json'], { env });
      expect(JSON.parse(listed.stdout)).toHaveLength(1);
      const missing = await runCli(['event', 'ev_0000000000000000', '--db', db]);
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain('***');
      expect(missing.stderr).not.toContain(':corroborate@');
    }, 120_000);

    test('watch follows a folder into a postgres:// store from its config, its alerts and deliveries beside it', async () => {
      const { schema, url: db } = await freshSchema();
      const received: string[] = [];
      const hook = createServer((request, response) => {
        let body = '';
        request.setEncoding('utf8').on('data', (chunk: string) => {
          body += chunk;
        });
        request.on('end', () => {
          received.push(body);
          response.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = hook.address() as AddressInfo;
        const folder = copyInto(join(work, 'watched'), files.slice(0, 6));
        const rule = {
          name: 'all',
          url: `http://127.0.0.1:${port}/hook`,
          secret: 'x'.repeat(20),
          notifyExisting: true,
        };
        const config = join(work, 'watch.config.json');
        writeFileSync(
          config,
          JSON.stringify({ db, allowPrivate: true, folders: [{ path: folder }], rules: [rule] }),
        );
        const run = await runCli(['watch', '--config', config, '--once']);
        expect(run.code).toBe(0);
        const [documents] = await sql<{ n: string }>(`select count(*) as n from ${schema}.documents`);
        expect(Number(documents?.n)).toBe(6);
        expect(received.length).toBeGreaterThan(0);
        const deliveries = await runCli(['deliveries', '--db', db, '--json']);
        expect(deliveries.code).toBe(0);
        expect(deliveries.stdout.trim().split('\n')).toHaveLength(received.length);
      } finally {
        hook.close();
      }
    }, 120_000);

    test('two ingest processes on disjoint inputs lose no claim from the events', async () => {
      const { schema, url: db } = await freshSchema();
      const half = Math.ceil(files.length / 2);
      const a = copyInto(join(work, 'a'), files.slice(0, half));
      const b = copyInto(join(work, 'b'), files.slice(half));
      const options = ['--db', db, '--batch-size', '2', '--workers', '1'];
      const runs = await Promise.all([runCli(['ingest', a, ...options]), runCli(['ingest', b, ...options])]);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const [counts] = await sql<{ documents: string; merged: string }>(
        `select (select count(*) from ${schema}.documents) as documents,
              (select count(*) from ${schema}.document_fingerprints) as merged`,
      );
      expect(counts).toEqual({ documents: String(files.length), merged: String(files.length) });
      // Every placement's event exists and carries the claim, and each event counts the claims placed in it.
      const lost = await sql(
        `select p.document_id, p.claim_id from ${schema}.event_claims p
       where p.data is null or not exists (select 1 from ${schema}.events e where e.id = p.event_id)`,
      );
      expect(lost).toEqual([]);
      const miscounted = await sql(
        `select e.id from ${schema}.events e
       where (e.data->'state'->>'claims')::int <> (select count(*) from ${schema}.event_claims p where p.event_id = e.id)`,
      );
      expect(miscounted).toEqual([]);
    }, 180_000);
  },
);
