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
  const kinds = (graph: ReturnType<typeof provenanceGraph>, label: string) =>
    graph.nodes.filter((n) => n.label === label).map((n) => n.kind);
  const edge = (graph: ReturnType<typeof provenanceGraph>, s: string, t: string) =>
    graph.edges.find((e) => e.source === s && e.target === t);

  test('runs from outlets through cited sources to origins, counting the claims on each link', () => {
    const graph = provenanceGraph(event);
    expect(kinds(graph, 'AFP')).toEqual(['outlet']);
    expect(kinds(graph, 'Reuters')).toEqual(['outlet']);
    expect(kinds(graph, 'U.S. officials')).toEqual(['origin']);
    expect(kinds(graph, 'Iran')).toEqual(['origin']);
    expect(edge(graph, 'outlet:AFP', 'outlet:Reuters')?.kind).toBe('cites');
    expect(edge(graph, 'outlet:Reuters', 'origin:U.S. officials')?.claims).toBe(2);
    expect(edge(graph, 'outlet:IRNA', 'origin:Iran')?.claims).toBe(1);
  });

  test('keeps an outlet and an origin of the same name apart, with every edge running downwards', () => {
    const own = Event.parse({
      ...event,
      origins: [{ name: 'Reuters', stance: 'asserts', claims: 1, echoes: [] }],
      claims: [claim({ document: 'd9', outlet: 'Reuters', chain: ['Reuters'], origin: 'Reuters' })],
    });
    const graph = provenanceGraph(own);
    expect(kinds(graph, 'Reuters').sort()).toEqual(['origin', 'outlet']);
    expect(graph.edges.map((e) => [e.source, e.target])).toEqual([['outlet:Reuters', 'origin:Reuters']]);
  });

  test('draws a near-duplicate and an echoing outlet as echoes', () => {
    const graph = provenanceGraph(event);
    expect(edge(graph, 'outlet:Daily Echo', 'outlet:Reuters')?.kind).toBe('echoes');
    expect(edge(graph, 'outlet:Daily Echo', 'origin:U.S. officials')?.kind).toBe('echoes');
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
