import { describe, expect, it } from 'vitest';
import type { EventClaim } from '../domain/event.js';
import type { ClaimStatus } from '../domain/extraction.js';
import { eventSpan } from './event-summary.js';

function claim(document: string, published: string, status: ClaimStatus, time: string | null): EventClaim {
  return {
    document,
    file: null,
    url: null,
    claim: 'c1',
    published,
    outlet: 'AP',
    status,
    source: null,
    chain: ['AP'],
    origin: 'AP',
    evidence: 'text',
    quantity: null,
    weapons: [],
    time,
    originKind: 'outlet',
    cites: [],
    linked: null,
    echoOf: null,
  };
}

describe('event span', () => {
  it("runs from the earliest to the latest report's time, counting the first report's date", () => {
    const span = eventSpan([
      claim('doc_a', '2023-10-13', 'asserted', '2023-08-01'),
      claim('doc_b', '2023-11-01', 'asserted', null),
    ]);
    expect(span).toEqual({ start: '2023-08-01', end: '2023-10-13' });
  });

  it("leaves out a denial's and a non-confirmation's own time (when they answered)", () => {
    const span = eventSpan([
      claim('doc_a', '2023-10-13', 'asserted', '2023-08-01'),
      claim('doc_c', '2024-05-17', 'denied', '2024-05-17'),
      claim('doc_d', '2024-06-01', 'unconfirmed', '2024-06-01'),
    ]);
    expect(span).toEqual({ start: '2023-08-01', end: '2023-10-13' });
  });

  it('counts answers only when nothing else, not even a publication date, gives a time', () => {
    const denial = claim('doc_c', '2024-05-20', 'denied', '2024-05-17');
    expect(eventSpan([denial])).toEqual({ start: '2024-05-20', end: '2024-05-20' });
    expect(eventSpan([{ ...denial, published: null }])).toEqual({ start: '2024-05-17', end: '2024-05-17' });
  });

  it('leaves out the date of a first report that retells the event, and a future time of a report', () => {
    expect(eventSpan([claim('doc_a', '2025-06-01', 'asserted', '2024-09-04')], 120)).toEqual({
      start: '2024-09-04',
      end: '2024-09-04',
    });
    expect(eventSpan([claim('doc_a', '2022-11-05', 'unconfirmed', '2023-02-01')], 120)).toEqual({
      start: '2022-11-05',
      end: '2022-11-05',
    });
  });

  it("never lets the first report's date stretch the span past twice the window", () => {
    // A story that arrives late: the earliest copy is undated and far from the reported times.
    const span = eventSpan(
      [
        claim('doc_b', '2024-09-06', 'asserted', '2024-09-02'),
        claim('doc_a', '2023-01-01', 'asserted', null),
      ],
      120,
    );
    expect(span).toEqual({ start: '2024-09-02', end: '2024-09-02' });
  });
});
