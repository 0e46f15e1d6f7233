import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correct, type Event, EventFilter, ingestInputs, openStore, type Store } from '../../src/index.js';
import { repoRoot } from '../support/paths.js';

const fixtures = resolve(repoRoot, 'test/fixtures/corroborate');
const files = ['1_wire.txt', '2_copy.txt', '3_denial.txt'].map((name) => join(fixtures, name));
const dir = mkdtempSync(join(tmpdir(), 'corroborate-corrections-'));
const now = () => new Date('2024-09-12T10:00:00Z');
let store: Store;

async function ingestAll(into: Store): Promise<void> {
  // One at a time, in publication order, as a feed would bring them.
  for (const file of files) await ingestInputs([file], { store: into, now });
}

async function pairEvent(from: Store): Promise<Event> {
  const { events } = await from.listEvents(EventFilter.parse({ actor: 'IRN', target: 'RUS' }));
  expect(events).toHaveLength(1);
  return events[0] as Event;
}

const denialOf = (event: Event) => {
  const denial = event.claims.find((c) => c.status === 'denied');
  if (denial === undefined) throw new Error('no denial');
  return denial;
};

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: join(dir, 'store.sqlite') });
  await ingestAll(store);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('analyst corrections', () => {
  it('a denial read as an assertion, corrected, changes the event status and grade and enters its history', async () => {
    const before = await pairEvent(store);
    expect(before.status).toBe('disputed');
    const denial = denialOf(before);
    const outcome = await correct(
      {
        kind: 'claim',
        analyst: 'A. Analyst',
        reason: 'Kanaani rejects the reports: the sentence is not a denial of a delivery by Iran',
        document: denial.document,
        claim: denial.claim,
        fix: { wrong: true },
      },
      { store, now },
    );
    const after = await pairEvent(store);
    expect(after.id).toBe(before.id);
    expect(after.status).not.toBe('disputed');
    expect(after.claims.some((c) => c.status === 'denied')).toBe(false);
    expect(`${after.grade.reliability}${after.grade.credibility}`).not.toBe(
      `${before.grade.reliability}${before.grade.credibility}`,
    );
    const history = await store.eventHistory(after.id);
    expect(history.map((h) => h.id)).toEqual([outcome.correction.id]);
    expect(history[0]).toMatchObject({
      analyst: 'A. Analyst',
      kind: 'claim',
      document: denial.document,
      before: { wrong: false },
      after: { wrong: true },
      at: '2024-09-12T10:00:00.000Z',
    });
  });

  it('the correction holds when the same documents are ingested again', async () => {
    const corrected = await pairEvent(store);
    await ingestAll(store);
    const again = await pairEvent(store);
    expect(again.status).toBe(corrected.status);
    expect(again.claims).toHaveLength(corrected.claims.length);
  });

  it('the correction holds when the documents are extracted and merged again in a new store', async () => {
    const corrected = await pairEvent(store);
    const fresh = await openStore({ kind: 'sqlite', file: join(dir, 'fresh.sqlite') });
    try {
      // The corrections travel alone: keyed by content hash and evidence, not by the old store's rows.
      for (const c of await store.listCorrections()) await fresh.saveCorrection({ ...c, events: [] });
      await ingestAll(fresh);
      const rebuilt = await pairEvent(fresh);
      expect(rebuilt.status).toBe(corrected.status);
      expect(rebuilt.grade).toEqual(corrected.grade);
      expect(rebuilt.claims.some((c) => c.status === 'denied')).toBe(false);
    } finally {
      await fresh.close();
    }
  });

  it('a status set by hand is derived into the event at once', async () => {
    const event = await pairEvent(store);
    const claim = event.claims.find((c) => c.status === 'unconfirmed' && c.origin === 'government of Iran');
    if (claim === undefined) throw new Error('no unconfirmed claim');
    await correct(
      {
        kind: 'claim',
        analyst: 'B. Analyst',
        reason: 'the mission later denied it in the same story',
        document: claim.document,
        claim: claim.claim,
        fix: { status: 'denied', source: "Iran's mission to the United Nations" },
      },
      { store, now },
    );
    const after = await pairEvent(store);
    expect(after.status).toBe('disputed');
    const history = await store.eventHistory(after.id);
    expect(history.at(-1)).toMatchObject({
      analyst: 'B. Analyst',
      before: { status: 'unconfirmed' },
      after: { status: 'denied' },
    });
  });

  it('splits chosen claims into a new event and merges them back, each event derived again', async () => {
    const event = await pairEvent(store);
    const wire = event.claims.filter((c) => c.outlet === 'Reuters');
    const split = await correct(
      {
        kind: 'split_event',
        analyst: 'H. Analyst',
        reason: 'the wire story tells an earlier batch',
        event: event.id,
        claims: wire.map((c) => ({ document: c.document, claim: c.claim })),
      },
      { store, now },
    );
    const [kept, moved] = split.events as [string, string];
    expect(kept).toBe(event.id);
    const apart = await store.listEvents(EventFilter.parse({ actor: 'IRN', target: 'RUS' }));
    expect(apart.events.map((e) => e.claims.length).sort()).toEqual(
      [wire.length, event.claims.length - wire.length].sort(),
    );
    expect((await store.eventHistory(moved)).map((h) => h.kind)).toEqual(['split_event']);
    await correct(
      {
        kind: 'merge_events',
        analyst: 'H. Analyst',
        reason: 'one batch after all',
        event: moved,
        into: kept,
      },
      { store, now },
    );
    const merged = await pairEvent(store);
    expect(merged.claims).toHaveLength(event.claims.length);
    expect(merged.status).toBe(event.status);
    expect(await store.getEvent(moved)).toBeNull();
    // No event is left linking to the event merged away.
    const all = await store.listEvents(EventFilter.parse({}));
    for (const e of all.events) expect(e.related).not.toContain(moved);
    expect((await store.eventHistory(kept)).map((h) => h.kind).slice(-2)).toEqual([
      'split_event',
      'merge_events',
    ]);
  });

  it('an excluded document leaves the event, which is derived again without it', async () => {
    const event = await pairEvent(store);
    const copy = event.claims.find((c) => c.outlet === 'The Straits Times');
    if (copy === undefined) throw new Error('no copy');
    await correct(
      {
        kind: 'exclude_document',
        analyst: 'I. Analyst',
        reason: 'a syndicated copy',
        document: copy.document,
      },
      { store, now },
    );
    const after = await pairEvent(store);
    expect(after.claims.some((c) => c.document === copy.document)).toBe(false);
    expect(after.reports).toBe(event.reports - 1);
    expect((await store.eventHistory(after.id)).at(-1)?.kind).toBe('exclude_document');
  });

  it('refuses a correction without the analyst name', async () => {
    const event = await pairEvent(store);
    const claim = event.claims[0];
    await expect(
      correct(
        { kind: 'claim', analyst: ' ', reason: 'x', document: claim?.document, claim: claim?.claim, fix: {} },
        { store, now },
      ),
    ).rejects.toThrow(/analyst name is required/);
  });
});
