import { describe, expect, test } from 'vitest';
import type { Event, EventClaim, Origin } from '../domain/event.js';
import { eventClaim as claim, eventOrigin as origin } from './event.fixture.js';
import { provenanceView } from './provenance.js';

const event = (claims: EventClaim[], origins: Origin[]) => ({ claims, origins }) as unknown as Event;

describe('provenanceView', () => {
  test('keeps an outlet apart from the same outlet as an origin, with no edge both ways', () => {
    const view = provenanceView(
      event(
        [
          claim({}),
          claim({
            document: 'doc_2',
            outlet: 'Tehran Times',
            chain: ['Tehran Times', 'Reuters'],
            origin: 'Reuters',
          }),
          claim({
            document: 'doc_3',
            outlet: 'Reuters',
            status: 'denied',
            source: 'Nasser Kanaani',
            chain: ['Reuters', 'Nasser Kanaani'],
            origin: 'government of Iran',
          }),
        ],
        [origin('Reuters', 'asserts', 'outlet'), origin('government of Iran', 'denies', 'government')],
      ),
    );
    const ids = view.nodes.map((n) => n.id);
    expect(ids).toContain('outlet:Reuters');
    expect(ids).toContain('origin:Reuters');
    for (const e of view.edges)
      expect(view.edges.some((f) => f.source === e.target && f.target === e.source)).toBe(false);
    expect(view.nodes.find((n) => n.id === 'origin:government of Iran')?.stance).toBe('denies');
    expect(view.nodes.find((n) => n.id === 'origin:Reuters')?.stance).toBe('reports');
    expect(view.edges.map((e) => e.id)).toContain('outlet:Tehran Times\u2192origin:Reuters');
  });

  test('counts each origin under each outlet that carries it', () => {
    const view = provenanceView(
      event(
        [
          claim({}),
          claim({ document: 'doc_2', outlet: 'TASS', chain: ['TASS', 'Reuters'] }),
          claim({ document: 'doc_4' }),
        ],
        [origin('Reuters', 'asserts', 'outlet')],
      ),
    );
    expect(view.matrix.outlets).toEqual(['Reuters', 'TASS']);
    expect(view.matrix.rows[0]?.counts).toEqual([2, 1]);
  });

  test('draws an echo apart from a citation, and a claim of no known outlet from an unknown outlet', () => {
    const view = provenanceView(
      event(
        [
          claim({}),
          claim({ document: 'doc_2', outlet: 'Daily Echo', chain: ['Daily Echo'], echoOf: 'doc_1' }),
          claim({ document: 'doc_3', outlet: null, chain: ['Reuters'] }),
        ],
        [origin('Reuters', 'asserts', 'outlet')],
      ),
    );
    const echo = view.edges.find((e) => e.id === 'outlet:Daily Echo\u2192outlet:Reuters');
    expect(echo?.kind).toBe('echoes');
    expect(view.edges.find((e) => e.id === 'outlet:Reuters\u2192origin:Reuters')?.kind).toBe('cites');
    expect(view.nodes.map((n) => n.id)).toContain('outlet:unknown outlet');
    expect(view.matrix.outlets).toEqual(['Daily Echo', 'Reuters', 'unknown outlet']);
  });
});
