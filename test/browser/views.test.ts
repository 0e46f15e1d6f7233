import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventFilter } from '../../src/api/event-filter.js';
import type { RunningServer } from '../../src/api/index.js';
import type { Event } from '../../src/domain/event.js';
import { GRAPH_LIMIT, provenanceView } from '../../src/web/provenance.js';
import { TIMELINE_COLOURS, type TimelineKind } from '../../src/web/timeline-chart.js';
import type { SampleStore } from '../api/support.js';
import {
  axeViolations,
  chromiumMissing,
  openPage,
  screenshot,
  sidewaysOverflow,
  startWorkbench,
  VIEWPORTS,
  type Workbench,
} from './support.js';

let sample: SampleStore;
let server: RunningServer;
let browser: Browser;
let bench: Workbench | undefined;
/** The sample's events worth looking at: the largest (a matrix), a small one (a drawing), Iran -> Russia. */
let large: Event;
let small: Event;
let iranRussia: Event;
let person: string;
let weapon: string;

/** Scrolls a node of the provenance drawing into view and says where it is on the screen. */
async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.locator('#graph').scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  return page.evaluate((nodeId) => {
    const container = document.getElementById('graph') as unknown as HTMLElement & {
      _cyreg: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } };
    };
    const box = container.getBoundingClientRect();
    const at = container._cyreg.cy.getElementById(nodeId).renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

const url = (path: string) => `${server.url}${path}`;
const open = (path: string, viewport: { width: number; height: number } = VIEWPORTS.desktop) =>
  openPage(browser, url(path), viewport);

describe.skipIf(chromiumMissing)('the workbench views in Chromium', () => {
  beforeAll(async () => {
    bench = await startWorkbench();
    ({ sample, server, browser } = bench);
    const { events } = await sample.store.listEvents(eventFilter({ sort: 'claims' }));
    large = events.find((e) => provenanceView(e).nodes.length > GRAPH_LIMIT) as Event;
    small = events.find((e) => {
      const n = provenanceView(e).nodes.length;
      return n >= 4 && n <= GRAPH_LIMIT && e.origins.length >= 2;
    }) as Event;
    iranRussia = events.find(
      (e) => e.actor === 'IRN' && e.target === 'RUS' && e.status === 'disputed',
    ) as Event;
    const people = await sample.store.listEntities({ kind: 'person', limit: 1 });
    person = people[0]?.id ?? '';
    const weapons = await sample.store.listEntities({ kind: 'weapon_system', limit: 1 });
    weapon = weapons[0]?.id ?? '';
  });
  afterAll(() => bench?.close());

  test('every page has no axe-core violation, nothing off-screen and no console error, at 1440x900 and 390x844', async () => {
    const sources = (await (await fetch(url('/api/sources?limit=1'))).json()) as {
      sources: { name: string }[];
    };
    const pages: [string, string][] = [
      ['overview', '/'],
      ['events', '/events?actor=Iran'],
      ['event-large', `/events/${large.id}`],
      ['event-small', `/events/${small.id}`],
      ['event-iran-russia', `/events/${iranRussia.id}`],
      ['event-one-origin', `/events/${large.id}?origin=${encodeURIComponent(large.origins[0]?.name ?? '')}`],
      ['documents', '/documents?type=transfer'],
      ['document', `/documents/${sample.documents[0]}`],
      ['entities', '/entities'],
      ['entity-country', '/entities/RUS'],
      ['entity-person', `/entities/${encodeURIComponent(person)}`],
      ['entity-weapon', `/entities/${encodeURIComponent(weapon)}`],
      ['sources', '/sources'],
      ['source', `/sources/${encodeURIComponent(sources.sources[0]?.name ?? '')}`],
      ['search', '/search?q=Iran%20Russia%20missiles'],
      ['paste', '/paste'],
      ['not-found', '/nowhere'],
    ];
    const failures: string[] = [];
    for (const [name, path] of pages) {
      for (const [screen, viewport] of Object.entries(VIEWPORTS)) {
        const { page, problems } = await open(path, viewport);
        const where = `${name} at ${screen}`;
        for (const v of await axeViolations(page)) failures.push(`${where}: ${v}`);
        if ((await sidewaysOverflow(page)) > 0) failures.push(`${where}: the page scrolls sideways`);
        for (const p of problems)
          if (!(name === 'not-found' && p.includes('404'))) failures.push(`${where}: ${p}`);
        await screenshot(page, `${name}-${viewport.width}`);
        await page.close();
      }
    }
    expect(failures).toEqual([]);
  }, 400_000);

  test('an event opens on its verdict: a statement per answer, its chain, its copies, the rule and the grade, linking to the sentence', async () => {
    const { page, problems } = await open(`/events/${iranRussia.id}`);
    const verdict = page.locator('section.verdict');
    await expect.poll(() => verdict.isVisible()).toBe(true);
    // The verdict is the first thing under the title.
    const first = await page.evaluate(
      () => document.querySelector('main h1')?.nextElementSibling?.nextElementSibling?.className,
    );
    expect(first).toBe('verdict');
    const headings = await verdict.locator('.verdict-row h3').allTextContents();
    expect(headings.map((h) => h.trim())).toEqual(['Confirms on the record', 'Reports', 'Denies']);
    const text = (await verdict.textContent()) ?? '';
    expect(text).toContain('by rule S5 of the status rules');
    expect(text).toMatch(/source reliability [A-F]: \w+/);
    expect(text).toMatch(/information credibility \d: [a-z ]+ \(rule C\d/);
    expect(text).toMatch(/Tehran Times > Reuters > unnamed European security sources/);
    expect(text).toMatch(/\+\d+ echoes/);
    // The origin groups below are folded.
    expect(await page.locator('.origins > li > details[open]').count()).toBe(0);
    expect(await page.locator('.origins > li > details').count()).toBe(
      await page.locator('.origins > li').count(),
    );
    expect(await page.locator('.origins > li > details').count()).toBeGreaterThanOrEqual(
      iranRussia.origins.length,
    );
    await screenshot(page, 'verdict-1440');
    await verdict.locator('.stance-denies a[href*="?claim="]').click();
    await page.waitForURL(/\/documents\/doc_.*claim=/);
    await expect.poll(() => page.locator('mark.current').count()).toBeGreaterThan(0);
    const current = await page.locator('mark.current').first().textContent();
    expect(current?.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the timeline puts entries on a time axis in their kind’s colour, flags key statements and sets undated ones apart', async () => {
    const { page, problems } = await open(`/events/${large.id}`);
    const lanes = await page.evaluate(() =>
      [...document.querySelectorAll('svg.timeline g[data-kind]')].map((g) => ({
        kind: g.getAttribute('data-kind') ?? '',
        fills: [...g.querySelectorAll('[fill]')].map((m) => m.getAttribute('fill')),
      })),
    );
    expect(lanes.length).toBeGreaterThan(0);
    for (const { kind, fills } of lanes)
      for (const f of fills) expect(f).toBe(TIMELINE_COLOURS[kind as TimelineKind]);
    expect(await page.locator('svg.timeline g.key').count()).toBeGreaterThan(0);
    // The axis has dated ticks, and "undated" is never one of them.
    const ticks = await page.locator('svg.timeline > text').allTextContents();
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) expect(t).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    // The table names each day once, however many entries it has.
    await page.locator('details:has(table.stack) > summary').first().click();
    const days = await page.locator('table.stack th[scope="rowgroup"]').allTextContents();
    expect(new Set(days).size).toBe(days.length);
    await screenshot(page, 'timeline-1440');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a small event draws origins by their answer, with a legend; clicking an origin shows only its claims', async () => {
    const { page, problems } = await open(`/events/${small.id}`);
    await expect.poll(() => page.locator('#graph canvas').count()).toBeGreaterThan(0);
    expect(
      await page.locator('.legend-list[aria-label="Provenance legend"] li').count(),
    ).toBeGreaterThanOrEqual(6);
    await screenshot(page, 'provenance-graph-1440');
    const target = await page.evaluate(() => {
      const container = document.getElementById('graph') as unknown as {
        _cyreg: { cy: { nodes(s: string): { id(): string; data(k: string): string }[] } };
      };
      const node = container._cyreg.cy.nodes('[kind = "origin"]')[0];
      if (node === undefined) return null;
      // Outlets and origins of one name are two nodes, so no edge runs both ways.
      const outletIds = container._cyreg.cy.nodes('[kind = "outlet"]').map((n) => n.id());
      return { id: node.id(), label: node.data('label'), stance: node.data('stance'), outletIds };
    });
    expect(target).not.toBeNull();
    expect(['confirms', 'reports', 'denies', 'declines']).toContain(target?.stance);
    for (const id of target?.outletIds ?? []) expect(id.startsWith('outlet:')).toBe(true);
    // A click where the drawing shows the node; the drawing learns where it is after a scroll, so retried.
    for (let attempt = 0; attempt < 5 && !page.url().includes('origin='); attempt += 1) {
      const at = await nodeOnScreen(page, target?.id ?? '');
      await page.mouse.click(at.x, at.y);
      await page.waitForURL(/origin=/, { timeout: 3000 }).catch(() => undefined);
    }
    expect(page.url()).toContain('origin=');
    expect(await page.locator('.origins > li').count()).toBe(1);
    expect(await page.locator('.origins > li summary strong').textContent()).toBe(target?.label);
    expect(await page.locator('.origins > li > details[open]').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a large event shows an origin-by-outlet matrix instead of a hairball, and a list on a phone', async () => {
    const { page, problems } = await open(`/events/${large.id}`);
    expect(await page.locator('#graph').count()).toBe(0);
    const matrix = page.locator('table.matrix');
    expect(await matrix.isVisible()).toBe(true);
    expect(await matrix.locator('tbody tr').count()).toBe(large.origins.length);
    expect(await matrix.locator('tbody th svg.icon').count()).toBe(large.origins.length);
    await screenshot(page, 'provenance-matrix-1440');
    await matrix.locator('tbody th a').nth(1).click();
    await page.waitForURL(/origin=/);
    expect(await page.locator('.origins > li').count()).toBe(1);
    await page.close();
    const phone = await open(`/events/${large.id}`, VIEWPORTS.phone);
    expect(await phone.page.locator('table.matrix').isVisible()).toBe(false);
    expect(await phone.page.locator('.prov-list').isVisible()).toBe(true);
    expect(await phone.page.locator('.prov-list > li').count()).toBe(large.origins.length);
    await screenshot(phone.page, 'provenance-list-390');
    expect([...problems, ...phone.problems]).toEqual([]);
    await phone.page.close();
  });

  test('search finds the events a name takes part in, documents with marked snippets and entities', async () => {
    const { page, problems } = await open('/');
    await page
      .getByRole('searchbox', { name: 'Search events, documents and entities' })
      .fill('Tehran Russia');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Tehran/);
    expect(await page.locator('h2 + ol.results a[href^="/events/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.snippet mark.hit').count()).toBeGreaterThan(0);
    expect(await page.locator('ul.results a[href="/entities/IRN"]').count()).toBe(1);
    await screenshot(page, 'search-events-1440');
    await page.locator('h2 + ol.results a[href^="/events/"]').first().click();
    await page.waitForURL(/\/events\/ev_/);
    expect(await page.locator('section.verdict').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the documents list filters by a type of claim and dates, keeping the filters in the URL', async () => {
    const { page, problems } = await open('/documents?limit=1000');
    const all = await page.locator('table.stack tbody tr').count();
    await page.getByLabel('Has claims of type').selectOption('threaten');
    await page.getByLabel('From').fill('2024-01-01');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/type=threaten/);
    const rows = await page.locator('table.stack tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(all);
    expect(await page.getByLabel('Has claims of type').inputValue()).toBe('threaten');
    await screenshot(page, 'documents-filtered-1440');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('person and weapon pages list their events', async () => {
    for (const id of [person, weapon]) {
      const { page, problems } = await open(`/entities/${encodeURIComponent(id)}`);
      const heading = page.locator('h2', { hasText: /^Events (this person speaks to|naming this weapon)/ });
      expect(await heading.count()).toBe(1);
      expect(problems).toEqual([]);
      await page.close();
    }
    const { page } = await open(`/entities/${encodeURIComponent(weapon)}`);
    expect(await page.locator('table.stack a[href^="/events/ev_"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('on a phone, tables are cards with every field labelled and nothing off-screen', async () => {
    const { page, problems } = await open('/events', VIEWPORTS.phone);
    const card = page.locator('table.stack tbody tr').first();
    const look = await card.evaluate((tr) => ({
      display: getComputedStyle(tr).display,
      label: getComputedStyle(tr.querySelector('td[data-label]') as Element, '::before').content,
      head: (document.querySelector('table.stack thead tr') as HTMLElement).getBoundingClientRect().width,
    }));
    expect(look.display).toBe('block');
    expect(look.label).toMatch(/^"Weapons: "|^"Status: "/);
    expect(look.head).toBeLessThanOrEqual(1);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const box = await card.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await screenshot(page, 'events-cards-390');
    expect(problems).toEqual([]);
    await page.close();
  });
});
