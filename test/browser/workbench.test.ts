import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../../src/api/index.js';
import { TIMELINE_COLOURS, type TimelineKind } from '../../src/web/timeline-chart.js';
import { HOSTILE_ARTICLE, type SampleStore } from '../api/support.js';
import { chromiumMissing, openPage, SHOTS, startWorkbench, type Workbench } from './support.js';

let sample: SampleStore;
let server: RunningServer;
let browser: Browser;
let bench: Workbench | undefined;

/** Opens a page of the server that records any console error, page error or failed request. */
const open = (path: string, viewport = { width: 1280, height: 900 }) =>
  openPage(browser, `${server.url}${path}`, viewport);

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

describe.skipIf(chromiumMissing)('the workbench in Chromium', () => {
  beforeAll(async () => {
    bench = await startWorkbench();
    ({ sample, server, browser } = bench);
  });
  afterAll(() => bench?.close());

  test('the overview draws the claims-per-week chart with no console error', async () => {
    const { page, problems } = await open('/');
    await expect
      .poll(() =>
        page
          .locator('canvas[data-chart]')
          .first()
          .evaluate((c) => (c as HTMLCanvasElement).width),
      )
      .toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toBe('Overview');
    await shot(page, 'overview');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the search box finds documents and opens one', async () => {
    const { page, problems } = await open('/');
    await page
      .getByRole('searchbox', { name: 'Search events, documents and entities' })
      .fill('Shahed drones');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Shahed/);
    const status = await page.getByRole('status').textContent();
    expect(status).toMatch(/[1-9]\d* document\(s\)/);
    await shot(page, 'search');
    await page.locator('.results a[href^="/documents/"]').first().click();
    await page.waitForURL(/\/documents\/doc_/);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('on a document, following a claim lands on its highlighted evidence, and focusing a highlight shows what was extracted', async () => {
    const id = sample.documents[0] ?? '';
    const { page, problems } = await open(`/documents/${id}`);
    const claimLink = page.locator('aside ol').first().locator('li a[href^="#claim-"]').first();
    const target = (await claimLink.getAttribute('href')) ?? '';
    await claimLink.click();
    expect(page.url()).toContain(target);
    const landed = await page.evaluate((hash) => {
      let next = document.querySelector(hash)?.nextElementSibling;
      while (next?.tagName === 'SPAN') next = next.nextElementSibling;
      return next?.matches('mark.hl-claim') === true;
    }, target);
    expect(landed).toBe(true);
    await page.locator('mark[tabindex="0"]').first().focus();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect((await tip.textContent())?.length).toBeGreaterThan(5);
    await shot(page, 'document');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the events list keeps its filters in the URL and an event shows its timeline and its verdict links to the evidence', async () => {
    const { page, problems } = await open('/events');
    await page.getByLabel('Type').selectOption('transfer');
    await page.getByLabel('Actor').fill('Iran');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/type=transfer/);
    expect(await page.getByLabel('Type').inputValue()).toBe('transfer');
    // A name finds what the id finds: the rows are Iran's, titled with its name.
    expect(await page.locator('table a').count()).toBeGreaterThan(0);
    expect(await page.locator('table a').first().textContent()).toMatch(/^Iran → /);
    await shot(page, 'events');
    {
      await page.locator('table a').first().click();
      await page.waitForURL(/\/events\//);
      // The timeline draws each kind in the one table's colour, whatever kinds the event has.
      const drawn = await page.evaluate(() =>
        [...document.querySelectorAll('svg.timeline g[data-kind]')].map((g) => [
          g.getAttribute('data-kind') ?? '',
          [...g.querySelectorAll('[fill]')].map((m) => m.getAttribute('fill')),
        ]),
      );
      expect(drawn.length).toBeGreaterThan(0);
      for (const [kind, fills] of drawn)
        for (const fill of fills as string[]) expect(fill).toBe(TIMELINE_COLOURS[kind as TimelineKind]);
      await shot(page, 'event');
      const evidence = page.locator('.verdict a[href*="?claim="]').first();
      await evidence.click();
      await page.waitForURL(/\/documents\/doc_.*claim=/);
      await expect.poll(() => page.locator('mark.current').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))).toContain('current');
      await shot(page, 'event-evidence');
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the entity and source pages follow from one to the other with the keyboard', async () => {
    const { page, problems } = await open('/entities/RUS');
    expect(await page.locator('h1').textContent()).toBe('Russia');
    await shot(page, 'entity');
    await page.goto(`${server.url}/sources`);
    const first = page.locator('table a').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sources\/.+/);
    expect(await page.getByRole('heading', { name: 'How those events stand now' }).count()).toBe(1);
    await shot(page, 'source');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('pasting an article shows its extraction at once, and the markup in it never runs', async () => {
    const { page, problems } = await open('/paste');
    await page.getByLabel('Article text').fill(HOSTILE_ARTICLE);
    await page.getByRole('button', { name: 'Extract' }).click();
    await page.waitForSelector('#extraction');
    expect(await page.locator('mark.hl-claim').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await shot(page, 'paste');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a stored hostile article is shown as text on a phone, and nothing in it runs', async () => {
    const response = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: HOSTILE_ARTICLE,
    });
    const { id } = (await response.json()) as { id: string };
    const { page, problems } = await open(`/documents/${id}`, { width: 390, height: 844 });
    expect(await page.locator('.doc-text').textContent()).toContain('<script>window.__pwned = 3</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'document-phone');
    expect(problems).toEqual([]);
    await page.close();
  });
});
