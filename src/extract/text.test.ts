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

  it("a single line break ends a live blog's time stamp line when the text is not wrapped by width", () => {
    const text =
      '14:45 GMT - US strikes four Houthi missiles\nUS forces struck four Houthi anti-ship ballistic missiles that were prepared to launch from Houthi-controlled areas early on Tuesday, CENTCOM said.';
    expect(sentences(text)).toEqual([
      '14:45 GMT - US strikes four Houthi missiles',
      'US forces struck four Houthi anti-ship ballistic missiles that were prepared to launch from Houthi-controlled areas early on Tuesday, CENTCOM said.',
    ]);
  });

  it('text wrapped at a fixed width keeps one sentence across its line breaks', () => {
    const text = [
      'WASHINGTON, Oct 13 (Reuters) - North Korea has delivered more than a',
      'thousand containers of military equipment and munitions to Russia, the',
      'White House said on Friday, citing newly declassified intelligence from',
      'the United States government about the shipments by sea and by rail.',
    ].join('\n');
    expect(sentences(text)).toHaveLength(1);
  });

  it('a stop at the end of a line still ends the sentence in text taken as wrapped by width', () => {
    // Lines of 55-100 characters read as wrapped; wink gives each line break a token of its own.
    const text = [
      'Sweden and Finland will send howitzers to Ukraine, the two ministers said.',
      'China protested to Berlin over its sale of tanks to Taiwan on Tuesday.',
      'Egypt placed an order for Rafale jets with France, the ministry said.',
      'Brazil has been supplying Argentina with armoured vehicles since 2024.',
    ].join('\n');
    expect(sentences(text)).toEqual(text.split('\n'));
    expect(parse(text).warnings).toEqual([]);
  });

  it('token offsets point at the token text', () => {
    const text = "Kirby’s remarks, “the U.S. will”, and Iran's drones.";
    for (const t of parse(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
