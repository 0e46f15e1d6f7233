import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { claimLines, run } from './helpers.js';

// When a stance was taken (src/extract/claims/stance-time.ts): documents are published 2024-02-22.
const when = (ex: Extraction): string[] =>
  ex.claims.map((c) => `${c.status} ${c.stated ?? '-'}${c.retrospective ? ' retrospective' : ''}`);

describe('when a stance was taken', () => {
  it('a stance told as news of the day is neither dated nor retrospective', () => {
    expect(when(run('Iran denied sending drones to Russia.'))).toEqual(['denied -']);
    expect(when(run('Iran sent drones to Russia.'))).toEqual(['asserted -']);
  });

  it('a recap tells old stances: each is retrospective, and keeps its own status', () => {
    const ex = run(
      'Minsk at first denied the reports, then admitted sending drones to Russia before the war.',
    );
    expect(claimLines(ex)).toEqual(['transfer BLR>RUS [drone] asserted']);
    expect(when(ex)).toEqual(['asserted - retrospective']);
    expect(when(run('Tehran had initially denied that it sent drones to Russia.'))).toEqual([
      'denied - retrospective',
    ]);
    expect(when(run('Iran has previously denied sending drones to Russia.'))).toEqual([
      'denied - retrospective',
    ]);
  });

  it('a stance the text dates takes that date, and is retrospective when well before publication', () => {
    expect(when(run('In 2022 Tehran denied sending drones to Russia.'))).toEqual([
      'denied 2022-01-01 retrospective',
    ]);
    expect(
      when(run('Iran said in November 2022 that it had sent a small number of drones to Russia.')),
    ).toEqual(['asserted 2022-11-01 retrospective']);
    // "Earlier on Tuesday": a date of the week is the news of the day, whatever "earlier" says.
    expect(when(run('Earlier on Tuesday, Tehran denied sending drones to Russia.'))).toEqual([
      'denied 2024-02-20',
    ]);
  });

  it("a date after a chained stance is the event's, not the stance's", () => {
    expect(when(run('Iran denied sending drones to Russia in 2022.'))).toEqual(['denied -']);
  });

  it('a past perfect in reported speech is no recap ("said it had seen no evidence")', () => {
    expect(
      when(run('The official said Washington had seen no evidence that Iran sent missiles to Russia.')),
    ).toEqual(['unconfirmed -']);
  });
});
