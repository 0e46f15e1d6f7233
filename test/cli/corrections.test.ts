import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Gold } from '../../src/eval/index.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const fixtures = resolve(repoRoot, 'test/fixtures/corroborate');
const work = mkdtempSync(join(tmpdir(), 'corroborate-cli-corrections-'));
const db = join(work, 'store.db');
const gold = join(work, 'gold');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Content hashes of the fixtures' texts: the ids corrections are keyed by.
const WIRE = 'doc_bdad1626b64bea2a';
const DENIAL = 'doc_04b10df9e2a0876d';
const EVENT = 'ev_3ccb83dda799a4d0';
const by = ['--by', 'D. Analyst', '--db', db];

async function cli(args: readonly string[]) {
  const run = await runCli(args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

describe('corroborate correct, history and export-gold', () => {
  beforeAll(async () => {
    await cli(['ingest', fixtures, '--db', db]);
  });

  test('correct claim prints the event derived again; history lists who, what and why', async () => {
    const out = await cli([
      'correct',
      'claim',
      DENIAL,
      'c1',
      '--wrong',
      '--reason',
      'rejects the reports',
      ...by,
    ]);
    expect(out).toMatch(new RegExp(`${EVENT} {2}claimed {2}grade C3`));
    await cli([
      'correct',
      'claim',
      WIRE,
      'c4',
      '--source',
      'National Security Council',
      '--reason',
      'NSC',
      ...by,
    ]);
    const history = await cli(['history', EVENT, '--db', db]);
    expect(history).toMatch(/D\. Analyst {2}claim doc_04b10df9e2a0876d/);
    expect(history).toMatch(/after {2}\{"wrong":true\}/);
    expect(history).toMatch(/why {4}rejects the reports/);
    expect(history).toMatch(/after {2}\{"source":"National Security Council"\}/);
  });

  test('a correction without a name is refused', async () => {
    const run = await runCli(['correct', 'claim', DENIAL, 'c2', '--wrong', '--reason', 'x', '--db', db]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--by/);
  });

  test('export-gold writes gold files that validate and score 1.0 against the corrected extraction', async () => {
    expect(await cli(['export-gold', gold, '--db', db])).toMatch(/wrote 2 gold file\(s\)/);
    const files = readdirSync(gold).filter((f) => f.endsWith('.gold.json'));
    expect(files.sort()).toEqual([`${DENIAL}.gold.json`, `${WIRE}.gold.json`]);
    for (const f of files) {
      const parsed = Gold.safeParse(JSON.parse(readFileSync(join(gold, f), 'utf8')));
      expect(parsed.success).toBe(true);
    }
    const denial = Gold.parse(JSON.parse(readFileSync(join(gold, `${DENIAL}.gold.json`), 'utf8')));
    expect(denial.claims.some((c) => c.status === 'denied' && c.actor === 'IRN')).toBe(false);
    const scores = JSON.parse(await cli(['eval', gold, '--corrections', db, '--json'])) as Record<
      string,
      number[]
    >;
    for (const level of ['event', 'event_status', 'event_status_source']) {
      expect(scores[level]).toEqual([1, 1, 1]);
    }
    // The raw extraction still holds the claim the analysts dropped: it scores below 1.
    const raw = JSON.parse(await cli(['eval', gold, '--json'])) as Record<string, number[]>;
    expect(raw.event_status?.[0]).toBeLessThan(1);
  });
});
