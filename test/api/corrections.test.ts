import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Event, EventFilter } from '../../src/index.js';
import { appOver, errorOf, type SampleStore, sampleStore } from './support.js';

let sample: SampleStore;
let app: Hono;
let event: Event;
const TOKEN = 's3cret-token-for-corrections';

beforeAll(async () => {
  sample = await sampleStore();
  app = appOver(sample, { token: TOKEN });
  const { events } = await sample.store.listEvents(
    EventFilter.parse({ actor: 'IRN', target: 'RUS', sort: 'claims' }),
  );
  event = events[0] as Event;
});
afterAll(() => sample.dispose());

const correction = () => {
  const claim = event.claims.find((c) => c.status === 'asserted') ?? event.claims[0];
  return {
    kind: 'claim',
    analyst: 'C. Analyst',
    reason: 'the sentence reports a plan, not a delivery',
    document: claim?.document,
    claim: claim?.claim,
    fix: { status: 'planned' },
  };
};

const post = (body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/corrections', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('POST /api/corrections and GET /api/events/:id/history', () => {
  test('a correction without the token is refused and changes nothing', async () => {
    const response = await post(correction());
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('unauthorized');
    const history = await app.request(`/api/events/${event.id}/history`);
    expect(((await history.json()) as { history: unknown[] }).history).toEqual([]);
  });

  test('a correction without the analyst name is refused', async () => {
    const response = await post({ ...correction(), analyst: '' }, { authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/analyst/);
  });

  test('with the token it is recorded, the event derived again, and the history lists it', async () => {
    const body = correction();
    const response = await post(body, { authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(201);
    const outcome = (await response.json()) as { correction: { id: string }; events: string[] };
    expect(outcome.events.length).toBeGreaterThan(0);
    const history = await app.request(`/api/events/${outcome.events[0]}/history`);
    expect(history.status).toBe(200);
    const listed = (await history.json()) as {
      history: { id: string; analyst: string; reason: string; before: unknown; after: unknown }[];
    };
    expect(listed.history.map((h) => h.id)).toContain(outcome.correction.id);
    expect(listed.history.at(-1)).toMatchObject({
      analyst: 'C. Analyst',
      reason: body.reason,
      before: { status: 'asserted' },
      after: { status: 'planned' },
    });
    const claim = await sample.store.getEvent(outcome.events.at(-1) ?? '');
    expect(claim?.claims.find((c) => c.document === body.document && c.claim === body.claim)?.status).toBe(
      'planned',
    );
  });

  test('the history of an unknown event is not found', async () => {
    expect((await app.request('/api/events/ev_0000000000000000/history')).status).toBe(404);
  });
});

describe('the event page correction forms', () => {
  beforeAll(async () => {
    // The event as the corrections above left it.
    event = (await sample.store.getEvent(event.id)) ?? event;
  });
  const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(`/events/${event.id}/corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  const claim = () => event.claims.find((c) => c.status !== 'denied');
  const fields = (token: string) => ({
    kind: 'claim',
    document: claim()?.document ?? '',
    claim: claim()?.claim ?? '',
    status: 'denied',
    source: claim()?.source ?? '',
    actor: event.actor ?? '',
    target: event.target ?? '',
    weapons: (claim()?.weapons ?? []).map((w) => w.class).join(', '),
    reason: 'the source denies it',
    analyst: 'J. Analyst',
    token,
  });

  test('a form posted without the token is refused', async () => {
    const response = await form(fields(''));
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('needs the token');
  });

  test('a form with the token is recorded and returns to the event derived again', async () => {
    const response = await form(fields(TOKEN));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/events\/ev_[0-9a-f]+#history$/);
    const history = await sample.store.eventHistory(event.id);
    expect(history.at(-1)).toMatchObject({ analyst: 'J. Analyst', after: { status: 'denied' } });
    // The fields the analyst left as they were are not corrections.
    expect(Object.keys(history.at(-1)?.after ?? {})).toEqual(['status']);
  });
});
