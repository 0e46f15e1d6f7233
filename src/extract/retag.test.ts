import { describe, expect, it } from 'vitest';
import { parse } from './text.js';

// parse() runs retagVerbs over wink's tags: these pin the verb readings it adds and the ones it refuses.
const tagOf = (text: string, word: string): string =>
  parse(text).tokens.find((t) => t.text === word)?.pos ?? '';

describe('retagVerbs', () => {
  it('reads a present form after a name, before its object and a phrase, as a verb', () => {
    expect(tagOf('Iran funnels rockets to Hezbollah via Syria.', 'funnels')).toBe('VERB');
    expect(tagOf('Iran ships drones to Russia.', 'ships')).toBe('VERB');
  });

  it('keeps compounds and demonyms as nouns', () => {
    expect(tagOf('The panel said North Korea had violated a U.N. arms embargo.', 'arms')).not.toBe('VERB');
    expect(tagOf('Iranian ships were seen near Yemen.', 'ships')).not.toBe('VERB');
  });

  it('reads a participle after a full name with "the" as a verb, but not after a demonym', () => {
    expect(tagOf('The UAE smuggled drones to the Rapid Support Forces.', 'smuggled')).toBe('VERB');
    expect(tagOf('The Russian armed forces fired drones.', 'armed')).not.toBe('VERB');
  });
});
