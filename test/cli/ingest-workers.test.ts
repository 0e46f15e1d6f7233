import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { eventsOf, storeProblems } from '../support/store-checks.js';

const work = mkdtempSync(join(tmpdir(), 'corroborate-workers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The scenario corpus in three folders, so that the paths can be given in different orders.
const scenario = join(repoRoot, 'corpus/scenario');
const files = readdirSync(scenario)
  .filter((f) => !f.endsWith('.gold.json'))
  .sort();
const parts = [0, 1, 2].map((part) => {
  const dir = join(work, `part${part}`);
  mkdirSync(dir);
  for (const name of files.filter((_, i) => i % 3 === part))
    copyFileSync(join(scenario, name), join(dir, name));
  return dir;
});

test('the same inputs in another order and with one or two workers give the same events', async () => {
  const [a, b, c] = parts as [string, string, string];
  const one = join(work, 'one.db');
  const two = join(work, 'two.db');
  const first = await runCli(['ingest', a, b, c, '--db', one, '--workers', '1']);
  expect(first.code).toBe(0);
  const second = await runCli(['ingest', c, a, b, '--db', two, '--workers', '2', '--batch-size', '5']);
  expect(second.code).toBe(0);
  expect(second.stdout).toBe(first.stdout);
  expect(storeProblems(two)).toEqual([]);
  const events = eventsOf(one);
  expect(events.length).toBeGreaterThan(20);
  expect(eventsOf(two)).toEqual(events);
}, 120_000);

test('ingest on the main thread (--workers 0) gives the events of the worker threads', async () => {
  const b = parts[1] as string;
  const main = join(work, 'main.db');
  const pooled = join(work, 'pooled.db');
  expect((await runCli(['ingest', b, '--db', main, '--workers', '0'])).code).toBe(0);
  expect((await runCli(['ingest', b, '--db', pooled, '--workers', '2'])).code).toBe(0);
  expect(eventsOf(pooled)).toEqual(eventsOf(main));
}, 120_000);
