import { describe, expect, it } from 'vitest';
import { seeded as random } from '../bench/seeded.js';
import {
  EvidenceIndex,
  LatestBefore,
  quoteAround,
  SpanIndex,
  sentenceHolding,
  tokenStartingAt,
} from './span-index.js';

interface S {
  contentStart: number;
  contentEnd: number;
  cueStart: number;
}

function naiveInnermost(spans: readonly S[], offset: number): S | undefined {
  let best: S | undefined;
  for (const a of spans) {
    const len = a.contentEnd - a.contentStart;
    if (a.contentStart > offset || offset >= a.contentEnd) continue;
    if (!best) best = a;
    else {
      const bl = best.contentEnd - best.contentStart;
      if (len < bl || (len === bl && a.cueStart > best.cueStart)) best = a;
    }
  }
  return best;
}

describe('the span index', () => {
  it('finds the same innermost span and the same holders as a pass over all spans', () => {
    const next = random(7);
    for (let round = 0; round < 20; round++) {
      const spans: S[] = Array.from({ length: 60 }, () => {
        const start = Math.floor(next() * 500);
        return {
          contentStart: start,
          contentEnd: start + Math.floor(next() * 120),
          cueStart: Math.floor(next() * 500),
        };
      });
      const index = new SpanIndex(spans);
      for (let offset = -5; offset < 640; offset += 3) {
        expect(index.innermost(offset)).toBe(naiveInnermost(spans, offset));
        expect(index.holding(offset)).toEqual(
          spans.filter((s) => s.contentStart <= offset && offset < s.contentEnd),
        );
      }
    }
  });

  it('finds tokens, sentences and quotes by offset', () => {
    const tokens = [{ start: 0 }, { start: 5 }, { start: 9 }];
    expect(tokenStartingAt(tokens, 5)).toBe(1);
    expect(tokenStartingAt(tokens, 6)).toBe(-1);
    const sentences = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
    ];
    expect(sentenceHolding(sentences, 12)).toBe(sentences[1]);
    expect(sentenceHolding(sentences, 10)).toBeUndefined();
    const quotes = [
      { open: 2, close: 8 },
      { open: 12, close: 30 },
    ];
    expect(quoteAround(quotes, 14, 20)).toBe(quotes[1]);
    expect(quoteAround(quotes, 9, 10)).toBeUndefined();
  });

  it('lists the claims told in a stretch in their own order', () => {
    const claims = [{ evidence: { start: 50 } }, { evidence: { start: 10 } }, { evidence: { start: 30 } }];
    expect(new EvidenceIndex(claims).within(10, 50)).toEqual([claims[1], claims[2]]);
  });
});

describe('the latest item before a bound', () => {
  it('is the last in input order among those whose key is below it', () => {
    const items = [{ k: 5 }, { k: 1 }, { k: 9 }, { k: 3 }];
    const latest = new LatestBefore(items, (x) => x.k);
    expect(latest.get(1)).toBeUndefined();
    expect(latest.get(4)).toBe(items[3]);
    expect(latest.get(6)).toBe(items[3]);
    expect(latest.get(10)).toBe(items[3]);
    expect(new LatestBefore([{ k: 1 }, { k: 2 }], (x) => x.k).get(2)?.k).toBe(1);
  });
});
