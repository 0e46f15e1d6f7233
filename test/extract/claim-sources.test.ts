import { describe, expect, it } from 'vitest';
import { chains, claimSources, run } from './helpers.js';

describe('the source a claim takes', () => {
  it('a body named by its institution noun ("the Nigerian Air Force") is no person, and its spokesman speaks as himself', () => {
    const ex = run(
      'Nigeria has received six aircraft from the United States, the Nigerian Air Force said on Thursday. ' +
        'Air Force spokesman Edward Gabkwet said the remaining six aircraft would arrive from the United States in October.',
    );
    expect(claimSources(ex)).toEqual(['Nigerian Air Force', 'Edward Gabkwet']);
    expect(ex.entities.some((e) => e.id === 'person:air-force')).toBe(false);
  });

  it('"X, the Y said" after the words: the department speaks, not the unit the words end with', () => {
    const ex = run(
      'Japan has handed over the first of four air surveillance radars to the Philippine Air Force, the Philippine Department of National Defense said on Friday.',
    );
    expect(claimSources(ex)).toEqual(['Philippine Department of National Defense']);
  });

  it('the name set off after a role speaks, with the role as its description', () => {
    const ex = run(
      "Iran's U.N. ambassador, Amir Saeid Iravani, earlier this week said Iran had not sent drones to Russia.",
    );
    expect(claimSources(ex)).toEqual(['Amir Saeid Iravani']);
    expect(ex.attributions[0]?.source.role).toMatch(/ambassador/i);
  });

  it('a second speaker joined by ", and" speaks in the writer\'s voice, not inside the first speaker\'s words', () => {
    const ex = run(
      'In October 2023, the White House said the North had shipped more than 1,000 containers of munitions to Russia, ' +
        'and Seoul later estimated that North Korea had sent millions of artillery shells to Russia.',
    );
    expect(claimSources(ex)).toEqual(['White House', 'Seoul']);
    expect(chains(ex)).toEqual(['Reuters > White House', 'Reuters > Seoul']);
  });

  it('"said X and that Y": the words start right after the verb, not at the second "that"', () => {
    const ex = run('Kirby said Iran had sent drones to Russia and that Moscow had paid for them.');
    expect(claimSources(ex)).toEqual(['John Kirby']);
  });
});

describe('labels that open a paragraph', () => {
  const report =
    'Belarus has begun receiving Russian nuclear weapons, Alyaksandr Lukashenko has claimed, Ukrainska Pravda reports.\n\n' +
    'Source: Belta, citing an interview with the Russian state TV channel Rossiya-1\n\n' +
    'Quote from Lukashenko: "We have missiles and bombs that we received from Russia."\n\n' +
    'Background:\n\n' +
    '- On 25 March, Putin announced that Russia would station nuclear weapons in Belarus.';

  it('"Quote from X:" gives its paragraph to X; "Source:" and "Background:" name no speaker', () => {
    const ex = run(report, 'Ukrainska Pravda');
    expect(claimSources(ex)).toEqual(['Alyaksandr Lukashenko', 'Alyaksandr Lukashenko', 'Vladimir Putin']);
    expect(ex.attributions.map((a) => a.source.name)).not.toContain('Background');
    expect(ex.attributions.map((a) => a.source.name)).not.toContain('Source');
  });

  it('an outlet that asks in a briefing\'s transcript ("AFP: ...") is the outlet, not a person', () => {
    const ex = run(
      'Lin Jian: We will respond.\n\nAFP: The US Treasury Department on Thursday imposed sanctions on two Chinese companies.\n\n' +
        'Lin Jian: China has never provided lethal weapons to Russia.',
      'Ministry of Foreign Affairs',
    );
    expect(claimSources(ex)).toEqual(['Lin Jian', 'AFP', 'Lin Jian']);
    expect(ex.entities.some((e) => e.id === 'person:afp')).toBe(false);
  });

  it('a live blog\'s time stamp before a dash is no speaker ("10:05 GMT - Iran says ...")', () => {
    const ex = run('10:05 GMT - Iran says Su-35 deal with Russia finalised', 'Al Jazeera');
    expect(claimSources(ex)).toEqual(['Iran']);
  });
});

describe('words that act rather than speak', () => {
  it('a refusal to act is the act the reporter tells, not the refuser\'s statement; "declined to comment" still speaks', () => {
    const ex = run(
      "Thailand's purchase of a Chinese-built submarine has stalled after Germany refused to export the diesel engines, the Royal Thai Navy said on Monday. " +
        'The Kremlin declined to comment on reports that Iran sent drones to Russia.',
    );
    expect(claimSources(ex)).toEqual(['Royal Thai Navy', 'Royal Thai Navy', 'Kremlin']);
  });

  it('things that never speak do not in the plural either ("The tanks add to ...")', () => {
    const ex = run(
      "The tanks add to Australia's earlier aid, which included more than 120 Bushmaster armoured vehicles delivered to Ukraine.",
      'The Guardian',
    );
    expect(ex.attributions).toEqual([]);
    expect(claimSources(ex)).toEqual(['(The Guardian)']);
  });
});

describe("events named beside a speaker's words", () => {
  it('an event a stance verb names ("calling the transfer ...") is the speaker\'s, not the outlet\'s', () => {
    const ex = run(
      'North Korea has given Russia ballistic missile launchers, White House spokesman John Kirby told reporters on Thursday, calling the transfer "a significant escalation".',
      'Politico',
    );
    expect(claimSources(ex)).toEqual(['John Kirby']);
  });

  it('an event in the object of "announced" is the announcer\'s', () => {
    const ex = run(
      'Hours after Biden signed the bill, the Pentagon announced a $1 billion package for Ukraine that will include 155 mm artillery rounds.',
      'Associated Press',
    );
    expect(claimSources(ex)).toEqual(['Pentagon']);
  });
});

describe('words a noun attributes to its author', () => {
  it('"a claim by X that ..." is X\'s, and the claim\'s "it" is the state it concerns, not the author', () => {
    const ex = run(
      'Iran has played down a claim by the White House that it is about to supply Russia with hundreds of drones.',
      'The Guardian',
    );
    expect(claimSources(ex)).toEqual(['White House']);
    expect(ex.claims[0]?.actor).toBe('IRN');
  });

  it('"dismissed claims by X that" names the owner once', () => {
    const ex = run(
      'Wang Wenbin on Monday dismissed claims by US Secretary of State Antony Blinken that China was considering supplying weapons to Russia.',
    );
    expect(ex.attributions.filter((a) => a.source.name === 'Antony Blinken')).toHaveLength(1);
  });
});

describe('speakers joined in a list', () => {
  it('"Neither X nor Y has confirmed": each withholds the confirmation', () => {
    const ex = run(
      'Neither Washington nor NATO has publicly confirmed that Russian warheads have arrived in Belarus.',
    );
    expect(claimSources(ex).sort()).toEqual(['NATO', 'Washington']);
    expect(ex.claims.map((c) => c.status)).toEqual(['unconfirmed', 'unconfirmed']);
  });
});
