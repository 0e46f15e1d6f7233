import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DEFAULT_LIMITS,
  type FetchLimits,
  fetchPage,
  fetchResource,
  isPrivateAddress,
  parseRobots,
  RobotsCache,
  robotsAllow,
} from '../../src/intake/index.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { answer, type LocalServer, startLocalServer } from './local-server.js';

const limits: FetchLimits = { ...DEFAULT_LIMITS, allowPrivate: true, timeoutMs: 2000, maxBytes: 64 * 1024 };
const page = readFileSync(join(repoRoot, 'test/fixtures/intake/pages/news-site.html'), 'utf8');
let server: LocalServer;
const work = mkdtempSync(join(tmpdir(), 'corroborate-fetch-'));

beforeAll(async () => {
  server = await startLocalServer();
  const { routes } = server;
  routes.set('/article', answer(page));
  routes.set('/plain', answer(page.replace(/<link[^>]*>|<meta property="og:url"[^>]*>/g, '')));
  routes.set('/moved', (_q, r) => void r.writeHead(301, { Location: '/article' }).end());
  routes.set('/loop', (_q, r) => void r.writeHead(302, { Location: '/loop' }).end());
  routes.set('/broken', (_q, r) => void r.writeHead(500).end('oops'));
  routes.set('/slow', (_q, r) => void setTimeout(() => r.writeHead(200).end('late'), 5000));
  routes.set('/huge', (_q, r) => {
    r.writeHead(200, { 'Content-Type': 'text/html' });
    const chunk = '<p>filler</p>'.repeat(1000);
    for (let i = 0; i < 100; i += 1) r.write(chunk);
    r.end();
  });
  routes.set('/etag', (q, r) => {
    if (q.headers['if-none-match'] === '"v1"') r.writeHead(304).end();
    else r.writeHead(200, { ETag: '"v1"', 'Content-Type': 'text/html' }).end(page);
  });
  routes.set('/image', answer('GIF89a', 'image/gif'));
  routes.set(
    '/robots.txt',
    answer('User-agent: *\nDisallow: /private\nAllow: /private/open\n', 'text/plain'),
  );
  routes.set('/private/secret', answer(page));
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('fetchResource', () => {
  test('fetches a page with the User-Agent, following a bounded redirect', async () => {
    const outcome = await fetchResource(`${server.url}/moved`, limits);
    expect(outcome).toMatchObject({ ok: true, status: 200, url: `${server.url}/article` });
    expect(server.requests.at(-1)?.headers['user-agent']).toBe(DEFAULT_LIMITS.userAgent);
  });

  test('a redirect loop, a 500, a slow answer and a huge body each fail with their own code', async () => {
    expect(await fetchResource(`${server.url}/loop`, limits)).toMatchObject({
      ok: false,
      code: 'too_many_redirects',
    });
    expect(await fetchResource(`${server.url}/broken`, limits)).toMatchObject({
      ok: false,
      code: 'http_error',
      status: 500,
    });
    expect(await fetchResource(`${server.url}/slow`, { ...limits, timeoutMs: 300 })).toMatchObject({
      ok: false,
      code: 'timeout',
    });
    expect(await fetchResource(`${server.url}/huge`, limits)).toMatchObject({ ok: false, code: 'too_large' });
  });

  test('a conditional GET with the ETag it was given is answered 304 with no body', async () => {
    const first = await fetchResource(`${server.url}/etag`, limits);
    expect(first).toMatchObject({ ok: true, status: 200, etag: '"v1"' });
    const again = await fetchResource(`${server.url}/etag`, limits, { headers: { 'If-None-Match': '"v1"' } });
    expect(again).toMatchObject({ ok: true, status: 304, body: null });
  });

  test('only http(s); loopback and private addresses only when allowed', async () => {
    expect(await fetchResource('ftp://example.com/x', limits)).toMatchObject({ ok: false, code: 'bad_url' });
    expect(await fetchResource('file:///etc/passwd', limits)).toMatchObject({ ok: false, code: 'bad_url' });
    const closed = { ...limits, allowPrivate: false };
    expect(await fetchResource(`${server.url}/article`, closed)).toMatchObject({
      ok: false,
      code: 'private_address',
    });
    // A public name that resolves to a private address is refused too.
    const resolve = async () => ['10.0.0.7'];
    const outcome = await fetchResource('http://news.example.com/a', { ...closed, resolve });
    expect(outcome).toMatchObject({ ok: false, code: 'private_address' });
  });

  test('private, loopback and link-local addresses are told from public ones', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '100.64.0.1',
    ]) {
      expect({ a, p: isPrivateAddress(a) }).toEqual({ a, p: true });
    }
    for (const a of ['8.8.8.8', '151.101.1.69', '2606:4700::1111', '172.32.0.1']) {
      expect({ a, p: isPrivateAddress(a) }).toEqual({ a, p: false });
    }
  });
});

describe('robots.txt', () => {
  test('the longest matching rule wins, and a group for our token beats the * group', () => {
    const rules = parseRobots(
      'User-agent: *\nDisallow: /\n\nUser-agent: corroborate\nDisallow: /drafts/\nAllow: /drafts/public$\n',
      'corroborate',
    );
    expect(robotsAllow(rules, '/news/1')).toBe(true);
    expect(robotsAllow(rules, '/drafts/2')).toBe(false);
    expect(robotsAllow(rules, '/drafts/public')).toBe(true);
    expect(robotsAllow(parseRobots('User-agent: *\nDisallow: /*.pdf$', 'x'), '/a/b.pdf')).toBe(false);
  });

  test('a page robots.txt disallows is refused; its allowed pages are not', async () => {
    const robots = new RobotsCache(limits);
    expect(await robots.refusal(`${server.url}/private/secret`)).toMatch(
      /robots\.txt does not allow corroborate/,
    );
    expect(await robots.refusal(`${server.url}/private/open/x`)).toBeNull();
    expect(await robots.refusal(`${server.url}/article`)).toBeNull();
  });
});

describe('fetchPage', () => {
  test('keeps the raw HTML with a record of the fetch, and reads the story with the URL fetched', async () => {
    const pagesDir = join(work, 'pages');
    const deps = {
      limits,
      robots: new RobotsCache(limits),
      pagesDir,
      now: () => new Date('2026-01-01T00:00:00Z'),
    };
    const { result, rawFile } = await fetchPage(`${server.url}/plain`, deps);
    if (!result.ok || rawFile === null) throw new Error('expected a page');
    expect(readFileSync(rawFile, 'utf8')).toContain('Related stories');
    const record = JSON.parse(readFileSync(join(rawFile, '..', `.${rawFile.split('/').pop()}.json`), 'utf8'));
    expect(record).toMatchObject({ url: `${server.url}/plain`, status: 200 });
    expect(result.document.url).toBe(`${server.url}/plain`);
    expect(result.document.text).toContain('Iran has delivered hundreds of Shahed drones');
    expect(result.document.text).not.toContain('Related stories');
    const image = await fetchPage(`${server.url}/image`, deps);
    expect(image.result).toMatchObject({ ok: false, rejection: { code: 'unsupported' } });
    const secret = await fetchPage(`${server.url}/private/secret`, deps);
    expect(secret.result).toMatchObject({ ok: false, rejection: { code: 'unreadable' } });
  });
});

describe('corroborate fetch', () => {
  test('stores fetched pages, refuses loopback without --allow-private, and exits 3 when one is refused', async () => {
    const db = join(work, 'fetch.db');
    const pages = join(work, 'cli-pages');
    const refused = await runCli([
      'fetch',
      `${server.url}/article`,
      '--db',
      join(work, 'refused.db'),
      '--pages',
      pages,
    ]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/private or loopback address .*--allow-private/);
    const run = await runCli([
      'fetch',
      `${server.url}/article`,
      `${server.url}/broken`,
      '--db',
      db,
      '--pages',
      pages,
      '--allow-private',
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^stored +1$/m);
    expect(run.stderr).toContain('HTTP 500');
    const events = await runCli(['events', '--db', db, '--json']);
    expect(events.stdout).toContain('"actor":"IRN"');
    // The raw pages can be extracted again with ingest.
    const again = await runCli(['ingest', pages, '--db', join(work, 'again.db')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^stored +1$/m);
    expect(existsSync(db)).toBe(true);
  });
});
