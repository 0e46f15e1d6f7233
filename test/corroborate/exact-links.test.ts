import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seeded, shuffled } from '../../src/bench/seeded.js';
import { compareClaims, corroborate, corroborationDeps } from '../../src/corroborate/index.js';
import type { SourceDocument } from '../../src/domain/document.js';
import { type Event, EventFilter } from '../../src/domain/event.js';
import type { Attribution, ClaimStatus, Extraction } from '../../src/domain/extraction.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { type BatchItem, storeBatch } from '../../src/pipeline/index.js';
import { openStore, type Store } from '../../src/store/index.js';

// Linking a new claim reads the cited outlet's stories in pages, so that it takes the story linking
// the whole event would give it however many stories crowd its days, in whatever order documents come.

const dir = mkdtempSync(join(tmpdir(), 'corroborate-exact-links-'));
const deps = corroborationDeps(loadKnowledge());
let opened = 0;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Spec {
  readonly n: number;
  readonly published: string;
  readonly outlet: string;
  readonly status: ClaimStatus;
  /** The outlet the claim cites ("Reuters reported"), if any. */
  readonly cites?: string;
  /** Who the claim's source is when it cites nobody: the outlet's unnamed sources or a government. */
  readonly source?: 'sources' | 'government';
}

// Words no two documents share many of, so that none is taken for a near-duplicate of another.
function text(n: number): string {
  const random = seeded(1000 + n);
  const words = Array.from({ length: 120 }, () => `w${Math.floor(random() * 50_000).toString(36)}`);
  return `${words.join(' ')} ${n}`;
}

function item(spec: Spec): BatchItem {
  const id = `doc_${spec.n.toString(16).padStart(16, '0')}`;
  const body = text(spec.n);
  const attributions: Attribution[] = [];
  const span = { start: 0, end: 10 };
  if (spec.cites !== undefined)
    attributions.push({
      id: 'a1',
      source: { name: spec.cites, entity: null, kind: 'outlet' },
      cue: 'reported',
      content: span,
      parent: null,
    });
  else if (spec.source === 'sources')
    attributions.push({
      id: 'a1',
      source: { name: 'officials familiar with the matter', entity: null, kind: 'anonymous', country: null },
      cue: 'said',
      content: span,
      parent: null,
    });
  else if (spec.source === 'government')
    attributions.push({
      id: 'a1',
      source: { name: 'a foreign ministry spokesman', entity: null, kind: 'government', country: 'USA' },
      cue: 'said',
      content: span,
      parent: null,
    });
  const extraction: Extraction = {
    schema: 'corroborate/extraction@1',
    document: { id, published: spec.published, outlet: spec.outlet, text: body },
    entities: [],
    attributions,
    claims: [
      {
        id: 'c1',
        type: 'transfer',
        actor: 'IRN',
        target: 'RUS',
        weapons: [{ class: 'drone', system: 'weapon:shahed-136' }],
        time: null,
        status: spec.status,
        source: attributions.length === 0 ? null : 'a1',
        chain: [spec.outlet, ...attributions.map((a) => a.source.name)],
        evidence: { start: 0, end: 20, text: body.slice(0, 20) },
      },
    ],
  };
  const document: SourceDocument = {
    id,
    published: spec.published,
    outlet: spec.outlet,
    title: null,
    url: null,
    text: body,
    origin: `test#${spec.n}`,
    format: 'text',
    warnings: [],
  };
  return { ok: true, document, extraction };
}

async function build(specs: readonly Spec[], batch: number): Promise<Store> {
  opened += 1;
  const store = await openStore({ kind: 'sqlite', file: join(dir, `store-${opened}.sqlite`) });
  const items = specs.map(item);
  for (let i = 0; i < items.length; i += batch)
    await storeBatch(items.slice(i, i + batch), { ...deps, store, at: '2026-12-08T00:00:00.000Z' });
  return store;
}

async function storedEvents(store: Store): Promise<Event[]> {
  const { events } = await store.listEvents(EventFilter.parse({ limit: 500 }));
  const out: Event[] = [];
  for (const e of events) {
    const whole = await store.getEvent(e.id);
    if (whole !== null) out.push(whole);
  }
  return out;
}

// An event as comparable across builds: all of it, its claims (with their links and origins) in their
// order, but not its id, which is its first stored claim's and so depends on arrival order.
function comparable(e: Event) {
  const { id: _id, claims, ...rest } = e;
  return { ...rest, claims: [...claims].sort(compareClaims) };
}

// How many claims take a story past the first 32 of their cited outlet in their week (undated first).
function linkedPastPage(e: Event): number {
  const sorted = [...e.claims].sort(compareClaims);
  return sorted.filter((c) => {
    if (c.linked === null || c.published === null) return false;
    const from = new Date(Date.parse(c.published) - 8 * 86_400_000).toISOString().slice(0, 10);
    const stories = sorted.filter(
      (s) => s.outlet === c.cites.at(-1) && (s.published === null || s.published >= from),
    );
    return stories.findIndex((s) => s.document === c.linked) >= 32;
  }).length;
}

function byClaims(events: readonly Event[]) {
  return events
    .map(comparable)
    .sort((a, b) => ((a.claims[0]?.document ?? '') < (b.claims[0]?.document ?? '') ? -1 : 1));
}

// The documents merged one after the other in memory, each changed event summed up (and linked) whole.
function inOnePass(specs: readonly Spec[]): Event[] {
  const events = new Map<string, Event>();
  for (const spec of specs) {
    const it = item(spec);
    if (!it.ok) continue;
    const { id, published, outlet, origin: file, url } = it.document;
    const result = corroborate(
      [...events.values()],
      { document: { id, published, outlet, file, url }, extraction: it.extraction },
      deps,
    );
    for (const e of result.events) events.set(e.id, e);
  }
  return [...events.values()];
}

describe('linking new claims exactly', () => {
  it('links a claim to the 33rd story of its cited outlet when that is the first of its status', async () => {
    // 32 Reuters stories that assert, then one that denies, all within the week before the citing report.
    const specs: Spec[] = [];
    for (let n = 1; n <= 32; n++)
      specs.push({ n, published: '2024-03-01', outlet: 'Reuters', status: 'asserted', source: 'sources' });
    specs.push({ n: 33, published: '2024-03-02', outlet: 'Reuters', status: 'denied', source: 'government' });
    specs.push({ n: 34, published: '2024-03-05', outlet: 'CNN', status: 'denied', cites: 'Reuters' });
    const store = await build(specs, 1);
    try {
      const events = await storedEvents(store);
      expect(events).toHaveLength(1);
      const citing = events[0]?.claims.find((c) => c.outlet === 'CNN');
      expect(citing).toMatchObject({ linked: 'doc_0000000000000021', origin: 'government of United States' });
      // As linking the whole event gives it.
      expect(byClaims(events)).toEqual(byClaims(inOnePass(specs)));
    } finally {
      await store.close();
    }
  });

  it('gives the same events, claims, links and origins built in batches, one at a time, in any order, or in one pass', async () => {
    // A story told by four outlets over ten days, two of them cited by half the reports of the others.
    // The cited outlets mostly assert and deny once in forty, while the citing reports often deny: the first
    // denial among a cited outlet's stories in a week often lies past the first page of them.
    const outlets = ['Reuters', 'The Associated Press', 'CNN', 'BBC'];
    const specs: Spec[] = [];
    const random = seeded(7);
    const next = (k: number) => Math.floor(random() * k);
    for (let n = 1; n <= 300; n++) {
      const outlet = outlets[next(outlets.length)] as string;
      const wire = outlet === 'Reuters' || outlet === 'The Associated Press';
      const cites = !wire && next(2) === 0 ? outlets[next(2)] : undefined;
      const status: ClaimStatus =
        cites !== undefined
          ? (['denied', 'asserted'] as const)[next(2)]
          : next(40) === 0
            ? 'denied'
            : 'asserted';
      specs.push({
        n,
        published: `2024-03-${String(1 + Math.floor(n / 30)).padStart(2, '0')}`,
        outlet,
        status,
        ...(cites === undefined ? { source: next(2) === 0 ? 'sources' : 'government' } : { cites }),
      });
    }
    const whole = inOnePass(specs);
    expect(whole.some((e) => e.claims.length > 100 && linkedPastPage(e) > 0)).toBe(true);
    const reference = byClaims(whole);
    const mixed = shuffled(specs, random);
    for (const [order, batch] of [
      [specs, 32],
      [[...specs].reverse(), 1],
      [mixed, 16],
    ] as const) {
      const store = await build(order, batch);
      try {
        expect(byClaims(await storedEvents(store))).toEqual(reference);
      } finally {
        await store.close();
      }
    }
  });
});
