import { describe, expect, it } from 'vitest';
import type { EventClaim } from '../domain/event.js';
import type { ClaimStatus } from '../domain/extraction.js';
import { compareClaims, isTemporalEcho, replayTimeline } from './timeline.js';

function claim(
  document: string,
  published: string,
  origin: string,
  status: ClaimStatus,
  extra: Partial<EventClaim> = {},
): EventClaim {
  return {
    document,
    file: null,
    url: null,
    claim: 'c1',
    published,
    outlet: 'Outlet',
    status,
    source: null,
    chain: [],
    origin,
    evidence: '',
    weapons: [],
    time: null,
    originKind: 'outlet',
    cites: [],
    linked: null,
    echoOf: null,
    ...extra,
  };
}

const ctx = {
  type: 'transfer',
  phase: 'actual' as const,
  windowDays: 120,
  official: (c: EventClaim) => c.origin === 'government of Iran',
};

describe('timeline', () => {
  it('orders claims by publication date, document and claim number', () => {
    const a = claim('doc_b', '2024-09-10', 'x', 'asserted', { claim: 'c10' });
    const b = claim('doc_b', '2024-09-10', 'x', 'asserted', { claim: 'c2' });
    const c = claim('doc_a', '2024-09-11', 'x', 'asserted');
    expect([c, a, b].sort(compareClaims)).toEqual([b, a, c]);
  });

  it('records the first report, a denial that changes the status, and an admission', () => {
    const claims = [
      claim('doc_1', '2024-09-06', 'sources of Reuters', 'asserted'),
      claim('doc_2', '2024-09-07', 'sources of Reuters', 'asserted'),
      claim('doc_3', '2024-09-11', 'government of Iran', 'denied'),
      claim('doc_4', '2024-11-05', 'government of Iran', 'asserted'),
    ];
    const { timeline, status } = replayTimeline(claims, ctx);
    expect(timeline.map((e) => [e.kind, e.status, e.document])).toEqual([
      ['first_report', 'claimed', 'doc_1'],
      ['status_change', 'disputed', 'doc_3'],
      ['status_change', 'officially_confirmed', 'doc_4'],
    ]);
    expect(status).toBe('officially_confirmed');
  });

  it('a recap of an old denial does not reopen what a later admission settled', () => {
    const claims = [
      claim('doc_1', '2022-10-18', 'government of Iran', 'denied'),
      claim('doc_2', '2022-11-05', 'government of Iran', 'asserted'),
      // "Tehran at first denied the reports": retold in 2024, the denial is the one of 2022.
      claim('doc_3', '2024-08-10', 'government of Iran', 'denied', { retrospective: true }),
      // Dated before the admission it would replace, so also a recap.
      claim('doc_4', '2024-08-11', 'government of Iran', 'denied', {
        retrospective: true,
        stated: '2022-10-17',
      }),
    ];
    const { timeline, status, stances } = replayTimeline(claims, ctx);
    expect(status).toBe('officially_confirmed');
    expect(stances.get('government of Iran')?.stance).toBe('asserts');
    expect(timeline.map((e) => [e.kind, e.document])).toEqual([
      ['first_report', 'doc_1'],
      ['status_change', 'doc_2'],
      ['report', 'doc_3'],
      ['report', 'doc_4'],
    ]);
  });

  it('a recap dated after the stance it follows, or in the same document, still counts', () => {
    const later = [
      claim('doc_1', '2022-10-18', 'government of Iran', 'asserted'),
      claim('doc_2', '2024-08-10', 'government of Iran', 'denied', {
        retrospective: true,
        stated: '2023-01-05',
      }),
    ];
    expect(replayTimeline(later, ctx).stances.get('government of Iran')?.stance).toBe('denies');
    // "at first denied the reports, then admitted": the recap's own order stands.
    const same = [
      claim('doc_1', '2024-08-10', 'government of Iran', 'denied', { retrospective: true }),
      claim('doc_1', '2024-08-10', 'government of Iran', 'asserted', { retrospective: true, claim: 'c2' }),
    ];
    expect(replayTimeline(same, ctx).status).toBe('officially_confirmed');
  });

  it('records a new denier even when the status stays the same', () => {
    const claims = [
      claim('doc_1', '2024-09-06', 'a', 'asserted'),
      claim('doc_2', '2024-09-07', 'b', 'denied'),
      claim('doc_3', '2024-09-08', 'c', 'denied'),
    ];
    expect(replayTimeline(claims, ctx).timeline.map((e) => e.kind)).toEqual([
      'first_report',
      'status_change',
      'denial',
    ]);
  });

  it('records a new supporter as a confirmation once the event is corroborated', () => {
    const claims = [
      claim('doc_1', '2024-09-06', 'a', 'asserted'),
      claim('doc_2', '2024-09-07', 'b', 'asserted'),
      claim('doc_3', '2024-09-08', 'c', 'asserted'),
    ];
    expect(replayTimeline(claims, ctx).timeline.map((e) => [e.kind, e.status])).toEqual([
      ['first_report', 'claimed'],
      ['status_change', 'corroborated'],
      ['confirmation', 'corroborated'],
    ]);
  });

  it('recognises a temporal echo: an old event retold as news, dated by its own time', () => {
    const old = claim('doc_9', '2025-06-01', 'a', 'asserted', { time: '2024-09-04' });
    expect(isTemporalEcho(old, 120)).toBe(true);
    expect(isTemporalEcho(claim('doc_1', '2024-09-06', 'a', 'asserted', { time: '2024-09-04' }), 120)).toBe(
      false,
    );
    const { timeline } = replayTimeline([claim('doc_1', '2024-09-06', 'a', 'asserted'), old], ctx);
    expect(timeline.at(-1)).toMatchObject({
      kind: 'report',
      document: 'doc_9',
      note: 'retells an event of 2024-09-04',
    });
  });
});

describe('origin stances', () => {
  it("keeps an origin's assertion when the same origin later only declines to confirm", () => {
    const claims = [
      claim('doc_1', '2024-09-06', 'Reuters', 'asserted'),
      claim('doc_1', '2024-09-06', 'Reuters', 'unconfirmed', { claim: 'c2' }),
    ];
    const { stances, status } = replayTimeline(claims, ctx);
    expect(stances.get('Reuters')?.stance).toBe('asserts');
    expect(status).toBe('claimed');
  });

  it("takes an origin's later denial over its earlier assertion, and a later admission over both", () => {
    const claims = [
      claim('doc_1', '2022-07-12', 'government of Iran', 'denied'),
      claim('doc_2', '2022-11-05', 'government of Iran', 'asserted'),
    ];
    expect(replayTimeline(claims, ctx).status).toBe('officially_confirmed');
    expect(replayTimeline(claims.slice(0, 1), ctx).status).toBe('denied');
  });
});
