import { describe, expect, it } from 'vitest';
import { Event, EventClaim } from '../domain/event.js';
import { EventSummary, summaryOf } from './event-summary.js';

const claim = (evidence: string) =>
  EventClaim.parse({
    document: 'doc_1',
    file: null,
    url: null,
    claim: 'c1',
    published: '2024-09-06',
    outlet: 'Reuters',
    status: 'asserted',
    source: null,
    chain: [],
    origin: 'Reuters',
    evidence,
  });

const event = (evidence: readonly string[]) =>
  Event.parse({
    id: 'ev_a',
    type: 'transfer',
    actor: 'IRN',
    target: 'RUS',
    weapons: [{ class: 'drone', system: 'Shahed-136' }],
    status: 'corroborated',
    grade: { reliability: 'B', credibility: 2, reasons: ['two independent origins'] },
    independentOrigins: 2,
    circular: false,
    origins: [],
    claims: evidence.map(claim),
    timeline: [],
    firstReported: '2024-09-06',
    lastReported: '2024-09-11',
    eventTime: null,
    reports: 3,
  });

describe('summaryOf', () => {
  it("keeps an event's standing and counts, not its claims, and passes its own schema", () => {
    const summary = summaryOf(event(['Iran sent drones.', 'Russia denied it.']));
    expect(EventSummary.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      id: 'ev_a',
      claims: 2,
      reports: 3,
      independentOrigins: 2,
      grade: { reliability: 'B', credibility: 2 },
      headline: 'Iran sent drones.',
    });
    expect(Object.keys(summary)).not.toContain('timeline');
  });

  it('cuts a long first claim at a word boundary with an ellipsis, and has no headline without claims', () => {
    const long = `Iran  shipped\n${'drones and missiles '.repeat(20)}`;
    const headline = summaryOf(event([long])).headline ?? '';
    expect(headline.endsWith('…')).toBe(true);
    expect(headline.length).toBeLessThanOrEqual(201);
    expect(headline.startsWith('Iran shipped drones and missiles')).toBe(true);
    expect(headline.slice(0, -1)).toMatch(/ (drones|and|missiles)$/);
    expect(summaryOf(event([])).headline).toBeNull();
  });
});
