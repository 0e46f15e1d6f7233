import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventFilter, ingestInputs, openStore, type Store } from '../../src/index.js';
import { repoRoot } from '../support/paths.js';

const fixtures = resolve(repoRoot, 'test/fixtures/corroborate');
const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-events-'));
let store: Store;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: join(dir, 'store.sqlite') });
  // One at a time, in publication order, as a feed would bring them.
  for (const name of ['1_wire.txt', '2_copy.txt', '3_denial.txt']) {
    await ingestInputs([join(fixtures, name)], { store, now: () => new Date('2024-09-10T00:00:00Z') });
  }
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function theEvent() {
  const { events } = await store.listEvents(EventFilter.parse({ actor: 'IRN', target: 'RUS' }));
  expect(events).toHaveLength(1);
  const [event] = events;
  if (event === undefined) throw new Error('no event');
  return event;
}

describe('ingest with event merging', () => {
  it('merges the wire story, its syndicated copy and the denial into one disputed event', async () => {
    const event = await theEvent();
    expect(event.reports).toBe(3);
    expect(event.status).toBe('disputed');
    expect(new Set(event.claims.map((c) => c.outlet))).toEqual(
      new Set(['Reuters', 'The Straits Times', 'Tehran Times']),
    );
  });

  it('detects the syndicated copy from its text and gives its claims the wire story origins', async () => {
    const event = await theEvent();
    const wire = event.claims.filter((c) => c.outlet === 'Reuters');
    const copy = event.claims.filter((c) => c.outlet === 'The Straits Times');
    expect(copy.length).toBeGreaterThan(0);
    expect(new Set(copy.map((c) => c.echoOf))).toEqual(new Set([wire[0]?.document]));
    // The copy trims the wire's last paragraph (Iran's mission did not respond): a subset of its origins.
    const wireOrigins = new Set(wire.map((c) => c.origin));
    for (const c of copy) expect(wireOrigins).toContain(c.origin);
    expect(event.echoes).toContain('The Straits Times');
    const supporting = event.origins.filter((o) => o.stance === 'asserts');
    expect(supporting).toMatchObject([{ name: 'Reuters', kind: 'sources', echoes: ['The Straits Times'] }]);
  });

  it('records where each claim went and keeps the first report and the denial on the timeline', async () => {
    const event = await theEvent();
    for (const c of event.claims) expect(await store.eventOfClaim(c.document, c.claim)).toBe(event.id);
    expect(event.timeline[0]).toMatchObject({ kind: 'first_report', outlet: 'Reuters', date: '2024-09-06' });
    expect(event.timeline.at(-1)).toMatchObject({
      kind: 'status_change',
      status: 'disputed',
      outlet: 'Tehran Times',
    });
    expect(await store.getEvent(event.id)).toEqual(event);
  });

  it('leaves the events as they are when a document is ingested again', async () => {
    const before = await theEvent();
    await ingestInputs([join(fixtures, '1_wire.txt')], { store });
    expect(await theEvent()).toEqual(before);
  });
});
