import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliBin, repoRoot } from '../support/paths.js';
import { pgSchemas } from '../support/pg-schemas.js';
import { runCli } from '../support/run-cli.js';

const url = process.env.CORROBORATE_PG_URL;
const work = mkdtempSync(join(tmpdir(), 'corroborate-queue-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The scenario corpus and the sample, in two folders: stories told by several outlets, so that workers merge into shared events.
const inputs = join(work, 'inputs');
for (const folder of ['scenario', 'sample']) {
  const from = join(repoRoot, 'corpus', folder);
  const to = join(inputs, folder);
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((f) => f.endsWith('.txt')))
    copyFileSync(join(from, name), join(to, name));
}
const documentCount =
  readdirSync(join(inputs, 'scenario')).length + readdirSync(join(inputs, 'sample')).length;

// Each test's store in a schema of its own on the server (its queue beside it), dropped at the end.
const schemas = pgSchemas(url ?? '', 'queue_test');
const { sql } = schemas;
const freshSchema = () => schemas.fresh();

interface EventJson {
  readonly type: string;
  readonly actor: string | null;
  readonly target: string | null;
  readonly weapons: readonly { readonly name?: string; readonly category?: string }[];
  readonly status: string;
  readonly claims: readonly unknown[];
  readonly origins: readonly unknown[];
}

/** Each event by its content (ids aside): type, actor, target, weapons, status, claim count, origins; sorted. */
async function eventContents(db: string): Promise<string[]> {
  const listed = await runCli([
    'events',
    '--db',
    db,
    '--sort',
    'first_reported',
    '--limit',
    '1000',
    '--json',
  ]);
  expect(listed.stderr).toBe('');
  expect(listed.code).toBe(0);
  return listed.stdout
    .trim()
    .split('\n')
    .map((line) => {
      const e = JSON.parse(line) as EventJson;
      const { type, actor, target, weapons, status, origins } = e;
      return JSON.stringify({ type, actor, target, weapons, status, claims: e.claims.length, origins });
    })
    .sort();
}

/** Starts `corroborate worker` as its own process; resolves with its exit code and output. */
function startWorker(args: readonly string[]): {
  child: ChildProcess;
  done: Promise<{ code: number | null; out: string }>;
} {
  const child = spawn(process.execPath, [cliBin, 'worker', ...args], { cwd: repoRoot });
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  const done = new Promise<{ code: number | null; out: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, out })),
  );
  return { child, done };
}

describe.skipIf(url === undefined || url === '')(
  'ingest workers on one PostgreSQL (skipped unless CORROBORATE_PG_URL is set: see scripts/pg-setup.sh)',
  () => {
    let reference: string[] = [];
    // Distinct texts: two files of the corpora carry the same one.
    let distinct = 0;
    beforeAll(async () => {
      const { url: db } = await freshSchema();
      const ingest = await runCli(['ingest', inputs, '--db', db, '--json']);
      expect(ingest.code).toBe(0);
      distinct = (JSON.parse(ingest.stdout) as { stored: number }).stored;
      expect(distinct).toBeGreaterThan(documentCount - 5);
      reference = await eventContents(db);
    }, 180_000);

    afterAll(() => schemas.dropAll(['_queue']));

    test('two worker processes give the events of one ingest; enqueueing again adds nothing', async () => {
      const { url: db } = await freshSchema();
      const queued = await runCli(['ingest', '--enqueue', inputs, '--db', db, '--json']);
      expect(queued.code).toBe(0);
      expect(JSON.parse(queued.stdout)).toEqual({
        queued: distinct,
        duplicates: documentCount - distinct,
        rejected: [],
      });
      const again = await runCli(['ingest', '--enqueue', inputs, '--db', db, '--json']);
      expect(JSON.parse(again.stdout)).toMatchObject({ queued: 0, duplicates: documentCount });
      const workers = [0, 1].map(() => startWorker(['--db', db, '--drain', '--batch-size', '2', '--json']));
      const runs = await Promise.all(workers.map((w) => w.done));
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const reports = runs.map((r) => JSON.parse(r.out) as { jobs: number; stored: number });
      // Both took part, and between them every document was stored once.
      expect(reports.every((r) => r.jobs > 0)).toBe(true);
      expect(reports[0].stored + reports[1].stored).toBe(distinct);
      expect(await eventContents(db)).toEqual(reference);
      // Once stored, the same files queue nothing.
      const stored = await runCli(['ingest', '--enqueue', inputs, '--db', db, '--json']);
      expect(JSON.parse(stored.stdout)).toMatchObject({ queued: 0, duplicates: documentCount });
    }, 240_000);

    test('a worker killed mid-job leaves its jobs to another, which stores every document', async () => {
      const { schema, url: db } = await freshSchema();
      const queued = await runCli(['ingest', '--enqueue', inputs, '--db', db, '--lease-seconds', '5']);
      expect(queued.code).toBe(0);
      const doomed = startWorker(['--db', db, '--batch-size', '4']);
      // Killed (no chance to clean up) as soon as it holds jobs.
      for (let tries = 0; tries < 600; tries += 1) {
        const [held] = await sql<{ n: string }>(
          `select count(*) as n from ${schema}_queue.job where state = 'active'`,
        );
        if (Number(held?.n) > 0) break;
        await sleep(50);
      }
      doomed.child.kill('SIGKILL');
      await doomed.done;
      const [before] = await sql<{ n: string }>(
        `select count(*) as n from ${schema}_queue.job where state = 'active'`,
      );
      expect(Number(before?.n)).toBeGreaterThan(0);
      const survivor = startWorker(['--db', db, '--drain', '--json']);
      const run = await survivor.done;
      expect(run.code).toBe(0);
      const states = await sql<{ state: string; retried: string; n: string }>(
        `select state::text, (retry_count > 0)::text as retried, count(*) as n from ${schema}_queue.job group by 1, 2 order by 1, 2`,
      );
      // Every job done, those the killed worker held taken again after their lease.
      expect(states.every((s) => s.state === 'completed')).toBe(true);
      expect(states.some((s) => s.retried === 'true')).toBe(true);
      const [documents] = await sql<{ n: string }>(`select count(*) as n from ${schema}.documents`);
      expect(Number(documents?.n)).toBe(distinct);
      expect(await eventContents(db)).toEqual(reference);
    }, 240_000);

    test('the queue commands refuse a SQLite store', async () => {
      const run = await runCli(['worker', '--db', join(work, 'x.db'), '--drain']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('PostgreSQL');
    });
  },
);
