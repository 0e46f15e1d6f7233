import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Extraction } from '../../src/domain/extraction.js';
import { appOver, errorOf, type SampleStore, sampleStore } from './support.js';

let sample: SampleStore;
let app: Hono;

beforeAll(async () => {
  sample = await sampleStore();
  app = appOver(sample);
});
afterAll(() => sample.dispose());

describe('GET /api/summary', () => {
  test('counts the documents, claims and entities of the store', async () => {
    const response = await app.request('/api/summary');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { documents: number; claims: number };
    expect(body).toEqual(await sample.store.summary());
    expect(body.documents).toBe(sample.documents.length);
  });
});

describe('GET /api/documents', () => {
  test('pages through the documents newest first', async () => {
    const first = (await (await app.request('/api/documents?limit=3')).json()) as {
      documents: { id: string; published: string }[];
    };
    const second = (await (await app.request('/api/documents?limit=3&offset=3')).json()) as {
      documents: { id: string }[];
    };
    expect(first.documents).toHaveLength(3);
    expect(second.documents).toHaveLength(3);
    expect(first.documents.map((d) => d.id)).not.toContain(second.documents[0]?.id);
    const dates = first.documents.map((d) => d.published);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test.each([
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=100000', 'limit'],
    ['offset=-1', 'offset'],
    ['colour=red', 'colour'],
  ])('rejects ?%s with invalid_argument naming the field', async (query, field) => {
    const response = await app.request(`/api/documents?${query}`);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toContain(field);
  });
});

describe('GET /api/documents/:id', () => {
  test('returns the text and every annotation of one document', async () => {
    const id = sample.documents[0] ?? '';
    const response = await app.request(`/api/documents/${id}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: string; text: string; extraction: unknown };
    expect(body.id).toBe(id);
    const extraction = Extraction.parse(body.extraction);
    expect(extraction.document.text).toBe(body.text);
    expect(extraction.entities.length).toBeGreaterThan(0);
  });

  test('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const malformed = await app.request('/api/documents/doc_XYZ');
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).code).toBe('invalid_argument');
    const unknown = await app.request('/api/documents/doc_0000000000000000');
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('not_found');
  });
});

describe('GET /api/entities and /api/entities/:id', () => {
  test('lists entities of one kind, most documents first', async () => {
    const response = await app.request('/api/entities?kind=country&limit=5');
    expect(response.status).toBe(200);
    const { entities } = (await response.json()) as { entities: { kind: string; documents: number }[] };
    expect(entities.length).toBeGreaterThan(1);
    for (const e of entities) expect(e.kind).toBe('country');
    expect(entities[0]?.documents).toBeGreaterThanOrEqual(entities[1]?.documents ?? 0);
  });

  test('rejects an unknown kind', async () => {
    const response = await app.request('/api/entities?kind=planet');
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('kind');
  });

  test('reads one entity with the documents that name it', async () => {
    const response = await app.request('/api/entities/RUS');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { entity: { name: string }; documents: { id: string }[] };
    expect(body.entity.name).toBe('Russia');
    expect(body.documents.length).toBeGreaterThan(0);
  });

  test('a weapon system counts the events that name it and its page lists them', async () => {
    const listed = await app.request('/api/entities?kind=weapon_system&limit=100');
    const { entities } = (await listed.json()) as { entities: { id: string }[] };
    let linked = 0;
    for (const { id } of entities) {
      const body = (await (await app.request(`/api/entities/${encodeURIComponent(id)}`)).json()) as {
        roles: { weapon: number };
      };
      const events = (await (await app.request(`/api/events?weapon=${encodeURIComponent(id)}`)).json()) as {
        total: number;
      };
      expect(body.roles.weapon).toBe(events.total);
      if (body.roles.weapon === 0) continue;
      const page = await (await app.request(`/entities/${encodeURIComponent(id)}`)).text();
      expect(page).toContain(`Events naming this weapon (${body.roles.weapon})`);
      const rows = page
        .slice(page.indexOf('Events naming this weapon'))
        .match(/<a href="\/events\/ev_[0-9a-f]+">/g);
      expect(rows?.length).toBe(Math.min(20, body.roles.weapon));
      linked += 1;
    }
    expect(linked).toBeGreaterThan(0);
  });

  test("a person's page lists the events the person speaks to", async () => {
    const listed = await app.request('/api/entities?kind=person&limit=100');
    const { entities } = (await listed.json()) as { entities: { id: string }[] };
    let listing = 0;
    for (const { id } of entities) {
      const page = await (await app.request(`/entities/${encodeURIComponent(id)}`)).text();
      expect(page).toContain('Events this person speaks to');
      if (/<h2>Events this person speaks to<\/h2><div class="table-wrap">/.test(page)) listing += 1;
    }
    expect(listing).toBeGreaterThan(0);
  });

  test('answers 400 for a malformed entity id and 404 for an unknown one', async () => {
    expect((await app.request('/api/entities/a%20b')).status).toBe(400);
    const unknown = await app.request('/api/entities/NOWHERE');
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('not_found');
  });
});

describe('GET /api/search', () => {
  test('finds the documents holding every word, best first', async () => {
    const response = await app.request('/api/search?q=Shahed%20drones&limit=5');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { documents: { id: string }[] };
    expect(body.documents.length).toBeGreaterThan(0);
    for (const { id } of body.documents) {
      const doc = await sample.store.getDocument(id);
      expect(doc?.text.toLowerCase()).toContain('shahed');
    }
  });

  test('treats SQL and FTS syntax in the query as words', async () => {
    const response = await app.request(
      `/api/search?q=${encodeURIComponent('x" OR 1=1; DROP TABLE documents; -- NEAR(')}`,
    );
    expect(response.status).toBe(200);
    expect((await sample.store.summary()).documents).toBe(sample.documents.length);
  });

  test('rejects a missing or empty query', async () => {
    expect((await app.request('/api/search')).status).toBe(400);
    const empty = await app.request('/api/search?q=%20');
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).message).toContain('q');
  });
});
