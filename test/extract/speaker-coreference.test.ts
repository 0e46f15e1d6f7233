import { describe, expect, it } from 'vitest';
import { claimSources, run } from './helpers.js';

describe('speakers named by a description, and what points back at them', () => {
  it('an indefinite description ("a US official") is someone new, not the American named before', () => {
    const ex = run(
      'Joe Biden spoke on Monday. A US official told reporters that Washington had shipped missiles to Ukraine.',
    );
    expect(claimSources(ex)).toEqual(['US official']);
  });

  it('"the official added" is the official described before, not a person named earlier', () => {
    const ex = run(
      'Joe Biden spoke on Monday. A US official said Washington had shipped ATACMS to Ukraine. ' +
        'The longer-range variant was not part of the shipment, the official added.',
    );
    expect(ex.attributions.map((a) => a.source.name)).toEqual(['US official', 'US official']);
  });

  it('"he" after "a Pentagon spokesperson" is the spokesperson', () => {
    const ex = run(
      'Joe Biden spoke on Monday. A Pentagon spokesperson said that he could not confirm that the missiles had been delivered to Ukraine.',
    );
    expect(claimSources(ex)).toEqual(['Pentagon spokesperson']);
  });

  it('"the source" is one of the sources named before', () => {
    const ex = run(
      'Iran sent missiles to Russia, two European intelligence sources said. The source said Moscow could use the missiles against Ukraine.',
    );
    expect(claimSources(ex)).toEqual([
      'two European intelligence sources',
      'two European intelligence sources',
    ]);
  });

  it('"the officials" are not the one official quoted last', () => {
    const ex = run(
      'Iran sent missiles to Russia, according to U.S. and European officials. "This is the transfer we warned about," one U.S. official said. ' +
        'The officials said Moscow was likely to fire the missiles at Ukraine.',
    );
    expect(claimSources(ex).at(-1)).toBe('U.S. and European officials');
  });

  it('"the then defence secretary" is the person named before with that role', () => {
    const ex = run(
      'Ben Wallace stood up in the House of Commons. Britain, the then defence secretary told MPs, was donating Storm Shadow missiles to Ukraine.',
    );
    expect(claimSources(ex)).toEqual(['Ben Wallace']);
  });
});

describe('bodies and titled people named in full, and the description that points back at them', () => {
  it('"the ministry" is the ministry named before, not an unnamed "ministry"', () => {
    const ex = run(
      "Russia's Defence Ministry said its forces shot down drones. The ministry added that Ukraine fired ATACMS missiles at Crimea.",
    );
    const sources = ex.attributions.map((a) => [a.source.name, a.source.entity]);
    expect(sources).toEqual([
      ['Defence Ministry', 'org:defence-ministry'],
      ['Defence Ministry', 'org:defence-ministry'],
    ]);
    // The mention stays where the text names it.
    expect(ex.attributions[1]?.source.mention?.text).toBe('The ministry');
  });

  it('"the ministry" after a ministry of a state is that government, and a name is no description', () => {
    const ex = run(
      "South Korea's foreign ministry condemned the launch. The ministry said North Korea had shipped missiles to Russia.",
    );
    expect(claimSources(ex)).toEqual(["South Korea's foreign ministry"]);
    // "the Foreign Ministry of Iran" names a body of its own: no antecedent is looked for.
    const named = run(
      "Russia's Defence Ministry spoke first. The Foreign Ministry of Iran said Tehran had sent no drones to Russia.",
    );
    expect(claimSources(named)).not.toContain('Defence Ministry');
  });

  it('"the intelligence chief" is the person the text titled so, though the gazetteer calls him otherwise', () => {
    const ex = run(
      "Ukraine's military intelligence chief Kyrylo Budanov said Iran sent missiles to Russia. The intelligence chief said North Korea shipped shells to Russia.",
    );
    expect(claimSources(ex)).toEqual(['Kyrylo Budanov', 'Kyrylo Budanov']);
  });
});

describe('the head of a body', () => {
  it('"the NATO chief" is the person whose role names NATO, not NATO; an unnamed "NATO official" stays unnamed', () => {
    const ex = run(
      'NATO Secretary General Jens Stoltenberg said Iran sent drones to Russia. The NATO chief said China supplied Russia with components.',
    );
    expect(claimSources(ex)).toEqual(['Jens Stoltenberg', 'Jens Stoltenberg']);
    const official = run(
      'Jens Stoltenberg spoke on Monday. A NATO official said Iran sent drones to Russia.',
    );
    expect(claimSources(official)).toEqual(['NATO official']);
  });
});

describe('a family name written first', () => {
  it('"Shin said" after "Shin Won-sik" is Shin Won-sik; "Kirby" after "John Kirby" stays the surname it always was', () => {
    const ex = run(
      'South Korean Defence Minister Shin Won-sik spoke on Monday. Shin said North Korea had shipped shells to Russia.',
    );
    expect(claimSources(ex)).toEqual(['Shin Won-sik']);
    expect(ex.attributions.map((a) => a.source.entity)).toEqual(['person:shin-won-sik']);
    const unknown = run(
      "Seoul's foreign ministry spokesman Lim Soo-suk spoke on Monday. Lim said North Korea shipped missiles to Russia.",
    );
    expect(claimSources(unknown)).toEqual(['Lim Soo-suk']);
    const western = run('John Kirby spoke on Monday. Kirby said Iran sent drones to Russia.');
    expect(claimSources(western)).toEqual(['John Kirby']);
  });
});
