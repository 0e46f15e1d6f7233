import { describe, expect, it } from 'vitest';
import { mergeItems } from '../../src/eval/index.js';
import { extraction, gold, goldClaim } from '../eval/build.js';

describe('matching gold claims to system claims for the merge scores', () => {
  it('pairs each gold claim with the system claim of its status when a matching by status exists', () => {
    // Three reports of the delivery and the plan it fulfils, read as two asserted claims and a planned one.
    const doc = gold({
      claims: [
        goldClaim({ weapons: ['air_defense'], event: 'delivered' }),
        goldClaim({ weapons: ['air_defense'], event: 'delivered' }),
        goldClaim({ weapons: ['air_defense'], event: 'delivered' }),
        goldClaim({ weapons: ['air_defense'], status: 'planned', event: 'planned' }),
      ],
    });
    const system = extraction({
      claims: [
        { weapons: ['air_defense'] },
        { weapons: ['missile'] },
        { weapons: ['air_defense'], status: 'planned' },
      ],
    });
    const { items, unmatched } = mergeItems({
      name: 'doc',
      gold: doc,
      extraction: system,
      eventOf: (claim) => `ev_${claim}`,
    });
    expect(items.map((i) => [i.goldClaim, i.claim])).toEqual([
      [0, 'c1'],
      [3, 'c3'],
    ]);
    expect(unmatched).toBe(2);
  });

  it("pairs a gold slot that names the claim's class before a `*` slot (same number of pairs)", () => {
    // "Western governments accuse Iran of arming Russia" (drone|*), "it sent a few drones" (drone),
    // "Russia received Fath-360s" (ballistic_missile): two system claims, a drone and a missile one.
    const doc = gold({
      claims: [
        goldClaim({ weapons: ['drone|*'], event: 'drones' }),
        goldClaim({ weapons: ['drone'], event: 'drones' }),
        goldClaim({ weapons: ['ballistic_missile'], event: 'missiles' }),
      ],
    });
    const system = extraction({ claims: [{ weapons: ['drone'] }, { weapons: ['ballistic_missile'] }] });
    const { items } = mergeItems({ name: 'doc', gold: doc, extraction: system, eventOf: (c) => `ev_${c}` });
    expect(items.map((i) => [i.goldEvent, i.claim])).toEqual([
      ['drones', 'c1'],
      ['missiles', 'c2'],
    ]);
  });
});
