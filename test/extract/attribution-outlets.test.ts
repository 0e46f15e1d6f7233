import { describe, expect, it } from 'vitest';
import { attributionOf, parentNames } from './attribution-helpers.js';
import { chains, claimSources, run } from './helpers.js';

describe("the outlet's own voice and its citations", () => {
  it('"X reports citing Y" makes the document a report of Y', () => {
    const ex = run(
      'Iran shipped drones to Russia, John Kirby said, Censor.NET reports citing Ukrinform.',
      'Censor.NET',
    );
    expect(ex.attributions.map((a) => a.source.name)).toEqual(
      expect.arrayContaining(['Censor.NET', 'Ukrinform', 'John Kirby']),
    );
    expect(chains(ex)).toEqual(['Censor.NET > Ukrinform > John Kirby']);
  });

  it('the outlet of a seed-form document comes from "X reports citing Y"', () => {
    const ex = run(
      'Iran sent drones to Russia, Censor.NET reports citing Ukrinform.',
      null as unknown as string,
    );
    expect(ex.document.outlet).toBe('Censor.NET');
  });

  it('the outlet of a seed-form document closes its first sentence: "..., Reznikov said, Ukrinform reports."', () => {
    const ex = run(
      'Ukraine used HIMARS to destroy 50 depots, Defence Minister Oleksii Reznikov said, Ukrinform reports. Reuters reports that more are coming.',
      null as unknown as string,
    );
    expect(ex.document.outlet).toBe('Ukrinform');
    // Further in, "Reuters reports" is a report the document carries, not its outlet.
    const later = run(
      'Iran sent drones to Russia. Kyiv thanked its allies, Reuters reports.',
      null as unknown as string,
    );
    expect(later.document.outlet).toBeNull();
  });

  it('a cited body named by its alias is that body, an organization', () => {
    const ex = run(
      "Iran has handed Russia more Shahed drones, Ukrainska Pravda reports citing Ukraine's military intelligence.",
      'Ukrainska Pravda',
    );
    const hur = ex.attributions[1];
    expect([hur?.source.entity, hur?.source.kind, hur?.source.country, hur?.mode]).toEqual([
      'org:hur',
      'organization',
      'UKR',
      'citation',
    ]);
    expect(chains(ex)).toEqual(['Ukrainska Pravda > HUR']);
  });

  it('"Y reported, citing sources, that ..." nests the sources inside Y', () => {
    const ex = run('Kyodo reported, citing sources, that North Korea had shipped shells to Russia.');
    expect(claimSources(ex)).toEqual(['sources']);
    expect(chains(ex)).toEqual(['Reuters > Kyodo News > sources']);
    expect(attributionOf(ex, 'sources').mode).toBe('citation');
  });

  it('"..., Y reported, citing Z." after the words makes Z the innermost source', () => {
    const ex = run('Iran supplied Russia with drones, CNN reported, citing US officials.');
    expect(chains(ex)).toEqual(['Reuters > CNN > US officials']);
    const cited = attributionOf(ex, 'US officials');
    expect([cited.source.kind, cited.source.country, cited.cue]).toEqual(['anonymous', 'USA', 'citing']);
  });

  it('"according to a report by Z" names the outlet Z', () => {
    const ex = run(
      'North Korea shipped KN-23 missiles to Russia, according to a report by The Wall Street Journal.',
    );
    expect(claimSources(ex)).toEqual(['The Wall Street Journal']);
    expect(attributionOf(ex, 'The Wall Street Journal').source.kind).toBe('outlet');
  });

  it('"the US media reported" is a group source of that country', () => {
    const ex = run('The US media reported that Iran had sent ballistic missiles to Russia.');
    const a = attributionOf(ex, 'US media');
    expect([a.source.kind, a.source.country]).toEqual(['group', 'USA']);
    expect(claimSources(ex)).toEqual(['US media']);
  });

  it('"this publication" points back at the report named before', () => {
    const ex = run(
      'John Kirby said Reuters had published a story about Iran supplying missiles to Russia. "In this publication, the Iranians clearly state that they will send ballistic missiles to Russia," Kirby said.',
    );
    const last = chains(ex).pop();
    expect(last).toBe('Reuters > John Kirby > Reuters > Iranians');
  });

  it('"According to this publication" is the outlet that published it', () => {
    const ex = run(
      'The Guardian published an article about Iran sending drones to Russia. According to this publication, Iran shipped 200 drones to Russia in May.',
    );
    expect(claimSources(ex)).toEqual(['The Guardian', 'The Guardian']);
    expect(ex.attributions[1]?.source.mention?.text).toBe('this publication');
  });

  it('a wire dateline "(Reuters) -" makes the outlet the outermost voice', () => {
    const ex = run(
      'DUBAI, Nov 5 (Reuters) - Iran has delivered drones to Russia, Iranian officials said.',
      'Reuters',
    );
    const wire = attributionOf(ex, 'Reuters');
    expect([wire.parent, wire.mode, wire.source.kind]).toEqual([null, 'citation', 'outlet']);
    expect(parentNames(ex, attributionOf(ex, 'Iranian officials'))).toEqual(['Reuters', 'Iranian officials']);
    expect(chains(ex)).toEqual(['Reuters > Iranian officials']);
  });

  it('a TASS-style dateline "/TASS/." names the outlet too', () => {
    const ex = run(
      'MOSCOW, September 13. /TASS/. Russia has not received any missiles from Iran, Dmitry Peskov said.',
      'TASS',
    );
    expect(chains(ex)).toEqual(['TASS > Dmitry Peskov']);
    expect(ex.claims[0]?.status).toBe('denied');
  });

  it('"citing X, which cited Y" chains each citation inside the one before', () => {
    const ex = run(
      'Iran has sent missiles to Russia, Rudaw reports citing Al-Monitor, which cited an Iranian official.',
      'Rudaw',
    );
    expect(parentNames(ex, attributionOf(ex, 'Iranian official'))).toEqual([
      'Rudaw',
      'Al-Monitor',
      'Iranian official',
    ]);
    expect(chains(ex)).toEqual(['Rudaw > Al-Monitor > Iranian official']);
  });

  it('an outlet reporting inside the body is no document-level voice', () => {
    const ex = run('Der Spiegel reports that Germany will send Taurus missiles to Ukraine.');
    expect(chains(ex)).toEqual(['Reuters > Der Spiegel']);
    expect(ex.claims[0]?.status).toBe('planned');
  });
});
