import { describe, expect, it } from 'vitest';
import { claimLines, run } from './helpers.js';

const q = (text: string) => run(text).claims[0]?.quantity ?? null;

describe('quantities', () => {
  it('"about 400" is 400, approximate', () => {
    expect(
      q('Iran had transferred about 400 surface-to-surface ballistic missiles to Russia.'),
    ).toMatchObject({ min: 400, max: 400, approximate: true });
  });

  it('"hundreds of" is at least 200, approximate', () => {
    expect(q('Iran sent hundreds of ballistic missiles to Russia.')).toMatchObject({
      min: 200,
      max: null,
      approximate: true,
    });
  });

  it('"more than 1,000" has a floor and no ceiling', () => {
    expect(q('North Korea has shipped more than 1,000 artillery shells to Russia.')).toMatchObject({
      min: 1000,
      max: null,
    });
  });

  it('a word that names a built-in property is no number', () => {
    expect(q('Iran sent constructor drones to Russia.')).toBeNull();
    expect(q('Iran sent valueOf drones to Russia.')).toBeNull();
  });

  it('an exact count is exact', () => {
    expect(q('Germany delivered 12 tanks to Ukraine.')).toMatchObject({
      min: 12,
      max: 12,
      approximate: false,
    });
  });

  it('a range of kilometres is no quantity of weapons', () => {
    expect(q('Iran sent Fath-360 missiles with a range of 300 to 700 km to Russia.')).toBeNull();
  });
});

describe('gapped counts: the verb said once for several states', () => {
  it('"Denmark has promised 19 aircraft, the Netherlands 24 and Norway six" is three pledges', () => {
    // The recipient is the story's: a pledge to no one is no claim.
    const ex = run(
      'Belgium sent F-16 jets to Ukraine in May. Denmark has promised 19 aircraft, the Netherlands 24 and Norway six.',
    );
    const pledges = ex.claims.filter((c) => c.evidence.text.startsWith('Denmark'));
    expect(pledges.map((c) => `${c.actor}>${c.target} ${c.quantity?.min}`)).toEqual([
      'DNK>UKR 19',
      'NLD>UKR 24',
      'NOR>UKR 6',
    ]);
    expect(pledges.every((c) => c.status === 'planned' && c.weapons[0]?.class === 'aircraft')).toBe(true);
  });

  it('a gapped pair with a weapon of its own carries that weapon', () => {
    const ex = run('Germany sent 30 tanks to Ukraine, and France 12 drones.');
    expect(claimLines(ex)[1]).toBe('transfer FRA>UKR [drone] asserted');
  });

  it('a state and a number that are no count make no claim: "Iran sent 400 missiles to Russia, and Russia 24 hours later denied it"', () => {
    const ex = run('Iran sent 400 missiles to Russia, and Moscow 24 hours later denied it.');
    expect(ex.claims.filter((c) => c.type === 'transfer' && c.actor === 'RUS')).toEqual([]);
  });

  it('a scale word multiplies: "more than 2 million rounds", "1.5 million shells"', () => {
    const more = run(
      'The United States has provided more than 2 million rounds of 155 mm ammunition to Ukraine.',
    );
    expect(more.claims[0]?.quantity).toMatchObject({
      min: 2_000_000,
      max: null,
      text: 'more than 2 million',
    });
    const exact = run('North Korea sent 1.5 million shells to Russia.');
    expect(exact.claims[0]?.quantity).toMatchObject({ min: 1_500_000, max: 1_500_000, approximate: false });
  });
});
