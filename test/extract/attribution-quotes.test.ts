import { describe, expect, it } from 'vitest';
import { attributionOf } from './attribution-helpers.js';
import { claimLines, claimSources, run } from './helpers.js';

describe('direct quotes', () => {
  it('a quote with the speaker after it belongs to the speaker', () => {
    const ex = run('"Iran is providing Russia with drones," John Kirby said.');
    expect(claimSources(ex)).toEqual(['John Kirby']);
    expect(ex.attributions[0]?.mode).toBe('direct_quote');
  });

  it('a quote introduced with a colon belongs to the speaker before it', () => {
    const ex = run('Antony Blinken said: "Russia has received ballistic missiles from Iran."');
    expect(claimSources(ex)).toEqual(['Antony Blinken']);
    expect(ex.attributions[0]?.content.text).toBe('Russia has received ballistic missiles from Iran.');
  });

  it('a quote over two paragraphs keeps its speaker', () => {
    const ex = run(
      '"Iran sent drones to Russia.\n\n"North Korea shipped artillery shells to Russia," John Kirby said.',
    );
    expect(claimSources(ex)).toEqual(['John Kirby', 'John Kirby']);
  });

  it('"told reporters" after a quote is a speech cue like "said"', () => {
    const ex = run('"Tehran has shipped Shahed drones to Moscow," Matthew Miller told reporters.');
    const a = attributionOf(ex, 'Matthew Miller');
    expect([a.cue, a.mode, a.content.text]).toEqual([
      'told',
      'direct_quote',
      'Tehran has shipped Shahed drones to Moscow,',
    ]);
    expect(claimSources(ex)).toEqual(['Matthew Miller']);
  });

  it('a speaker after a quote, set off from the verb by an apposition or a relative clause, owns the quote', () => {
    const ex = run(
      '"We will have to come to terms with it," Trent Lott, who was Republican Senate majority leader under George W. Bush, told lawmakers on a visit.',
    );
    expect(ex.attributions.map((a) => `${a.source.name} | ${a.cue} | ${a.mode}`)).toEqual([
      'Trent Lott | told | direct_quote',
    ]);
  });

  it('a quote that closes a clause after a comma, before its speaker, is part of the words said', () => {
    const text = 'Clinton, though, would have to "go more to center," Cuban said.';
    const ex = run(text);
    expect(
      ex.attributions.map((a) => `${a.source.name} | ${text.slice(a.content.start, a.content.end)}`),
    ).toEqual(['Cuban | Clinton, though, would have to "go more to center,"']);
  });

  it('an inverted speaker ("..., said X") owns the quote before it', () => {
    const ex = run('"Russia fired Iranian missiles at Ukraine," said Andriy Yusov.');
    expect(claimSources(ex)).toEqual(['Andriy Yusov']);
    expect(ex.attributions[0]?.mode).toBe('direct_quote');
  });

  it('curly quotation marks pair like straight ones', () => {
    const ex = run('“Iran delivered Fateh-110 missiles to Russia last week,” Pat Ryder said.');
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [ballistic_missile] asserted']);
    expect(claimSources(ex)).toEqual(['Pat Ryder']);
    expect(ex.attributions[0]?.content.text).toBe('Iran delivered Fateh-110 missiles to Russia last week,');
  });

  it('a speaker between two halves of a quote owns both halves', () => {
    const ex = run(
      '"Pyongyang has sent artillery shells to Russia," Sabrina Singh said, "and Iran has shipped drones to Russia."',
    );
    expect(claimLines(ex)).toEqual([
      'transfer PRK>RUS [artillery_ammunition] asserted',
      'transfer IRN>RUS [drone] asserted',
    ]);
    expect(claimSources(ex)).toEqual(['Sabrina Singh', 'Sabrina Singh']);
  });

  it("a quote of several sentences is the speaker's in every sentence", () => {
    const ex = run(
      '"We are watching this closely. Iran has handed Russia hundreds of drones," Lloyd Austin said.',
    );
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [drone] asserted']);
    expect(claimSources(ex)).toEqual(['Lloyd Austin']);
  });

  it('an unattributed quote opening the next sentence goes on with the previous speaker', () => {
    const ex = run(
      '“North Korea sold Russia millions of shells,” Kyrylo Budanov said. “It is also sending KN-23 missiles to Russia.”',
    );
    expect(claimLines(ex)).toEqual([
      'transfer PRK>RUS [artillery_ammunition] asserted',
      'transfer PRK>RUS [ballistic_missile] asserted',
    ]);
    expect(claimSources(ex)).toEqual(['Kyrylo Budanov', 'Kyrylo Budanov']);
  });

  it('a quote closed by a described speaker ("the spokesman added") belongs to the person named before', () => {
    const ex = run(
      'Vedant Patel spoke to reporters. "Belarus is receiving Iskander missiles from Russia," the spokesman added.',
    );
    expect(claimSources(ex)).toEqual(['Vedant Patel']);
    expect(ex.attributions[0]?.cue).toBe('added');
  });

  it("a denial inside a quote is the speaker's denial", () => {
    const ex = run('Sergei Ryabkov said: "We have never bought a single missile from North Korea."');
    expect(claimLines(ex)).toEqual(['transfer PRK>RUS [missile] denied']);
    expect(claimSources(ex)).toEqual(['Sergei Ryabkov']);
  });

  it('words quoted inside a sentence are no quote that the speaker after them closes', () => {
    const ex = run(
      'The United States is "deeply concerned" by reports that Iran is about to send missiles to Russia, Vedant Patel said.',
    );
    expect(ex.attributions.map((a) => a.source.name)).toEqual(['Vedant Patel']);
  });
});
