import { describe, expect, it } from 'vitest';
import { attributionOf } from './attribution-helpers.js';
import { claimSources, run } from './helpers.js';

describe('a statement attributed later to an earlier paragraph', () => {
  it('"This statement was made by X" attributes the previous paragraph to X', () => {
    const ex = run(
      'Iran sent drones to Russia.\n\nThis statement was made on Thursday by the coordinator of the National Security Council, John Kirby.',
    );
    expect(claimSources(ex)).toEqual(['John Kirby']);
    expect(ex.entities.find((e) => e.id === 'person:john-kirby')).toBeDefined();
  });

  it('"These remarks were made ... by" names the cue without the words between', () => {
    const text =
      'Russia has received Shahed drones from Iran.\n\nThese remarks were made on Monday by Ukrainian Foreign Minister Dmytro Kuleba.';
    const ex = run(text);
    const a = attributionOf(ex, 'Dmytro Kuleba');
    expect(a.cue).toBe('remarks were made by');
    expect(a.content.text).toBe('Russia has received Shahed drones from Iran.');
    expect(claimSources(ex)).toEqual(['Dmytro Kuleba']);
  });

  it("every sentence of the previous paragraph is the speaker's", () => {
    const ex = run(
      'North Korea has sent artillery shells to Russia. Iran has sent drones to Russia.\n\nThis statement was made by the Pentagon press secretary, Pat Ryder.',
    );
    expect(claimSources(ex)).toEqual(['Pat Ryder', 'Pat Ryder']);
  });

  it('only the paragraph just before is attributed, not the ones above it', () => {
    const ex = run(
      'North Korea has sent artillery shells to Russia.\n\nIran has sent drones to Russia.\n\nThis statement was made by Pat Ryder.',
    );
    expect(claimSources(ex)).toEqual(['(Reuters)', 'Pat Ryder']);
  });

  it('a body can make the statement too', () => {
    const ex = run('Iran has sent drones to Russia.\n\nThis statement was made by the Kremlin.');
    const a = attributionOf(ex, 'Kremlin');
    expect([a.source.kind, a.source.entity]).toEqual(['government', 'RUS']);
    expect(claimSources(ex)).toEqual(['Kremlin']);
  });
});
