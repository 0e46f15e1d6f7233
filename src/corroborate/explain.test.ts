import { describe, expect, test } from 'vitest';
import type { Origin } from '../domain/event.js';
import { credibilityRule, statusRule } from './explain.js';
import { credibility } from './grade.js';
import { deriveStatus, type OriginStance } from './status.js';

const STANCES: readonly Origin['stance'][] = ['asserts', 'denies', 'unconfirmed', 'hedges', 'plans'];

/** Every set of up to three origins, each with a stance and official or not. */
function originSets(): OriginStance[][] {
  const one = STANCES.flatMap((stance) => [true, false].map((official) => ({ stance, official })));
  const sets: OriginStance[][] = [[]];
  for (const a of one) {
    sets.push([{ name: 'a', ...a }]);
    for (const b of one) {
      sets.push([
        { name: 'a', ...a },
        { name: 'b', ...b },
      ]);
      for (const c of one)
        sets.push([
          { name: 'a', ...a },
          { name: 'b', ...b },
          { name: 'c', ...c },
        ]);
    }
  }
  return sets;
}

describe('the rules explained', () => {
  test('name the status deriveStatus gives, for every mix of origins, type and phase', () => {
    for (const origins of originSets())
      for (const type of ['transfer', 'threaten'])
        for (const phase of ['actual', 'planned'] as const)
          expect(statusRule(type, phase, origins).status).toBe(deriveStatus(type, phase, origins));
  });

  test('name the credibility the grade gives, for every mix of origins', () => {
    for (const origins of originSets())
      expect(credibilityRule(origins).credibility).toBe(credibility(origins));
  });

  test('say a dispute in the words of docs/STATUS.md', () => {
    const origins = [
      { name: 'Reuters', stance: 'asserts', official: false },
      { name: 'government of Iran', stance: 'denies', official: true },
    ] as const;
    expect(statusRule('transfer', 'actual', origins)).toMatchObject({ rule: 'S5', status: 'disputed' });
    expect(credibilityRule(origins)).toMatchObject({ rule: 'C4', credibility: 4 });
  });
});
