import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Event } from '../../src/domain/event.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const fixtures = resolve(repoRoot, 'test/fixtures/corroborate');
const work = mkdtempSync(join(tmpdir(), 'corroborate-cli-events-'));
const db = join(work, 'store.db');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function jsonLines(stdout: string): Event[] {
  return stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => Event.parse(JSON.parse(l)));
}

describe('corroborate events and event', () => {
  beforeAll(async () => {
    for (const name of ['1_wire.txt', '2_copy.txt', '3_denial.txt']) {
      const run = await runCli(['ingest', join(fixtures, name), '--db', db]);
      expect(run.code).toBe(0);
    }
  });

  test('events --json prints one event per line with its claims, origins, grade and timeline', async () => {
    const run = await runCli(['events', '--db', db, '--json']);
    expect(run.code).toBe(0);
    const events = jsonLines(run.stdout);
    const event = events.find((e) => e.actor === 'IRN' && e.target === 'RUS');
    expect(event).toMatchObject({ type: 'transfer', status: 'disputed', reports: 3 });
    expect(event?.grade.reliability).toMatch(/^[A-F]$/);
    expect(event?.independentOrigins).toBe(event?.origins.length);
    expect(event?.timeline[0]?.kind).toBe('first_report');
    for (const c of event?.claims ?? []) {
      expect(c.document).toMatch(/^doc_[0-9a-f]{16}$/);
      expect(c.claim).toMatch(/^c\d+$/);
      expect(c.file).toMatch(/\d_\w+\.txt$/);
    }
  });

  test('the claim ids of an event are those extract prints for its documents', async () => {
    const extracted = await runCli(['extract', join(fixtures, '3_denial.txt'), '--json']);
    const { document, claims } = JSON.parse(extracted.stdout) as {
      document: { id: string };
      claims: { id: string; status: string }[];
    };
    const denial = claims.find((c) => c.status === 'denied');
    const run = await runCli(['events', '--db', db, '--json', '--status', 'disputed']);
    const [event] = jsonLines(run.stdout);
    expect(
      event?.claims.some(
        (c) => c.document === document.id && c.claim === denial?.id && c.status === 'denied',
      ),
    ).toBe(true);
  });

  test('events filters by actor, target, type and status, and says so when nothing matches', async () => {
    const hit = await runCli([
      'events',
      '--db',
      db,
      '--actor',
      'irn',
      '--target',
      'RUS',
      '--type',
      'transfer',
    ]);
    expect(hit.code).toBe(0);
    expect(hit.stdout).toMatch(/^ev_[0-9a-f]{16} {2}transfer {2}IRN -> RUS .* disputed /m);
    const none = await runCli(['events', '--db', db, '--status', 'threatened']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('no events match');
    const since = await runCli(['events', '--db', db, '--since', '2030-01-01', '--json']);
    expect(since.stdout).toBe('');
  });

  test('events filters take names, capitals and demonyms where ids are accepted', async () => {
    const byId = jsonLines((await runCli(['events', '--db', db, '--json', '--actor', 'IRN'])).stdout);
    expect(byId.length).toBeGreaterThan(0);
    for (const actor of ['Iran', 'Islamic Republic of Iran', 'Tehran', 'Iranian']) {
      const run = await runCli(['events', '--db', db, '--json', '--actor', actor, '--target', 'Russia']);
      expect(run.code, actor).toBe(0);
      expect(jsonLines(run.stdout).map((e) => e.id)).toEqual(
        byId.filter((e) => e.target === 'RUS').map((e) => e.id),
      );
    }
  });

  test('an unknown name exits 2 naming the option and the closest names, not an empty list', async () => {
    const run = await runCli(['events', '--db', db, '--actor', 'Irann']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--actor');
    expect(run.stderr).toContain('Iran (IRN)');
    const weapon = await runCli(['events', '--db', db, '--weapon', 'Fath-36O']);
    expect(weapon.code).toBe(2);
    expect(weapon.stderr).toMatch(/--weapon.*Fath-360 \(weapon:fath-360\)/);
  });

  test('event ID prints the grade, the origins with their claims, and the timeline', async () => {
    const [event] = jsonLines((await runCli(['events', '--db', db, '--json', '--actor', 'IRN'])).stdout);
    const run = await runCli(['event', event?.id ?? '', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('independent origins');
    expect(run.stdout).toContain('timeline:');
    expect(run.stdout).toMatch(/first_report/);
    expect(run.stdout).toContain('The Straits Times');
    const json = await runCli(['event', event?.id ?? '', '--db', db, '--json']);
    expect(Event.parse(JSON.parse(json.stdout))).toEqual(event);
  });

  test('event of an unknown id exits 4 and a bad --status exits 2', async () => {
    const missing = await runCli(['event', 'ev_0000000000000000', '--db', db]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('ev_0000000000000000');
    const bad = await runCli(['events', '--db', db, '--status', 'rumoured']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--status');
  });

  test('eval-events scores the merge of a gold folder against its event ids', async () => {
    const run = await runCli(['eval-events', fixtures, '--json']);
    expect(run.code).toBe(0);
    const quality = JSON.parse(run.stdout) as {
      scores: { bcubed: number[]; items: number };
      nearDuplicates: number;
    };
    expect(quality.scores.items).toBeGreaterThanOrEqual(3);
    expect(quality.scores.bcubed[2]).toBe(1);
    expect(quality.nearDuplicates).toBe(1);
  });
});
