import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractPool } from '../../src/api/extract-pool.js';
import { createApp, type DocumentWriter, writePool } from '../../src/api/index.js';
import { documentFromBody } from '../../src/api/post-document.js';
import { EventFilter } from '../../src/domain/event.js';
import { extract } from '../../src/extract/index.js';
import { loadKnowledge, type Store, sampleCorpusDir } from '../../src/index.js';
import { createPostgresStore } from '../../src/store/index.js';
import { pastePage } from '../../src/web/pages/paste.js';
import { pgSchemas } from '../support/pg-schemas.js';
import { errorOf, type SampleStore, sampleStore } from './support.js';

// The write worker runs the compiled code (a worker thread cannot load TypeScript): `npm test` builds it.
const now = () => new Date('2026-01-02T00:00:00Z');

/** Real news of about `bytes`: the sample corpus's bodies, repeated under one header. */
function news(bytes: number, title: string): string {
  const bodies = readdirSync(sampleCorpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(sampleCorpusDir, f), 'utf8').replace(/^(?:\w+ .*\n)*\n/, ''))
    .join('\n\n');
  let text = `date 2024-03-01\noutlet Reuters\ntitle ${title}\n\n`;
  while (text.length < bytes) text += `${bodies}\n\n`;
  return text.slice(0, bytes);
}

/**
 * A gate the worker stops at before each commit: slot 0 counts arrivals, slot 1 says what to do
 * (0 wait, 1 go on, 2 end the thread as a crash would).
 */
function gate() {
  const shared = new SharedArrayBuffer(8);
  const slots = new Int32Array(shared);
  return {
    shared,
    /** Resolves once the worker has arrived `n` times in all. */
    async reached(n: number) {
      for (let seen = Atomics.load(slots, 0); seen < n; seen = Atomics.load(slots, 0)) {
        const wait = Atomics.waitAsync(slots, 0, seen);
        if (wait.async) await wait.value;
      }
    },
    set(command: 0 | 1 | 2) {
      Atomics.store(slots, 1, command);
      Atomics.notify(slots, 1);
    },
  };
}

function appWith(sample: SampleStore, writer?: DocumentWriter): Hono {
  const deps = { store: sample.store, knowledge: sample.knowledge, now };
  return createApp(writer === undefined ? deps : { ...deps, writer });
}

const post = (app: Hono, body: string) =>
  app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body });

function writerFor(store: Store, options: { gate?: SharedArrayBuffer } = {}): DocumentWriter {
  if (store.location === undefined) throw new Error('a file store has a location');
  return writePool(store.location, { budgetMs: 60_000, ...options });
}

describe('the write worker', () => {
  let sample: SampleStore;
  let writer: DocumentWriter;
  const door = gate();

  beforeAll(async () => {
    sample = await sampleStore();
    writer = writerFor(sample.store, { gate: door.shared });
  }, 120_000);
  afterAll(async () => {
    await writer.close();
    await sample.dispose();
  });

  test('answers a GET while a large document is being stored, before the POST completes', async () => {
    const app = appWith(sample, writer);
    const before = (await (await app.request('/api/events?limit=1')).json()) as { total: number };
    let settled = false;
    const posting = post(app, news(150_000, 'Large')).then((r) => {
      settled = true;
      return r;
    });
    // The worker holds its write transaction open, the document and events written, not yet committed.
    await door.reached(1);
    const events = await app.request('/api/events?limit=50');
    expect(events.status).toBe(200);
    expect(((await events.json()) as { total: number }).total).toBe(before.total);
    expect((await app.request('/api/summary')).status).toBe(200);
    expect(settled).toBe(false);
    door.set(1);
    const response = await posting;
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect((await app.request(`/api/documents/${id}`)).status).toBe(200);
  }, 180_000);

  test('a crash of the worker is a JSON 500 for that request, and a fresh worker writes the next', async () => {
    const app = appWith(sample, writer);
    const text = news(3000, 'Crashed once');
    const arrived = Atomics.load(new Int32Array(door.shared), 0);
    door.set(2);
    const posting = post(app, text);
    await door.reached(arrived + 1);
    const crashed = await posting;
    expect(crashed.status).toBe(500);
    expect(await errorOf(crashed)).toEqual({ code: 'internal', message: 'internal error' });
    // Rolled back with the thread: nothing of it was stored, and the write lock went with it.
    const summary = (await (await app.request('/api/summary')).json()) as { documents: number };
    door.set(1);
    const again = await post(app, text);
    expect(again.status).toBe(201);
    const after = (await (await app.request('/api/summary')).json()) as { documents: number };
    expect(after.documents).toBe(summary.documents + 1);
  }, 180_000);

  test("this thread's own writes (corrections) wait their turn behind the worker's", async () => {
    const app = appWith(sample, writer);
    const arrived = Atomics.load(new Int32Array(door.shared), 0);
    door.set(0);
    const order: string[] = [];
    const posting = post(app, news(3000, 'Before the correction'));
    await door.reached(arrived + 1);
    const correcting = writer.exclusive(async () => {
      order.push('correction');
      return (await sample.store.summary()).documents;
    });
    // The worker holds its transaction open: the correction has not started.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual([]);
    door.set(1);
    expect((await posting).status).toBe(201);
    const documents = await correcting;
    expect(order).toEqual(['correction']);
    // It ran after the commit: it sees the document the worker stored.
    expect(documents).toBe((await sample.store.summary()).documents);
  }, 180_000);

  test('a malformed body is the same error as in this thread', async () => {
    const r = await appWith(sample, writer).request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": 3}',
    });
    const inThread = await appWith(sample).request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": 3}',
    });
    expect(r.status).toBe(inThread.status);
    expect(await r.json()).toEqual(await inThread.json());
  });
});

describe('writing on the worker or in this thread', () => {
  let inThread: SampleStore;
  let onWorker: SampleStore;
  let writer: DocumentWriter;

  beforeAll(async () => {
    [inThread, onWorker] = await Promise.all([sampleStore(), sampleStore()]);
    writer = writerFor(onWorker.store);
  }, 180_000);
  afterAll(async () => {
    await writer.close();
    await Promise.all([inThread.dispose(), onWorker.dispose()]);
  });

  test('gives the same response body and the same stored events', async () => {
    const text = news(60_000, 'Same either way');
    const here = await post(appWith(inThread), text);
    const there = await post(appWith(onWorker, writer), text);
    expect(there.status).toBe(here.status);
    expect(there.headers.get('content-type')).toBe(here.headers.get('content-type'));
    expect(await there.text()).toBe(await here.text());
    const all = EventFilter.parse({ limit: 1000 });
    expect(await onWorker.store.listEvents(all)).toEqual(await inThread.store.listEvents(all));
    expect(await onWorker.store.summary()).toEqual(await inThread.store.summary());
    const duplicate = await post(appWith(onWorker, writer), text);
    expect(duplicate.status).toBe(200);
    expect(((await duplicate.json()) as { status: string }).status).toBe('duplicate');
  }, 180_000);
});

const pgUrl = process.env.CORROBORATE_PG_URL ?? '';

describe.skipIf(pgUrl === '')(
  'the write worker on PostgreSQL (skipped unless CORROBORATE_PG_URL is set: see scripts/pg-setup.sh)',
  () => {
    const schemas = pgSchemas(pgUrl, 'write_worker_test');
    let store: Store;
    let writer: DocumentWriter;
    const door = gate();

    beforeAll(async () => {
      const { url } = await schemas.fresh();
      store = await createPostgresStore({ connectionString: url });
      writer = writerFor(store, { gate: door.shared });
    });
    afterAll(async () => {
      await writer.close();
      await store.close();
      await schemas.dropAll();
    });

    test('writes over a pool of its own while the server reads on its own', async () => {
      const app = createApp({ store, knowledge: loadKnowledge(), now, writer });
      const posting = post(app, news(20_000, 'On PostgreSQL'));
      await door.reached(1);
      const open = (await (await app.request('/api/summary')).json()) as { documents: number };
      expect(open.documents).toBe(0);
      door.set(1);
      const response = await posting;
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      expect((await store.getDocument(id))?.title).toBe('On PostgreSQL');
      expect((await store.countEvents()) > 0).toBe(true);
    }, 120_000);
  },
);

test("a pasted document's page is rendered on the extraction worker as this thread renders it", async () => {
  const knowledge = loadKnowledge();
  const form = {
    text: news(8000, 'Pasted').split('\n\n').slice(1).join('\n\n'),
    title: 'Pasted',
    outlet: 'Reuters',
    date: '2024-03-01',
  };
  const record = { text: form.text, title: form.title, outlet: form.outlet, date: form.date };
  const document = documentFromBody({ kind: 'json', text: JSON.stringify(record) }, knowledge);
  const pool = extractPool({ size: 1, budgetMs: 60_000 });
  try {
    const html = await pool.renderPaste(document, form, true);
    const here = pastePage(form, { extraction: extract(document, knowledge, { budgetMs: 60_000 }) }, true);
    expect(html).toBe(here.value);
    expect(html).toContain('Nothing was stored');
  } finally {
    await pool.close();
  }
}, 120_000);
