import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** The source name of the attribution whose cue is `cue`. */
const speakerOf = (text: string, cue: string): string | undefined =>
  run(text).attributions.find((a) => a.cue === cue)?.source.name;

describe('a participle after a comma speaks for the speaker its clause already has', () => {
  it('"she said, adding, ..." before a quote: the quote after "adding" is the same speaker\'s', () => {
    const text =
      'Kaja Kallas spoke in Tallinn. "We have seen the shells arrive," she said, adding, "Pyongyang has sent more than a million of them."';
    expect(speakerOf(text, 'adding')).toBe(speakerOf(text, 'said'));
    expect(speakerOf(text, 'adding')).not.toBe('them');
  });

  it('a speaker after the verb ("said Michael Tyler, a spokesman, explaining why")', () => {
    const text =
      '"The campaign is running in all 72 counties," said Michael Tyler, a spokesman for the campaign, explaining why the candidate won.';
    expect(speakerOf(text, 'explaining')).toBe('Michael Tyler');
  });

  it('words after the speaker\'s own setting ("said on MSNBC, adding, ...")', () => {
    const text =
      '"He does not have a chance," Graham said on MSNBC, adding, "He has a problem with the base."';
    expect(speakerOf(text, 'adding')).toBe(speakerOf(text, 'said'));
  });

  it('another verb between them keeps its own subject ("he said the drones arrived, forcing ...")', () => {
    const text = 'Officials said the drones struck the port, forcing the navy to move its ships.';
    expect(run(text).attributions.some((a) => a.cue === 'forcing')).toBe(false);
  });
});

describe('an apostrophe after a letter is a possessive, not a quote that ends the search for a speaker', () => {
  it('"...," Jeff Weaver, Sanders\' campaign manager, said', () => {
    const text =
      '"The campaign is revolutionizing politics," Jeff Weaver, Sanders\' campaign manager, said in a statement.';
    expect(speakerOf(text, 'said')).toBe('Jeff Weaver');
  });
});

describe('a name set off by commas after a description speaks', () => {
  it('"And a third, Daniel Traynor, said": the name the gazetteer does not know, not the description', () => {
    expect(speakerOf('And a third, Daniel Traynor, said that he was opposed to the deal.', 'said')).toBe(
      'Daniel Traynor',
    );
  });

  it('a place after a comma is no name of a speaker ("The office in Des Moines, Iowa, said")', () => {
    expect(speakerOf('The office in Des Moines, Iowa, said the vote was close.', 'said')).not.toBe('Iowa');
  });
});
