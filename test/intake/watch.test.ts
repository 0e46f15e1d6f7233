import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ingestInputs, loadKnowledge, openStore, type Store } from '../../src/index.js';
import { type LogEntry, nextDelay, parseWatchConfig, runWatch } from '../../src/intake/index.js';
import { cliBin } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { answer, type LocalServer, startLocalServer } from './local-server.js';

const knowledge = loadKnowledge();
const work = mkdtempSync(join(tmpdir(), 'corroborate-watch-'));
let server: LocalServer;
let store: Store;

function rss(items: readonly { title: string; link: string; text: string }[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link><pubDate>Fri, 01 Mar 2024 10:00:00 GMT</pubDate><description>${i.text}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Feed</title>${body}</channel></rss>`;
}

const ITEM_1 = {
  title: 'Drones',
  link: 'https://news.example.com/1',
  text: 'Iran has delivered hundreds of drones to Russia, the White House said on Friday.',
};
const ITEM_2 = {
  title: 'Shells',
  link: 'https://news.example.com/2',
  text: 'North Korea has shipped artillery shells to Russia, South Korea said on Friday.',
};

/** Waits until a condition holds (the watch runs in the background), failing after a generous while. */
async function until(condition: () => boolean, what: string, ms = 8000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});
afterEach(async () => {
  await store?.close();
});

function startWatch(raw: unknown) {
  const logs: LogEntry[] = [];
  const controller = new AbortController();
  const config = parseWatchConfig(raw, work);
  const done = (async () => {
    store = await openStore({ kind: 'sqlite', file: ':memory:' });
    const now = () => new Date();
    await runWatch(config, {
      store,
      knowledge,
      now,
      log: (e) => logs.push(e),
      signal: controller.signal,
      pagesDir: join(work, 'pages'),
      ingestFiles: (paths) => ingestInputs(paths, { store, knowledge, now }),
    });
  })();
  return { logs, stop: () => controller.abort(), done };
}

const of = (logs: LogEntry[], source: string, event: string) =>
  logs.filter((e) => e.source === source && e.event === event);

describe('watch', () => {
  test('a feed that changes between polls: new items stored, seen items skipped, 304 when unchanged', async () => {
    let version = 1;
    server.routes.set('/feed.xml', (request, response) => {
      const etag = `"v${version}"`;
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304).end();
      const items = version === 1 ? [ITEM_1] : [ITEM_1, ITEM_2];
      response.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag }).end(rss(items));
    });
    const url = `${server.url}/feed.xml`;
    const watch = startWatch({ allowPrivate: true, feeds: [{ url, interval: 0.05 }] });
    const source = `feed:${url}`;
    await until(() => of(watch.logs, source, 'not_modified').length > 0, 'a 304');
    version = 2;
    await until(() => of(watch.logs, source, 'polled').length >= 2, 'the changed feed');
    watch.stop();
    await watch.done;
    const polled = of(watch.logs, source, 'polled');
    expect(polled[0]).toMatchObject({ status: 200, items: 1, new: 1, stored: 1 });
    expect(polled[1]).toMatchObject({ status: 200, items: 2, new: 1, stored: 1 });
    expect(server.requests.some((r) => r.path === '/feed.xml' && r.headers['if-none-match'] === '"v1"')).toBe(
      true,
    );
    expect(watch.logs.at(-1)).toMatchObject({ event: 'stopped' });
  });

  test('a failing feed backs off and never stops the others: 500, slow, redirect loop, huge body', async () => {
    server.routes.set(
      '/good.json',
      answer(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Example JSON',
          items: [
            {
              id: '1',
              url: 'https://json.example.com/1',
              content_text: ITEM_2.text,
              date_published: '2024-03-01T10:00:00Z',
            },
          ],
        }),
        'application/feed+json',
      ),
    );
    server.routes.set('/500', (_q, r) => void r.writeHead(500).end());
    server.routes.set('/slow', (_q, r) => void setTimeout(() => r.writeHead(200).end(rss([ITEM_1])), 3000));
    server.routes.set('/loop', (_q, r) => void r.writeHead(302, { Location: '/loop' }).end());
    server.routes.set('/huge', (_q, r) => {
      r.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      r.end(`<rss><channel>${'<item><description>x</description></item>'.repeat(40_000)}</channel></rss>`);
    });
    const bad = ['/500', '/slow', '/loop', '/huge'].map((p) => ({
      url: `${server.url}${p}`,
      interval: 0.05,
    }));
    const good = `${server.url}/good.json`;
    const watch = startWatch({
      allowPrivate: true,
      timeout: 0.5,
      maxBytes: 100_000,
      maxBackoff: 0.4,
      feeds: [...bad, { url: good, interval: 0.05 }],
    });
    await until(() => of(watch.logs, `feed:${server.url}/500`, 'backoff').length >= 3, 'three back-offs');
    await until(
      () => of(watch.logs, `feed:${server.url}/slow`, 'poll_failed').length >= 1,
      'the slow feed to time out',
    );
    watch.stop();
    await watch.done;
    const codes = (p: string) => of(watch.logs, `feed:${server.url}${p}`, 'poll_failed').map((e) => e.code);
    expect(codes('/500')[0]).toBe('http_error');
    expect(codes('/slow')[0]).toBe('timeout');
    expect(codes('/loop')[0]).toBe('too_many_redirects');
    expect(codes('/huge')[0]).toBe('too_large');
    const delays = of(watch.logs, `feed:${server.url}/500`, 'backoff').map((e) => e.seconds);
    expect(delays.slice(0, 3)).toEqual([0.1, 0.2, 0.4]);
    expect(of(watch.logs, `feed:${good}`, 'polled')[0]).toMatchObject({ new: 1, stored: 1 });
    expect(await store.countEvents()).toBeGreaterThan(0);
  });

  test("fetchArticles: a new item's own page is fetched and read instead of the feed's summary", async () => {
    const page = `<html lang="en"><head><title>Page</title></head><body><article><p>${ITEM_2.text}</p><p>The shells were delivered by rail, the minister added, according to officials.</p></article><div class="related"><p>Related: Cuba shipped rifles to Libya</p></div></body></html>`;
    server.routes.set('/story', answer(page));
    server.routes.set(
      '/with-links.xml',
      answer(rss([{ ...ITEM_1, link: `${server.url}/story` }]), 'application/rss+xml'),
    );
    const url = `${server.url}/with-links.xml`;
    const watch = startWatch({ allowPrivate: true, feeds: [{ url, interval: 0.05, fetchArticles: true }] });
    await until(() => of(watch.logs, `feed:${url}`, 'polled').length > 0, 'the poll');
    watch.stop();
    await watch.done;
    const [stored] = await store.listDocuments({ limit: 10, offset: 0 });
    const document = await store.getDocument(stored?.id ?? '');
    expect(document?.url).toBe(`${server.url}/story`);
    expect(document?.text).toContain('delivered by rail');
    expect(document?.text).not.toContain('Cuba');
  });

  test('a watched folder: a file dropped in while watching is ingested once', async () => {
    const folder = join(work, 'inbox');
    mkdirSync(folder);
    const watch = startWatch({ folders: [{ path: folder, interval: 0.05 }] });
    await until(() => watch.logs.some((e) => e.event === 'started'), 'the start');
    writeFileSync(join(folder, 'a.txt'), `date 2024-03-01\n\n${ITEM_1.text}\n`);
    await until(() => of(watch.logs, `folder:${folder}`, 'polled').length > 0, 'the new file');
    await new Promise((r) => setTimeout(r, 200));
    watch.stop();
    await watch.done;
    expect(of(watch.logs, `folder:${folder}`, 'polled')).toEqual([
      expect.objectContaining({ new: 1, stored: 1 }),
    ]);
  });

  test('the back-off doubles per failure up to its cap, and never below the interval', () => {
    expect([0, 1, 2, 3, 10].map((n) => nextDelay(60, n, 3600))).toEqual([60, 120, 240, 480, 3600]);
    expect(nextDelay(7200, 1, 3600)).toBe(7200);
  });
});

describe('corroborate watch', () => {
  test('a config that fails its schema exits 2 naming the field', async () => {
    const file = join(work, 'bad.config.json');
    writeFileSync(file, JSON.stringify({ feeds: [{ url: 'ftp://x', interval: 5 }] }));
    const run = await runCli(['watch', '--config', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/feeds\.0\.url: expected an http or https URL/);
    expect((await runCli(['watch', '--config', join(work, 'none.json')])).code).toBe(4);
  });

  test('stops cleanly on SIGTERM with structured log lines, exit 0', async () => {
    server.routes.set('/cli.xml', answer(rss([ITEM_1]), 'application/rss+xml'));
    const file = join(work, 'corroborate.config.json');
    writeFileSync(
      file,
      JSON.stringify({
        db: 'watch.db',
        allowPrivate: true,
        feeds: [{ url: `${server.url}/cli.xml`, interval: 30 }],
      }),
    );
    const child = spawn(process.execPath, [cliBin, 'watch', '--config', file], { cwd: work });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    await until(() => stderr.includes('"event":"polled"'), 'the first poll');
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const lines = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as LogEntry);
    expect(lines.map((l) => l.event)).toEqual(['started', 'polled', 'stopping', 'stopped']);
    expect(lines[1]).toMatchObject({ level: 'info', stored: 1 });
    const events = await runCli(['events', '--db', join(work, 'watch.db')]);
    expect(events.code).toBe(0);
  });

  test("--once polls each source once and the config's watch rules POST to their webhook", async () => {
    const received: string[] = [];
    server.routes.set('/hook', (request, response) => {
      let body = '';
      request.setEncoding('utf8').on('data', (c: string) => {
        body += c;
      });
      request.on('end', () => {
        received.push(body);
        response.writeHead(204).end();
      });
    });
    server.routes.set('/once.xml', answer(rss([ITEM_1]), 'application/rss+xml'));
    const file = join(work, 'once.config.json');
    const rule = {
      name: 'iran',
      url: `${server.url}/hook`,
      secret: 'x'.repeat(20),
      when: { actor: 'IRN' },
      notifyExisting: true,
    };
    writeFileSync(
      file,
      JSON.stringify({
        db: 'once.db',
        allowPrivate: true,
        feeds: [{ url: `${server.url}/once.xml` }],
        rules: [rule],
      }),
    );
    const run = await runCli(['watch', '--config', file, '--once']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('"event":"alert_delivered"');
    expect(received.map((b) => JSON.parse(b).event.actor)).toEqual(['IRN']);
    const deliveries = await runCli(['deliveries', '--db', join(work, 'once.db'), '--json']);
    expect(deliveries.code).toBe(0);
    expect(
      deliveries.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      expect.objectContaining({ rule: 'iran', kind: 'appeared', attempt: 1, ok: true, http_status: 204 }),
    ]);
  });
});
