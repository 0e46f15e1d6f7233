import { describe, expect, it } from 'vitest';
import { attributionOf } from './attribution-helpers.js';
import { claimLines, claimSources, run } from './helpers.js';

/** The source's kind, entity and country, as one line. */
function kindOf(text: string, name: string): string {
  const s = attributionOf(run(text), name).source;
  return `${s.kind} ${s.entity} ${s.country}`;
}

describe('source kinds, roles and the party they speak for', () => {
  it('a person carries the role and country of the gazetteer', () => {
    const s = attributionOf(
      run('Nasser Kanaani stated that Iran has never supplied drones to Russia.'),
      'Nasser Kanaani',
    ).source;
    expect([s.kind, s.entity, s.country]).toEqual(['person', 'person:nasser-kanaani', 'IRN']);
    expect(s.role).toMatch(/spokesman/);
  });

  it('an apposition after the name is the role the text gives', () => {
    const s = attributionOf(
      run('Pat Ryder, the Pentagon press secretary, said North Korea had shipped shells to Russia.'),
      'Pat Ryder',
    ).source;
    expect(s.role).toMatch(/press secretary/i);
  });

  it('an outlet is an outlet with its country', () => {
    expect(
      kindOf('Der Spiegel reports that Germany will send Taurus missiles to Ukraine.', 'Der Spiegel'),
    ).toBe('outlet outlet:der-spiegel DEU');
  });

  it('a capital speaking (metonymy) is its government', () => {
    expect(kindOf('Tehran denied sending drones to Russia.', 'Tehran')).toBe('government IRN IRN');
  });

  it('"the Kremlin" is the Russian government', () => {
    expect(kindOf('The Kremlin denied that Russia had received missiles from Iran.', 'Kremlin')).toBe(
      'government RUS RUS',
    );
  });

  it("a state's ministry is a government source of that state", () => {
    expect(
      kindOf(
        "Russia received Iranian missiles, Ukraine's foreign ministry said.",
        "Ukraine's foreign ministry",
      ),
    ).toBe('government UKR UKR');
  });

  it('an international body is an organization', () => {
    expect(
      kindOf(
        'The IAEA said that Iran had not shipped missiles to Russia.',
        'International Atomic Energy Agency',
      ),
    ).toBe('organization igo:iaea null');
  });

  it('an armed group is a group of its country', () => {
    expect(kindOf('The Houthis said they had fired missiles at Israel.', 'Houthis')).toBe(
      'group group:houthis YEM',
    );
  });

  it('"the Iranians" are a group that stands for Iran', () => {
    expect(kindOf('The Iranians boasted that they had sent drones to Russia.', 'Iranians')).toBe(
      'group IRN IRN',
    );
  });

  it('unnamed officials are anonymous, with the country their adjective gives', () => {
    expect(kindOf('Western officials said Iran had delivered missiles to Russia.', 'Western officials')).toBe(
      'anonymous null null',
    );
    expect(
      kindOf(
        'Iran sent drones to Russia, a senior US official told reporters on condition of anonymity.',
        'senior US official',
      ),
    ).toBe('anonymous null USA');
  });

  it('plural office-holders ("prosecutors") are anonymous, of their country', () => {
    expect(
      kindOf(
        'Ukrainian prosecutors alleged that Russia had fired North Korean missiles at Kyiv.',
        'Ukrainian prosecutors',
      ),
    ).toBe('anonymous null UKR');
  });

  it('"we" in a US official\'s quote is the United States', () => {
    const ex = run('"We have sent Patriot batteries to Ukraine," Lloyd Austin said.');
    expect(claimLines(ex)).toEqual(['transfer USA>UKR [air_defense] asserted']);
    expect(claimSources(ex)).toEqual(['Lloyd Austin']);
  });
});

describe('bodies named through another body', () => {
  it('"Iran\'s mission to the United Nations" speaks for Iran, not for the UN', () => {
    const ex = run(
      "Kyiv says Iran sent drones to Russia. Iran's mission to the United Nations said Tehran refrains from transferring weapons to either side.",
    );
    const a = ex.attributions.find((x) => x.cue === 'said' && x.source.name.includes('mission'));
    expect(a?.source.name).toBe("Iran's mission to the United Nations");
    expect(a?.source.country ?? a?.source.entity).toBe('IRN');
    expect(claimLines(ex)[1]).toBe('transfer IRN>RUS [unspecified] denied');
  });
});
