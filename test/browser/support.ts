import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type RunningServer, startServer } from '../../src/api/index.js';
import { type SampleStore, sampleStore } from '../api/support.js';
import { repoRoot } from '../support/paths.js';

/** Debian's Chromium, which the browser tests drive. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser is missing (the tests skip, saying so). */
export const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing) {
  process.stderr.write(
    `browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium, as .ci/run does)\n`,
  );
}

/** Where screenshots are saved as test artefacts. */
export const SHOTS = join(repoRoot, 'test-results');

/** The two screens every page is checked at: a laptop and a phone. */
export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** Starts headless Chromium with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens a page that records every console error or warning, page error and failed request. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = VIEWPORTS.desktop,
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Saves a full-page screenshot under test-results. */
export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

const require = createRequire(import.meta.url);
let axeSource: string | undefined;
// Where the page fetches axe from: its own origin, so the pages' CSP (script-src 'self') lets it run.
const AXE_PATH = '/__test__/axe.min.js';

/** The accessibility violations axe-core finds on the page as it stands, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const origin = new URL(page.url()).origin;
  await page.route(`${origin}${AXE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: axeSource ?? '' }),
  );
  await page.addScriptTag({ url: `${origin}${AXE_PATH}` });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
  return violations;
}

/** How far the page scrolls sideways: above 0, something is off-screen. */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The sample store served on loopback, and Chromium to read it with. */
export interface Workbench {
  readonly sample: SampleStore;
  readonly server: RunningServer;
  readonly browser: Browser;
  /** Closes the browser, the server and the store. */
  close(): Promise<void>;
}

/** Serves the sample store on a free loopback port (the clock fixed) and starts Chromium. */
export async function startWorkbench(): Promise<Workbench> {
  const sample = await sampleStore();
  const server = await startServer(
    { store: sample.store, knowledge: sample.knowledge, now: () => new Date('2026-01-02T00:00:00Z') },
    { host: '127.0.0.1', port: 0 },
  );
  const browser = await launchChromium();
  return {
    sample,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await sample.dispose();
    },
  };
}
