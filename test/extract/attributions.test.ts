import { describe, expect, it } from 'vitest';
import { chains, claimSources, run } from './helpers.js';

describe('attribution', () => {
  it('a quote with the speaker after it belongs to the speaker', () => {
    const ex = run('"Iran is providing Russia with drones," John Kirby said.');
    expect(claimSources(ex)).toEqual(['John Kirby']);
    expect(ex.attributions[0]?.mode).toBe('direct_quote');
  });

  it('a quote introduced with a colon belongs to the speaker before it', () => {
    const ex = run('Antony Blinken said: "Russia has received ballistic missiles from Iran."');
    expect(claimSources(ex)).toEqual(['Antony Blinken']);
  });

  it('a quote over two paragraphs keeps its speaker', () => {
    const ex = run(
      '"Iran sent drones to Russia.\n\n"North Korea shipped artillery shells to Russia," John Kirby said.',
    );
    expect(claimSources(ex)).toEqual(['John Kirby', 'John Kirby']);
  });

  it('indirect speech: "X said that ..."', () => {
    expect(claimSources(run('Dmitry Peskov said that Russia never received drones from Iran.'))).toEqual([
      'Dmitry Peskov',
    ]);
  });

  it('a sentence-final attribution: "..., X said on Tuesday."', () => {
    expect(
      claimSources(run('Russia has received ballistic missiles from Iran, Antony Blinken said on Tuesday.')),
    ).toEqual(['Antony Blinken']);
  });

  it('"According to X, ..." names X', () => {
    expect(claimSources(run('According to Ukrainian intelligence, Iran shipped drones to Russia.'))).toEqual([
      'Ukrainian intelligence',
    ]);
  });

  it('a pronoun speaker resolves to the person named before', () => {
    const ex = run('John Kirby spoke on Thursday. He said that Iran sent drones to Russia.');
    expect(claimSources(ex)).toEqual(['John Kirby']);
  });

  it('a definite description ("the official") resolves to the person named before', () => {
    const ex = run(
      'John Kirby spoke on Thursday. "Iran sent drones to Russia," the White House official said.',
    );
    expect(claimSources(ex)).toEqual(['John Kirby']);
  });

  it('anonymous plural sources stay anonymous and keep their country', () => {
    const ex = run('Iranian officials boast that they have provided Russia with missiles.');
    expect(claimSources(ex)).toEqual(['Iranian officials']);
    expect(ex.claims[0]?.actor).toBe('IRN');
  });

  it('nested reports chain from the outlet inwards', () => {
    const ex = run('John Kirby said that Reuters reported that Iran shipped drones to Russia.');
    expect(chains(ex)).toEqual(['Reuters > John Kirby > Reuters']);
  });

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

  it('"this publication" points back at the report named before', () => {
    const ex = run(
      'John Kirby said Reuters had published a story about Iran supplying missiles to Russia. "In this publication, the Iranians clearly state that they will send ballistic missiles to Russia," Kirby said.',
    );
    const last = chains(ex).pop();
    expect(last).toBe('Reuters > John Kirby > Reuters > Iranians');
  });

  it('"This statement was made by X" attributes the previous paragraph to X', () => {
    const ex = run(
      'Iran sent drones to Russia.\n\nThis statement was made on Thursday by the coordinator of the National Security Council, John Kirby.',
    );
    expect(claimSources(ex)).toEqual(['John Kirby']);
    expect(ex.entities.find((e) => e.id === 'person:john-kirby')).toBeDefined();
  });

  it('the outlet of a seed-form document comes from "X reports citing Y"', () => {
    const ex = run(
      'Iran sent drones to Russia, Censor.NET reports citing Ukrinform.',
      null as unknown as string,
    );
    expect(ex.document.outlet).toBe('Censor.NET');
  });
});

describe('more speakers', () => {
  it('"the other" is one of the group of sources just named', () => {
    const ex = run(
      'Iran has delivered missiles to Russia, two European security sources said. The other said Russia could start firing them in Ukraine within weeks.',
    );
    expect(claimSources(ex)).toEqual(['two European security sources', 'two European security sources']);
  });

  it('"X declined to confirm" makes X the source of an unconfirmed claim', () => {
    const ex = run(
      'Iran has delivered missiles to Russia, Reuters said. A spokesperson for the National Security Council declined to confirm the shipment.',
    );
    expect(ex.claims[1]?.status).toBe('unconfirmed');
    expect(claimSources(ex)[1]).toBe('spokesperson for the National Security Council');
  });

  it('a title before a name is the role, not part of the name', () => {
    const ex = run('The UK is giving Ukraine Storm Shadow missiles, Defence Secretary Ben Wallace has said.');
    expect(claimSources(ex)).toEqual(['Ben Wallace']);
  });
});
