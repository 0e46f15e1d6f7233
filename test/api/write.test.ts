import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appOver, errorOf, type SampleStore, sampleStore } from './support.js';

let sample: SampleStore;
let app: Hono;

beforeAll(async () => {
  sample = await sampleStore();
  app = appOver(sample, { maxBodyBytes: 20_000 });
});
afterAll(() => sample.dispose());

const ARTICLE = [
  'date 2024-05-06',
  'outlet Reuters',
  'title Iran sent drones to Russia, officials say',
  '',
  'Iran has delivered dozens of Shahed drones to Russia, two U.S. officials told Reuters on Monday.',
].join('\n');

const post = (body: string, type: string, headers: Record<string, string> = {}) =>
  app.request('/api/documents', { method: 'POST', headers: { 'content-type': type, ...headers }, body });

describe('POST /api/documents', () => {
  test('extracts and stores a plain-text article at once, then reports it as a duplicate', async () => {
    const response = await post(ARTICLE, 'text/plain; charset=utf-8');
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      status: string;
      id: string;
      extraction: { claims: { type: string }[] };
    };
    expect(body.status).toBe('stored');
    expect(body.extraction.claims.map((c) => c.type)).toContain('transfer');
    const stored = await sample.store.getDocument(body.id);
    expect(stored?.title).toBe('Iran sent drones to Russia, officials say');
    // Merged at once: the transfer claim already belongs to an event that lists this document.
    const transfer = stored?.extraction.claims.find((c) => c.type === 'transfer');
    const eventId = await sample.store.eventOfClaim(body.id, transfer?.id ?? '');
    expect(eventId).not.toBeNull();
    const event = await app.request(`/api/events/${encodeURIComponent(eventId ?? '')}`);
    const detail = (await event.json()) as { event: { claims: { document: string }[] } };
    expect(detail.event.claims.map((c) => c.document)).toContain(body.id);
    const again = await post(ARTICLE, 'text/plain');
    expect(again.status).toBe(200);
    expect(((await again.json()) as { status: string }).status).toBe('duplicate');
  });

  test('accepts a JSON record with its metadata', async () => {
    const record = {
      text: 'Belarus received Iskander missiles from Russia, the Belarusian defence ministry said.',
      date: '2023-06-01',
      outlet: 'BelTA',
      title: 'Iskanders',
    };
    const response = await post(JSON.stringify(record), 'application/json');
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const stored = await sample.store.getDocument(id);
    expect(stored?.published).toBe('2023-06-01');
    expect(stored?.outlet).toBe('BelTA');
  });

  test.each([
    ['not JSON', '{"text": ', 'application/json', 400, 'invalid_argument'],
    ['a JSON record without text', '{"title": "x"}', 'application/json', 400, 'invalid_argument'],
    [
      'a JSON record with an unknown field',
      '{"text": "Iran sent drones.", "colour": 1}',
      'application/json',
      400,
      'invalid_argument',
    ],
    [
      'a JSON record with a bad date',
      '{"text": "Iran sent drones.", "date": "yesterday"}',
      'application/json',
      400,
      'invalid_argument',
    ],
    [
      'an impossible date',
      '{"text": "Iran sent drones.", "date": "2024-02-31"}',
      'application/json',
      422,
      'invalid_input',
    ],
    ['an empty text', '   \n', 'text/plain', 422, 'invalid_input'],
    ['another media type', '<p>Iran</p>', 'text/html', 415, 'unsupported_media_type'],
  ])('rejects %s', async (_what, body, type, status, code) => {
    const response = await post(body, type);
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
  });

  test('refuses a body over the size limit with 413', async () => {
    const response = await post('Iran sent drones. '.repeat(2000), 'text/plain');
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('too_large');
  });

  test('refuses a write from another site with 403', async () => {
    const response = await post(ARTICLE, 'text/plain', { origin: 'https://evil.example', host: 'localhost' });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe('forbidden');
    const fetched = await post(ARTICLE, 'text/plain', { 'sec-fetch-site': 'cross-site' });
    expect(fetched.status).toBe(403);
  });
});

describe('the write token', () => {
  test('when set, a write without it or with another is refused with 401 and one with it goes through', async () => {
    const guarded = appOver(sample, { token: 's3cret-token' });
    const send = (headers: Record<string, string>) =>
      guarded.request('/api/documents', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', ...headers },
        body: 'date 2024-07-01\n\nNorth Korea shipped artillery shells to Russia, Yonhap reported.',
      });
    const none = await send({});
    expect(none.status).toBe(401);
    expect((await errorOf(none)).code).toBe('unauthorized');
    expect((await send({ authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await send({ authorization: 'Bearer s3cret-token' })).status).toBe(201);
    // Reading needs no token.
    expect((await guarded.request('/api/summary')).status).toBe(200);
  });
});

describe('the response cache', () => {
  test('serves a repeated GET from memory and forgets everything after a write', async () => {
    const cached = appOver(sample, { cacheMs: 60_000 });
    const first = await cached.request('/api/summary');
    expect(first.headers.get('x-cache')).toBeNull();
    const before = (await first.json()) as { documents: number };
    const again = await cached.request('/api/summary');
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(again.headers.get('content-security-policy')).toContain("default-src 'self'");
    const posted = await cached.request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'date 2024-08-01\n\nBelarus received Iskander missiles from Russia, BelTA reported.',
    });
    expect(posted.status).toBe(201);
    const after = await cached.request('/api/summary');
    expect(after.headers.get('x-cache')).toBeNull();
    expect(((await after.json()) as { documents: number }).documents).toBe(before.documents + 1);
  });
});
