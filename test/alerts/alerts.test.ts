import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type AlertLog,
  type AlertLogConfig,
  checkRules,
  openAlertLog,
  WatchRule,
} from '../../src/alerts/index.js';
import { ingestInputs, openStore, type Store } from '../../src/index.js';
import { repoRoot } from '../support/paths.js';

const fixtures = join(repoRoot, 'test/fixtures/alerts');
const work = mkdtempSync(join(tmpdir(), 'corroborate-alerts-'));
const SECRET = 'a-shared-secret-of-some-length';
const now = () => new Date();

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A local webhook receiver that answers each POST with the next status of a script (then 200). */
async function startReceiver(
  script: number[] = [],
): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (c: string) => {
      body += c;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(script.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

const rule = (url: string, fields: Record<string, unknown> = {}) =>
  WatchRule.parse({
    name: 'iran-arms',
    url,
    secret: SECRET,
    when: { actor: 'irn' },
    retryDelay: 0.01,
    ...fields,
  });

const logs: unknown[] = [];
const log = (entry: unknown) => void logs.push(entry);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the alert tables migrate and work through Kysely on every backend', () => {
  const pglite = new PGlite();
  const backends: [string, () => AlertLogConfig][] = [
    ['SQLite', () => ({ kind: 'sqlite', file: join(work, 'alerts.db') })],
    ['PGlite (PostgreSQL)', () => ({ kind: 'pglite', pglite })],
  ];
  const pgUrl = process.env.CORROBORATE_PG_URL;
  if (pgUrl) backends.push(['PostgreSQL server', () => ({ kind: 'postgres', url: pgUrl })]);
  for (const [name, config] of backends) {
    test(`${name}: records deliveries and notices, and migrating twice changes nothing`, async () => {
      // A rule name of its own, since a PostgreSQL server's tables outlive the test run.
      const r = `rule-${randomUUID()}`;
      const first = await openAlertLog(config());
      const attempt = {
        delivery: 'd1',
        rule: r,
        event_id: 'ev_1',
        kind: 'appeared',
        status: 'claimed',
        previous_status: null,
        url: 'http://x',
        attempt: 1,
        ok: true,
        http_status: 200,
        error: null,
        at: '2026-01-01T00:00:00.000Z',
      };
      await first.record(attempt);
      await first.notice(r, 'ev_1', 'claimed', attempt.at);
      await first.notice(r, 'ev_1', 'disputed', attempt.at);
      expect(await first.firstCheck(r, attempt.at)).toBe(true);
      await first.close();
      const again = await openAlertLog(config());
      expect(await again.deliveries(r)).toEqual([attempt]);
      expect(await again.notices(r)).toEqual(new Map([['ev_1', 'disputed']]));
      expect(await again.firstCheck(r, attempt.at)).toBe(false);
      await again.close();
    });
  }
});

describe('watch rules deliver signed webhooks', () => {
  let store: Store;
  let alerts: AlertLog;
  beforeAll(async () => {
    store = await openStore({ kind: 'sqlite', file: ':memory:' });
    alerts = await openAlertLog({ kind: 'sqlite', file: ':memory:' });
  });
  afterAll(async () => {
    await alerts.close();
    await store.close();
  });

  test('an event that appears, then changes status, is POSTed each time with a valid HMAC; nothing new, nothing sent', async () => {
    const receiver = await startReceiver();
    const deps = { store, alerts, now, log };
    const iran = rule(receiver.url, { notifyExisting: true });
    await ingestInputs([join(fixtures, '1-report.txt')], { store, now });
    expect(await checkRules([iran], deps)).toBe(1);
    await ingestInputs([join(fixtures, '2-denial.txt')], { store, now });
    expect(await checkRules([iran], deps)).toBe(1);
    expect(await checkRules([iran], deps)).toBe(0);
    await receiver.close();
    const bodies = receiver.received.map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => [b.kind, b.event.status, b.previousStatus])).toEqual([
      ['appeared', 'claimed', null],
      ['status_changed', 'disputed', 'claimed'],
    ]);
    expect(bodies[0].event).toMatchObject({ actor: 'IRN', target: 'RUS', type: 'transfer' });
    for (const { headers, body } of receiver.received) {
      const timestamp = String(headers['x-corroborate-timestamp']);
      const expected = createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex');
      expect(headers['x-corroborate-signature']).toBe(`sha256=${expected}`);
      expect(headers['content-type']).toBe('application/json');
    }
    const recorded = await alerts.deliveries('iran-arms');
    expect(recorded.map((d) => [d.kind, d.ok, d.http_status, d.attempt])).toEqual([
      ['appeared', true, 200, 1],
      ['status_changed', true, 200, 1],
    ]);
  });

  test('a receiver that fails with 5xx is retried with back-off until it answers; a 4xx is not retried; each attempt is recorded', async () => {
    const receiver = await startReceiver([503, 500, 200, 400]);
    const deps = { store, alerts, now, log };
    expect(await checkRules([rule(receiver.url, { name: 'retry', notifyExisting: true })], deps)).toBe(1);
    expect(await checkRules([rule(receiver.url, { name: 'refused', notifyExisting: true })], deps)).toBe(0);
    await receiver.close();
    const retry = await alerts.deliveries('retry');
    expect(retry.map((d) => [d.attempt, d.ok, d.http_status])).toEqual([
      [1, false, 503],
      [2, false, 500],
      [3, true, 200],
    ]);
    expect(new Set(retry.map((d) => d.delivery)).size).toBe(1);
    const refused = await alerts.deliveries('refused');
    expect(refused.map((d) => [d.attempt, d.ok, d.http_status, d.error])).toEqual([
      [1, false, 400, 'HTTP 400'],
    ]);
  });

  test("an unreachable receiver is tried maxAttempts times, and a rule's first check stays quiet unless notifyExisting", async () => {
    const deps = { store, alerts, now, log };
    const gone = rule('http://127.0.0.1:9/hook', { name: 'gone', notifyExisting: true, maxAttempts: 3 });
    expect(await checkRules([gone], deps)).toBe(0);
    expect((await alerts.deliveries('gone')).map((d) => [d.attempt, d.ok, d.http_status])).toEqual([
      [1, false, null],
      [2, false, null],
      [3, false, null],
    ]);
    const receiver = await startReceiver();
    expect(await checkRules([rule(receiver.url, { name: 'quiet' })], deps)).toBe(0);
    expect(receiver.received).toHaveLength(0);
    expect(await alerts.notices('quiet')).toEqual(new Map([[expect.stringMatching(/^ev_/), 'disputed']]));
    await receiver.close();
  });

  test('rules are checked by their schema: one secret, an http(s) URL, a known status', () => {
    expect(WatchRule.safeParse({ name: 'x', url: 'http://h/', secret: SECRET }).success).toBe(true);
    expect(WatchRule.safeParse({ name: 'x', url: 'http://h/' }).success).toBe(false);
    expect(WatchRule.safeParse({ name: 'x', url: 'ftp://h/', secret: SECRET }).success).toBe(false);
    expect(
      WatchRule.safeParse({ name: 'x', url: 'http://h/', secret: SECRET, when: { status: 'rumoured' } })
        .success,
    ).toBe(false);
    expect(WatchRule.safeParse({ name: 'x', url: 'http://h/', secret: 'short' }).success).toBe(false);
  });
});
