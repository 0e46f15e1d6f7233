import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventTitle } from '../../src/corroborate/index.js';
import type { Event } from '../../src/domain/event.js';
import { loadKnowledge, namer } from '../../src/knowledge/index.js';
import { EventSummary, summaryOf } from '../../src/store/index.js';
import { escapeHtml } from '../../src/web/html.js';
import { TIMELINE_COLOURS, type TimelineKind } from '../../src/web/timeline-chart.js';
import { appOver, errorOf, type SampleStore, sampleStore } from './support.js';

let sample: SampleStore;
let app: Hono;

beforeAll(async () => {
  sample = await sampleStore();
  app = appOver(sample);
});
afterAll(() => sample.dispose());

interface Page {
  events: EventSummary[];
  total: number;
  totalExact: boolean;
  limit: number;
  offset: number;
}

const list = async (query: string): Promise<Page> => {
  const response = await app.request(`/api/events${query}`);
  expect(response.status, query).toBe(200);
  return (await response.json()) as Page;
};

describe('GET /api/events', () => {
  test('lists the merged events of the sample corpus, a page at a time, with the total', async () => {
    const all = await list('?limit=1000');
    expect(all.events.length).toBeGreaterThan(3);
    expect(all.total).toBe(all.events.length);
    expect(all.totalExact).toBe(true);
    for (const event of all.events) EventSummary.parse(event);
    const first = await list('?limit=2');
    const second = await list('?limit=2&offset=2');
    expect(first.events.map((e) => e.id)).toEqual(all.events.slice(0, 2).map((e) => e.id));
    expect(second.events.map((e) => e.id)).toEqual(all.events.slice(2, 4).map((e) => e.id));
  });

  test('filters by type, actor, status and dates as the CLI does', async () => {
    const transfers = await list('?type=transfer&limit=1000');
    expect(transfers.events.length).toBeGreaterThan(0);
    for (const e of transfers.events) expect(e.type).toBe('transfer');
    const any = transfers.events[0];
    const byStatus = await list(`?status=${any?.status}&limit=1000`);
    for (const e of byStatus.events) expect(e.status).toBe(any?.status);
    const since = await list('?since=2024-01-01&limit=1000');
    for (const e of since.events) expect((e.lastReported ?? '9999') >= '2024-01-01').toBe(true);
  });

  test('actor, target and weapon take names: Iran, Tehran and Iranian find what IRN finds', async () => {
    const byId = await list('?actor=IRN&limit=1000');
    expect(byId.events.length).toBeGreaterThan(0);
    for (const actor of ['Iran', 'Islamic%20Republic%20of%20Iran', 'Tehran', 'Iranian']) {
      const byName = await list(`?actor=${actor}&limit=1000`);
      expect(byName.events.map((e) => e.id)).toEqual(byId.events.map((e) => e.id));
    }
    const system = byId.events.flatMap((e) => e.weapons).find((w) => w.system !== null)?.system;
    if (system) {
      const name = loadKnowledge().weapons.find((w) => w.id === system)?.name ?? system;
      const named = await list(`?weapon=${encodeURIComponent(name)}&limit=1000`);
      const exact = await list(`?weapon=${encodeURIComponent(system)}&limit=1000`);
      expect(named.events.length).toBeGreaterThan(0);
      expect(named.events.map((e) => e.id)).toEqual(exact.events.map((e) => e.id));
    }
  });

  test('an unknown name is a 400 naming the parameter and close names, not an empty page', async () => {
    const response = await app.request('/api/events?target=Russsia');
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toMatch(/^target: "Russsia" names no known .*Russia \(RUS\)/);
    const page = await app.request('/events?weapon=Fath-36O');
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('Fath-360');
  });

  test.each(['since=2024-13-45', 'until=2023-13-01', 'since=2023-02-29'])(
    'rejects a date window end that has the form of a date but is no calendar day (%s)',
    async (query) => {
      const response = await app.request(`/api/events?${query}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_argument');
      expect(body.error.message).toMatch(/calendar date/);
    },
  );

  test('sorts by the number of claims when asked', async () => {
    const { events } = await list('?sort=claims&limit=1000');
    const counts = events.map((e) => e.claims);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  test("lists each event as the summary of the event's own page: counts and a headline, no claims", async () => {
    const { events } = await list('?sort=claims&limit=1000');
    for (const summary of events) {
      const response = await app.request(`/api/events/${encodeURIComponent(summary.id)}`);
      const { event } = (await response.json()) as { event: Event };
      expect(summary).toEqual(summaryOf(event));
      expect(summary.claims).toBe(event.claims.length);
      const evidence = event.claims[0]?.evidence.replace(/\s+/g, ' ').trim() ?? '';
      const headline = summary.headline ?? '';
      expect(headline.length).toBeGreaterThan(0);
      expect(headline.length).toBeLessThanOrEqual(201);
      expect(evidence.startsWith(headline.replace(/…$/, ''))).toBe(true);
      expect(summary).not.toHaveProperty('timeline');
    }
  });

  test.each([
    ['?type=gift', 'type'],
    ['?status=maybe', 'status'],
    ['?since=last-week', 'since'],
    ['?sort=random', 'sort'],
    ['?limit=5000', 'limit'],
    ['?flavour=1', 'flavour'],
  ])('rejects %s with invalid_argument', async (query, field) => {
    const response = await app.request(`/api/events${query}`);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toContain(field);
  });
});

describe('GET /api/events/:id', () => {
  test('returns the event with its timeline, claims by origin and a provenance graph from outlets to origins', async () => {
    const { events } = await list('?sort=claims&limit=1');
    const id = events[0]?.id ?? '';
    const response = await app.request(`/api/events/${encodeURIComponent(id)}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      event: Event;
      claimsByOrigin: { origin: { name: string }; claims: unknown[] }[];
      graph: {
        nodes: { id: string; label: string; kind: string }[];
        edges: { source: string; target: string }[];
      };
    };
    expect(body.event.id).toBe(id);
    expect(body.event.timeline.length).toBeGreaterThan(0);
    const grouped = body.claimsByOrigin.reduce((n, g) => n + g.claims.length, 0);
    expect(grouped).toBe(body.event.claims.length);
    const ids = new Set(body.graph.nodes.map((n) => n.id));
    for (const edge of body.graph.edges) {
      expect(ids.has(edge.source)).toBe(true);
      expect(ids.has(edge.target)).toBe(true);
    }
    for (const origin of body.event.origins) {
      expect(body.graph.nodes.find((n) => n.id === `origin:${origin.name}`)?.label).toBe(origin.name);
    }
  });

  test("sends a page of a big event's claims in its order, with the total, and its whole status and origins", async () => {
    const { events } = await list('?sort=claims&limit=1');
    const id = encodeURIComponent(events[0]?.id ?? '');
    type Detail = { event: Event; claimsPage: { offset: number; limit: number; total: number } };
    const whole = (await (await app.request(`/api/events/${id}?claimsLimit=5000`)).json()) as Detail;
    const page = (await (
      await app.request(`/api/events/${id}?claimsOffset=1&claimsLimit=2`)
    ).json()) as Detail;
    expect(whole.event.claims.length).toBeGreaterThan(3);
    expect(page.claimsPage).toEqual({ offset: 1, limit: 2, total: whole.event.claims.length });
    expect(page.event.claims).toEqual(whole.event.claims.slice(1, 3));
    expect(page.event.origins).toEqual(whole.event.origins);
    expect(page.event.timeline).toEqual(whole.event.timeline);
    expect((await app.request(`/api/events/${id}?claimsLimit=0`)).status).toBe(400);
  });

  test('answers 400 for a malformed id and 404 for an unknown one', async () => {
    expect((await app.request('/api/events/has%20space')).status).toBe(400);
    const unknown = await app.request('/api/events/evt_nothing');
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('not_found');
  });
});

describe('GET /api/sources', () => {
  test('gives each source its claims, events and how those events stand', async () => {
    const response = await app.request('/api/sources?limit=500');
    expect(response.status).toBe(200);
    const { sources } = (await response.json()) as {
      sources: { name: string; claims: number; events: number; byStatus: Record<string, number> }[];
    };
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      const counted = Object.values(s.byStatus).reduce((a, b) => a + b, 0);
      expect(counted).toBe(s.events);
    }
    expect((await app.request('/api/sources?limit=0')).status).toBe(400);
  });

  test("reads one source's track record with the events it speaks to, and its page", async () => {
    const { sources } = (await (await app.request('/api/sources?limit=1')).json()) as {
      sources: { name: string; events: number }[];
    };
    const top = sources[0];
    const response = await app.request(`/api/sources/${encodeURIComponent(top?.name ?? '')}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      record: { name: string; events: number };
      events: { id: string }[];
    };
    expect(body.record).toEqual(top);
    expect(body.events).toHaveLength(top?.events ?? -1);
    const page = await app.request(`/sources/${encodeURIComponent(top?.name ?? '')}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('How those events stand now');
  });

  test('answers 404 for a source no event names and 400 for a name with control characters', async () => {
    const unknown = await app.request('/api/sources/Nobody%20At%20All');
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('not_found');
    expect((await app.request('/api/sources/bad%07name')).status).toBe(400);
  });
});

describe('the event pages', () => {
  test('an event page opens on its verdict: the rule that decided, the grade in words, a statement per answer', async () => {
    const { events } = await list('?sort=claims&limit=1');
    const event = events[0];
    const response = await app.request(`/events/${encodeURIComponent(event?.id ?? '')}`);
    expect(response.status).toBe(200);
    const markup = await response.text();
    const verdict = markup.match(/<section class="verdict"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(verdict).toMatch(/by rule S[1-8] of the status rules: /);
    expect(verdict).toMatch(/source reliability [A-F]: [a-z ]+/);
    expect(verdict).toMatch(/information credibility [1-6]: [a-z ]+/);
    expect(verdict).toMatch(/<li class="verdict-row stance-(confirms|reports|denies|declines)">/);
    expect(verdict).toMatch(/href="\/documents\/doc_[0-9a-f]{16}\?claim=/);
    // The verdict comes before everything else, and the origin groups below it are folded.
    expect(markup.indexOf('class="verdict"')).toBeLessThan(markup.indexOf('<h2>Timeline</h2>'));
    expect(markup).toMatch(/<ol class="origins"><li><details><summary>/);
    expect(markup).toMatch(/id="graph-data"|<table class="matrix">/);
    expect(markup).toContain('<svg class="timeline"');
  });

  test('a chosen origin shows only its claims, unfolded', async () => {
    const { events } = await list('?sort=claims&limit=1');
    const id = events[0]?.id ?? '';
    const detail = (await (await app.request(`/api/events/${id}`)).json()) as {
      claimsByOrigin: { origin: { name: string }; claims: unknown[] }[];
    };
    const origin = detail.claimsByOrigin[1]?.origin.name ?? '';
    const markup = await (await app.request(`/events/${id}?origin=${encodeURIComponent(origin)}`)).text();
    const claims = markup.slice(markup.indexOf('id="claims"'));
    expect(claims.match(/<details open><summary>/g)).toHaveLength(1);
    expect(claims).toContain(`<strong>${escapeHtml(origin)}</strong>`);
    expect(claims).toContain('Show every origin');
  });

  test('the events page titles each event with its parties, its most named weapon and its month', async () => {
    const { events } = await list('?limit=20');
    const markup = await (await app.request('/events?limit=20')).text();
    const name = namer(loadKnowledge());
    for (const e of events) {
      const title = escapeHtml(eventTitle(e, name));
      expect(markup).toContain(`>${title}</a>`);
    }
    const withWeapon = events.find((e) => e.weapons.length > 0 && (e.eventTime ?? e.firstReported));
    expect(withWeapon).toBeDefined();
    expect(eventTitle(withWeapon as EventSummary, name)).toMatch(/^.+ → .+: .+, (\w{3} )?\d{4}$/);
    expect(markup).not.toMatch(/: transfer<\/a>/);
    expect(markup).toContain('<th scope="col">Happened</th>');
    const dated = events.find((e) => e.eventTime !== null);
    if (dated?.eventTime) expect(markup).toContain(`<td data-label="Happened">${dated.eventTime}`);
  });

  test("every event page's timeline draws each kind in the one table's colour, and plots no 'undated' day", async () => {
    const { events } = await list('?limit=20');
    let lanes = 0;
    for (const e of events) {
      const markup = await (await app.request(`/events/${encodeURIComponent(e.id)}`)).text();
      const svg = markup.match(/<svg class="timeline"[\s\S]*?<\/svg>/)?.[0];
      if (svg === undefined) continue;
      expect(svg.replace(/<title[\s\S]*?<\/title>/g, '')).not.toContain('undated');
      for (const lane of svg.split('<g data-kind="').slice(1)) {
        const colour = TIMELINE_COLOURS[lane.slice(0, lane.indexOf('"')) as TimelineKind];
        for (const [, fill] of lane.matchAll(/fill="(#[0-9a-f]{6})"/g)) expect(fill).toBe(colour);
        lanes += 1;
      }
    }
    expect(lanes).toBeGreaterThan(0);
  });

  test('the events page keeps its filters in the form', async () => {
    const response = await app.request('/events?type=transfer&actor=Iran&sort=claims');
    const markup = await response.text();
    expect(markup).toContain('<option value="transfer" selected>');
    expect(markup).toContain('name="actor" value="Iran"');
    expect(markup).toMatch(/name="actor"[^>]*list="entity-names"/);
    expect(markup).toContain('<datalist id="weapon-names">');
    expect(markup).toContain('<option value="Fath-360">');
    expect(markup).toMatch(/\d+ event\(s\) match/);
  });
});
