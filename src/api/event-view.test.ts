import { describe, expect, test } from 'vitest';
import { Event, EventClaim } from '../domain/event.js';
import { claimsByOrigin, provenanceGraph } from './event-view.js';

const claim = (fields: Partial<EventClaim> & Pick<EventClaim, 'document' | 'outlet' | 'chain' | 'origin'>) =>
  EventClaim.parse({
    file: null,
    url: null,
    claim: 'c1',
    published: '2024-01-01',
    status: 'asserted',
    source: null,
    evidence: 'x',
    ...fields,
  });

const event = Event.parse({
  id: 'evt_1',
  type: 'transfer',
  actor: 'IRN',
  target: 'RUS',
  weapons: [],
  status: 'corroborated',
  grade: { reliability: 'B', credibility: 2, reasons: [] },
  independentOrigins: 2,
  circular: false,
  origins: [
    { name: 'U.S. officials', stance: 'asserts', claims: 2, echoes: ['Daily Echo'] },
    { name: 'Iran', stance: 'denies', claims: 1, echoes: [] },
  ],
  claims: [
    claim({
      document: 'd1',
      outlet: 'Reuters',
      chain: ['Reuters', 'U.S. officials'],
      origin: 'U.S. officials',
    }),
    claim({
      document: 'd2',
      outlet: 'AFP',
      chain: ['AFP', 'Reuters', 'U.S. officials'],
      origin: 'U.S. officials',
    }),
    claim({
      document: 'd3',
      outlet: 'Daily Echo',
      chain: ['Daily Echo'],
      origin: 'U.S. officials',
      echoOf: 'd1',
    }),
    claim({ document: 'd4', outlet: 'IRNA', chain: ['IRNA', 'Iran'], origin: 'Iran', status: 'denied' }),
  ],
  timeline: [],
  firstReported: '2024-01-01',
  lastReported: '2024-01-02',
  eventTime: null,
});

describe('provenanceGraph', () => {
  test('runs from outlets through cited sources to origins, counting the claims on each link', () => {
    const graph = provenanceGraph(event);
    const kind = (id: string) => graph.nodes.find((n) => n.id === id)?.kind;
    expect(kind('AFP')).toBe('outlet');
    expect(kind('Reuters')).toBe('outlet');
    expect(kind('U.S. officials')).toBe('origin');
    expect(kind('Iran')).toBe('origin');
    const edge = (s: string, t: string) => graph.edges.find((e) => e.source === s && e.target === t);
    expect(edge('AFP', 'Reuters')?.kind).toBe('cites');
    expect(edge('Reuters', 'U.S. officials')?.claims).toBe(2);
  });

  test('draws a near-duplicate and an echoing outlet as echoes', () => {
    const graph = provenanceGraph(event);
    expect(graph.edges.find((e) => e.source === 'Daily Echo' && e.target === 'Reuters')?.kind).toBe('echoes');
    expect(graph.edges.find((e) => e.source === 'Daily Echo' && e.target === 'U.S. officials')?.kind).toBe(
      'echoes',
    );
  });
});

describe('claimsByOrigin', () => {
  test('groups every claim under its independent origin, in the order of the origins', () => {
    const groups = claimsByOrigin(event);
    expect(groups.map((g) => [g.origin.name, g.claims.map((c) => c.document)])).toEqual([
      ['U.S. officials', ['d1', 'd2', 'd3']],
      ['Iran', ['d4']],
    ]);
  });
});
