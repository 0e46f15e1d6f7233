import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../../src/api/index.js';
import { type Event, EventFilter } from '../../src/index.js';
import type { SampleStore } from '../api/support.js';
import {
  axeViolations,
  chromiumMissing,
  SHOTS,
  startWorkbench,
  VIEWPORTS,
  type Workbench,
} from './support.js';

let sample: SampleStore;
let server: RunningServer;
let browser: Browser;
let bench: Workbench | undefined;

// An event told by one claim, asserted: a denial set by hand must change its status.
async function oneClaimEvent(): Promise<Event> {
  const { events } = await sample.store.listEvents(EventFilter.parse({ limit: 1000 }));
  const event = events.find((e) => e.claims.length === 1 && e.claims[0]?.status === 'asserted');
  if (event === undefined) throw new Error('no event of one asserted claim in the sample');
  return event;
}

describe.skipIf(chromiumMissing)('analyst corrections in Chromium', () => {
  beforeAll(async () => {
    bench = await startWorkbench();
    ({ sample, server, browser } = bench);
  });
  afterAll(() => bench?.close());

  test('an analyst corrects a claim through its form and sees the status and the history change', async () => {
    const event = await oneClaimEvent();
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${server.url}/events/${event.id}`, { waitUntil: 'load' });
    const badge = page.locator('#verdict-heading .badge').first();
    expect(await badge.textContent()).toBe(event.status.replaceAll('_', ' '));
    await expect
      .poll(async () => (await page.locator('#history').textContent()) ?? '')
      .toContain('No corrections yet');

    // Origin groups are folded under the verdict: open the first to reach its claims.
    await page.locator('ol.origins details > summary').first().click();
    await page.getByText('Correct this claim').first().click();
    const form = page.locator('details.correct[open] form').first();
    await form.getByLabel('Status').selectOption('denied');
    await form
      .getByLabel('Reason')
      .fill('The outlet quotes the denial; the extraction read it as an assertion');
    await form.getByLabel('Your name').fill('E. Analyst');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await page.waitForURL(/#history$/);

    expect(await badge.textContent()).toBe('denied');
    const history = page.locator('#history ol.history li');
    await expect.poll(() => history.count()).toBe(1);
    const entry = (await history.first().textContent()) ?? '';
    expect(entry).toContain('E. Analyst');
    expect(entry).toContain('"asserted" → "denied"');
    expect(entry).toContain('read it as an assertion');
    const stored = await sample.store.getEvent(event.id);
    expect(stored?.status).toBe('denied');

    // Origin groups are folded under the verdict: open the first to reach its claims.
    await page.locator('ol.origins details > summary').first().click();
    await page.getByText('Correct this claim').first().click();
    await page.screenshot({ path: join(SHOTS, 'corrections-1440x900.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize(VIEWPORTS.phone);
    await page.screenshot({ path: join(SHOTS, 'corrections-390x844.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
