import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { corpusNews, HOSTILE_SHAPES, type HostileInput, realNews } from '../../src/bench/hostile-inputs.js';
import type { SourceDocument } from '../../src/domain/document.js';
import { Extraction } from '../../src/domain/extraction.js';
import { extract } from '../../src/extract/index.js';
import { loadKnowledge, sampleCorpusDir } from '../../src/index.js';
import { parseHtml, parseText } from '../../src/ingest/index.js';

// Time is compared as a ratio to real news extracted in the same run, never against the clock: a loaded
// machine slows both alike. The bounds are generous; `npm run bench:robust` reports the real ratios.
const SIZE = 40_000;
/** How many times real news's per-KB time a hostile shape may take. */
const GENEROUS = 10;
/** How much more per KB a shape may cost at 8x the size: 8 would be quadratic. */
const GROWTH = 3;

const kb = loadKnowledge();
const news = corpusNews(sampleCorpusDir);

function ingest(input: HostileInput): SourceDocument | null {
  const result =
    input.format === 'html' ? parseHtml(input.content, 'fuzz.html') : parseText(input.content, 'fuzz.txt');
  return result.ok ? result.document : null;
}

/** Extracts an input and checks the output against the contract; the time is milliseconds per KB of input. */
function run(input: HostileInput): { perKb: number; extraction: Extraction | null } {
  const start = performance.now();
  const doc = ingest(input);
  const extraction = doc ? extract(doc, kb) : null;
  const perKb = (performance.now() - start) / (input.content.length / 1000);
  if (extraction) {
    Extraction.parse(extraction);
    const text = extraction.document.text;
    for (const c of extraction.claims)
      expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    for (const a of extraction.attributions)
      expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text);
  }
  return { perKb, extraction };
}

let baseline = 0;

beforeAll(() => {
  run(realNews(news, SIZE / 4));
  baseline = Math.min(run(realNews(news, SIZE)).perKb, run(realNews(news, SIZE)).perKb);
});

describe('hostile shapes', () => {
  test.each(Object.keys(HOSTILE_SHAPES))(
    '%s: no exception, output in contract, time in proportion to size',
    (name) => {
      const shape = HOSTILE_SHAPES[name] as (bytes: number, seed: number) => HostileInput;
      // The least of two runs: a collection that falls into one run does not count against the shape.
      const small = Math.min(run(shape(SIZE / 8, 1)).perKb, run(shape(SIZE / 8, 1)).perKb);
      const big = Math.min(run(shape(SIZE, 1)).perKb, run(shape(SIZE, 1)).perKb);
      expect(big, `${name}: ${big.toFixed(2)} ms/KB, real news ${baseline.toFixed(2)} ms/KB`).toBeLessThan(
        GENEROUS * baseline,
      );
      // A shape far cheaper than news is timed mostly in noise: its growth is judged against a floor.
      expect(big / Math.max(small, baseline / 4), `${name}: per-KB time grows with size`).toBeLessThan(
        GROWTH,
      );
    },
    60_000,
  );

  test('a document of 5,000 nested elements is rejected, not thrown', () => {
    expect(ingest(HOSTILE_SHAPES['deep-nesting']?.(55_000, 1) as HostileInput)).toBeNull();
  });
});

const PIECES = [
  '“',
  '”',
  '"',
  '«',
  '»',
  '„',
  '<',
  '>',
  '<!--',
  '-->',
  '-',
  '.',
  ',',
  ':',
  '?',
  '\r',
  '\n',
  '\n\n',
];
const WORDS = [
  'Iran',
  'Russia',
  'said',
  'denied',
  'sent',
  'drones',
  'and',
  'according to',
  'that',
  'U.S.',
  '1,000',
];

describe('random text', () => {
  test('any mix of words, quotation marks, markup and line ends extracts without an exception', () => {
    const piece = fc.oneof(
      fc.constantFrom(...PIECES),
      fc.constantFrom(...WORDS),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    const text = fc
      .tuple(fc.array(piece, { minLength: 1, maxLength: 120 }), fc.constantFrom(' ', '', '\n'))
      .map(([parts, joiner]) => parts.join(joiner));
    fc.assert(
      fc.property(text, fc.boolean(), (body, html) => {
        run({ format: html ? 'html' : 'text', content: html ? `<p>${body}` : body });
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});
