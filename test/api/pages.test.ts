import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OPERATIONS } from '../../src/api/openapi.js';
import { appOver, errorOf, HOSTILE_ARTICLE, type SampleStore, sampleStore } from './support.js';

let sample: SampleStore;
let app: Hono;

beforeAll(async () => {
  sample = await sampleStore();
  app = appOver(sample);
});
afterAll(() => sample.dispose());

const page = async (path: string, status = 200) => {
  const response = await app.request(path);
  expect(response.status, path).toBe(status);
  expect(response.headers.get('content-type')).toContain('text/html');
  return response.text();
};

describe('the web pages', () => {
  test.each([
    ['/', 'Claims per week'],
    ['/documents', 'Documents'],
    ['/entities?kind=country', 'Russia'],
    ['/entities/RUS', 'Documents naming Russia'],
    ['/search?q=drones', 'match “drones”'],
    ['/paste', 'Paste an article'],
    ['/sources', 'Sources'],
    ['/events', 'Events'],
  ])('%s renders', async (path, text) => {
    expect(await page(path)).toContain(text);
  });

  test('the documents list filters by outlet, days and a type of claim, and keeps the filters in the form', async () => {
    const all = await page('/documents?limit=1000');
    const filtered = await page('/documents?type=threaten&since=2024-01-01&limit=1000');
    const rows = (markup: string) => markup.match(/<tr><td data-label="Published">/g)?.length ?? 0;
    expect(rows(filtered)).toBeGreaterThan(0);
    expect(rows(filtered)).toBeLessThan(rows(all));
    expect(filtered).toContain('<option value="threaten" selected>');
    expect(filtered).toContain('name="since" value="2024-01-01"');
    for (const [, day] of filtered.matchAll(/data-label="Published">([^<]*)</g))
      expect(day >= '2024-01-01').toBe(true);
    expect(await page('/documents?outlet=No%20Such%20Outlet')).toContain('No document matches.');
    expect(await page('/documents?since=2024-13-45', 400)).toContain('real calendar date');
  });

  test('the entities list comes in pages, most documents first, and the sources page says over how many events', async () => {
    const names = (markup: string) =>
      [...markup.matchAll(/<td><a href="\/entities\/([^"]+)">/g)].map((m) => m[1]);
    const first = await page('/entities?limit=2');
    const second = await page('/entities?limit=2&offset=2');
    expect(names(first)).toHaveLength(2);
    expect(names(second)).toHaveLength(2);
    expect(names(second)).not.toContain(names(first)[0]);
    expect(names(await page('/entities?limit=4'))).toEqual([...names(first), ...names(second)]);
    expect(first).toContain('href="/entities?limit=2&amp;offset=2" rel="next"');
    expect(second).toContain('rel="prev"');
    expect(await page('/sources')).toContain('newest 5,000 events');
  });

  test('search finds events by the names in the words, documents with marked snippets, and entities', async () => {
    const markup = await page('/search?q=Islamic%20Republic%20of%20Iran%20Russia');
    const events = markup.slice(markup.indexOf('<h2>Events</h2>'), markup.indexOf('<h2>Documents</h2>'));
    expect(events).toMatch(
      /<a href="\/events\/ev_[0-9a-f]+"><mark class="hit">Iran<\/mark> → <mark class="hit">Russia<\/mark>/,
    );
    const documents = await page('/search?q=Shahed');
    expect(documents).toMatch(/<span class="snippet">[^<]*<mark class="hit">Shahed<\/mark>/);
    expect(documents).toMatch(/<a href="\/entities\/weapon%3Ashahed[^"]*">/);
  });

  test('a document page highlights its entities, attributions and claims, each described for screen readers', async () => {
    const id = sample.documents[0] ?? '';
    const stored = await sample.store.getDocument(id);
    const claim = stored?.extraction.claims[0]?.id ?? '';
    const markup = await page(`/documents/${id}?claim=${claim}`);
    expect(markup).toMatch(/<mark class="hl hl-entity[^"]*" tabindex="0" aria-describedby="x-entity-\d+/);
    expect(markup).toContain('hl-claim');
    expect(markup).toContain(`id="claim-${claim}"`);
    expect(markup).toMatch(/<mark class="[^"]*current/);
    expect(markup).toMatch(/<li id="x-claim-0" data-summary="Claim /);
  });

  test('a bad page request shows an error page with the status of the error table', async () => {
    expect(await page('/documents/doc_0000000000000000', 404)).toContain('no document');
    expect(await page('/documents?limit=-3', 400)).toContain('limit');
    expect(await page('/nowhere', 404)).toContain('Error 404');
  });

  test('every response carries a CSP without inline scripts and the other security headers', async () => {
    for (const path of ['/', '/api/summary', '/assets/app.js', '/nowhere', '/api/events?type=gift']) {
      const response = await app.request(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  test('the libraries and the client script are served by the server itself', async () => {
    for (const name of ['chart.js', 'cytoscape.js', 'app.js', 'app.css']) {
      const response = await app.request(`/assets/${name}`);
      expect(response.status, name).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(1000);
    }
    expect((await app.request('/assets/../package.json')).status).toBe(404);
    expect((await app.request('/assets/secret.js')).status).toBe(404);
    expect(await page('/')).not.toMatch(/src="https?:/);
  });
});

describe('untrusted article text', () => {
  test('markup in a stored article is escaped on every page that shows it', async () => {
    const posted = await app.request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: HOSTILE_ARTICLE,
    });
    expect(posted.status).toBe(201);
    const { id } = (await posted.json()) as { id: string };
    for (const path of [`/documents/${id}`, '/documents', '/search?q=Shahed', '/']) {
      const markup = await page(path);
      expect(markup, path).not.toContain('<script>window');
      expect(markup, path).not.toContain('<img src=x');
      expect(markup, path).not.toContain('<b>Evil');
      expect(markup, path).not.toContain('href="javascript:');
    }
    const markup = await page(`/documents/${id}`);
    expect(markup).toContain('&lt;script&gt;window.__pwned = 3&lt;/script&gt;');
  });

  test('markup pasted into the paste page is escaped in the form and in the extraction', async () => {
    const response = await app.request('/paste', {
      method: 'POST',
      body: new URLSearchParams({
        text: HOSTILE_ARTICLE,
        title: '<script>x()</script>',
        outlet: '',
        date: '',
      }),
    });
    expect(response.status).toBe(200);
    const markup = await response.text();
    expect(markup).not.toContain('<script>window');
    expect(markup).not.toContain('</textarea><script>');
    expect(markup).toContain('&lt;/textarea&gt;&lt;script&gt;');
    expect(markup).toContain('Nothing was stored');
  });

  test('a paste with a bad date shows why, with the form kept', async () => {
    const response = await app.request('/paste', {
      method: 'POST',
      body: new URLSearchParams({
        text: 'Iran sent drones to Russia.',
        title: 'kept title',
        outlet: '',
        date: '2024-13-45',
      }),
    });
    expect(response.status).toBe(422);
    const markup = await response.text();
    expect(markup).toContain('role="alert"');
    expect(markup).toContain('value="kept title"');
  });
});

describe('GET /api/openapi.json', () => {
  test('documents every API route of the app, with its parameters and error responses', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    const routes = app.routes
      .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/openapi.json' && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    expect(new Set(documented)).toEqual(new Set(routes));
    expect(OPERATIONS.length).toBe(routes.length);
    expect(doc.paths['/api/events']?.get?.parameters?.map((p) => p.name)).toContain('weapon');
    expect(Object.keys(doc.paths['/api/documents']?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '400', '401', '413', '415', '422']),
    );
  });

  test('an unknown API path is a JSON not_found', async () => {
    const response = await app.request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not_found');
  });
});
