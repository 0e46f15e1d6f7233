import { describe, expect, it } from 'vitest';
import { parse } from './text.js';

const sentences = (text: string) => parse(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence layout', () => {
  it('does not break inside names with dots: Censor.NET, U.S., Gen., No. 10', () => {
    const text = 'Censor.NET reports that Gen. Smith met U.S. officials at No. 10 on Monday. Then he left.';
    expect(sentences(text)).toEqual([
      'Censor.NET reports that Gen. Smith met U.S. officials at No. 10 on Monday.',
      'Then he left.',
    ]);
  });

  it('a blank line ends a paragraph and a sentence, even without a stop', () => {
    const p = parse("Iran's supply of missiles to Russia\n\nThe day before, the media reported it.");
    expect(p.sentences.map((s) => s.para)).toEqual([0, 1]);
  });

  it('token offsets point at the token text', () => {
    const text = "Kirby’s remarks, “the U.S. will”, and Iran's drones.";
    for (const t of parse(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
