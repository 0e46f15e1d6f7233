import { describe, expect, it } from 'vitest';
import { attributionOf, parentNames } from './attribution-helpers.js';
import { chains, claimSources, run } from './helpers.js';

describe('nested attribution', () => {
  it('nested reports chain from the outlet inwards', () => {
    const ex = run('John Kirby said that Reuters reported that Iran shipped drones to Russia.');
    expect(chains(ex)).toEqual(['Reuters > John Kirby > Reuters']);
  });

  it('"in an interview with Y": the interviewing outlet carries the speaker\'s words', () => {
    const a = run(
      'Kyrylo Budanov said in an interview with the BBC that Iran had sent ballistic missiles to Russia.',
      'NV',
    );
    expect(chains(a)).toEqual(['NV > BBC > Kyrylo Budanov']);
    expect(claimSources(a)).toEqual(['Kyrylo Budanov']);
  });

  it('"X told Reuters that ...": the outlet told carries the words, and the claim is made once, by X', () => {
    const a = run('Kyrylo Budanov told Reuters that Iran had sent ballistic missiles to Russia.', 'NV');
    expect(chains(a)).toEqual(['NV > Reuters > Kyrylo Budanov']);
    expect(claimSources(a)).toEqual(['Kyrylo Budanov']);
    const after = run(
      'Iran had sent ballistic missiles to Russia, a senior Ukrainian intelligence official told AFP.',
      'NV',
    );
    expect(claimSources(after)).toEqual(['senior Ukrainian intelligence official']);
  });

  it('"Reuters, citing two Western intelligence sources, reported ...": the cited sources are innermost', () => {
    const ex = run(
      'Reuters, citing two Western intelligence sources, reported that Iran had sent ballistic missiles to Russia.',
      'NV',
    );
    expect(chains(ex)).toEqual(['NV > Reuters > two Western intelligence sources']);
  });

  it("an outlet reported by a speaker has that speaker's attribution as its parent", () => {
    const ex = run('Andriy Yermak said that CNN reported that Iran had sent ballistic missiles to Russia.');
    const cnn = attributionOf(ex, 'CNN');
    expect(cnn.parent).toBe(attributionOf(ex, 'Andriy Yermak').id);
    expect(claimSources(ex)).toEqual(['CNN']);
  });

  it("\", while Y said ...\" after X's words is Y's own report, not one inside X's", () => {
    const ex = run(
      'Russian envoy Vassily Nebenzia dismissed the accusations as unsubstantiated, while South Korean Ambassador Hwang Joon-kook said Pyongyang was using Ukraine as a testing ground for its missiles.',
    );
    expect(attributionOf(ex, 'Hwang Joon-kook').parent).toBeNull();
    expect(chains(ex)).toContain('Reuters > Hwang Joon-kook');
  });

  it('three hops: the document, the agency it cites, the speaker', () => {
    const ex = run(
      'Iran has delivered drones to Russia, Jake Sullivan said, NV reports citing Ukrinform.',
      'NV',
    );
    expect(chains(ex)).toEqual(['NV > Ukrinform > Jake Sullivan']);
    expect(parentNames(ex, attributionOf(ex, 'Jake Sullivan'))).toEqual(['NV', 'Ukrinform', 'Jake Sullivan']);
  });

  it('five hops come out whole', () => {
    const ex = run(
      'Jake Sullivan said The Wall Street Journal reported, citing Iranian officials, that Iran had shipped missiles to Russia, NV reports citing Ukrinform.',
      'NV',
    );
    expect(chains(ex)).toEqual([
      'NV > Ukrinform > Jake Sullivan > The Wall Street Journal > Iranian officials',
    ]);
  });

  it('the reported words end before the document\'s own closing "..., X reports citing Y"', () => {
    const ex = run(
      'Jake Sullivan said The Wall Street Journal reported, citing Iranian officials, that Iran had shipped missiles to Russia, NV reports citing Ukrinform.',
      'NV',
    );
    expect(attributionOf(ex, 'Iranian officials').content.text).toBe('Iran had shipped missiles to Russia');
  });

  it('"X said that according to Y, ..." nests Y inside X', () => {
    const ex = run(
      'Antony Blinken said that according to US intelligence, Iran had shipped missiles to Russia.',
    );
    expect(chains(ex)).toEqual(['Reuters > Antony Blinken > US intelligence']);
    expect(attributionOf(ex, 'US intelligence').content.text).toBe('Iran had shipped missiles to Russia');
  });

  it('a clause-final "Y reports, citing Z" carries the statement before it', () => {
    const ex = run(
      'The United States has confirmed that it delivered ATACMS missiles to Ukraine in March, Reuters reports, citing the US State Department.',
      'Ukrainska Pravda',
    );
    expect(chains(ex)).toEqual(['Ukrainska Pravda > Reuters > US State Department > United States']);
  });

  it('"X said that, according to Y, ..." nests Y inside X even with a comma after "that"', () => {
    const ex = run(
      'Sergei Lavrov said that, according to TASS, Iran had sold drones to Russia. "We buy nothing from Iran," Lavrov said, Ukrinform reports citing CNN.',
      'Ukrinform',
    );
    expect(chains(ex)).toEqual(['Ukrinform > CNN > Sergei Lavrov > TASS']);
  });

  it('every parent is an attribution of the same document, with no cycle', () => {
    const ex = run(
      'Sergei Lavrov said that, according to TASS, Iran had sold drones to Russia. "We buy nothing from Iran," Lavrov said, Ukrinform reports citing CNN.',
      'Ukrinform',
    );
    const ids = new Set(ex.attributions.map((a) => a.id));
    for (const a of ex.attributions) {
      if (a.parent !== null) expect(ids.has(a.parent)).toBe(true);
      expect(parentNames(ex, a)[0]).toBe('Ukrinform');
    }
  });
});
