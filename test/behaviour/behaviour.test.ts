import { describe, expect, it } from 'vitest';
import { BehaviourCase } from './case.js';
import { groups } from './cases/index.js';
import { runCase, sameSource, tally } from './suite.js';

/**
 * A floor just under the share of checks met after the eleventh session's work (82 of 89, 0.921, on 8 December 2026; `npm run
 * eval:behaviour` lists what fails): raise it as reading improves, so that a regression fails the build.
 */
const FLOOR = 0.91;

const cases = groups.flatMap((g) => g.cases);

describe('behaviour suite data', () => {
  it('every case is well formed, with ids unique', () => {
    for (const c of cases) expect(BehaviourCase.safeParse(c).success, c.id).toBe(true);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('compares sources as the gold scorer does', () => {
    expect(sameSource('Araghchi', 'Abbas Araghchi')).toBe(true);
    expect(sameSource('the Pentagon', 'Pentagon')).toBe(true);
    expect(sameSource('officials', 'Western officials and diplomats')).toBe(true);
    expect(sameSource('Ara', 'Abbas Araghchi')).toBe(false);
  });
});

describe('behaviour suite score', () => {
  it('meets its checks at or above the floor', () => {
    const results = cases.map(runCase);
    const t = tally(results);
    const failed = results.flatMap((r) => r.checks.filter((k) => !k.ok).map((k) => `${r.id}: ${k.what}`));
    console.log(
      `behaviour: ${t.passed}/${t.checks} checks, ${t.whole}/${t.cases} cases whole\n  ${failed.join('\n  ')}`,
    );
    expect(t.passed / t.checks).toBeGreaterThanOrEqual(FLOOR);
  });

  it('a forbidden claim is caught: a case that forbids what the text plainly says fails its check', () => {
    const r = runCase({
      id: 'self-check',
      probes: 'the checker',
      published: '2026-01-01',
      text: 'Iran sent Shahed drones to Russia, Ukrainian officials said.',
      expect: [{ claim: 'transfer IRN>RUS [drone] asserted', source: 'Ukrainian officials' }],
      forbid: ['transfer IRN>RUS [drone] *'],
    });
    expect(r.checks.map((k) => k.ok)).toEqual([true, false]);
  });
});
