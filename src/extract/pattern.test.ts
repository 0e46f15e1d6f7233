import { describe, expect, it } from 'vitest';
import { anyMatch, compilePattern, compilePatternSet, matchAt, matchesAt } from './pattern.js';

const toks = (s: string, lemmas: Record<string, string> = {}) =>
  s.split(' ').map((w) => ({
    lower: w.toLowerCase(),
    lemma: lemmas[w.toLowerCase()] ?? w.toLowerCase(),
    pos: /ly$/.test(w) ? 'ADV' : 'X',
  }));

describe('token patterns', () => {
  it('matches forms, lemmas, tags and optional steps', () => {
    const p = compilePattern("could|can not|n't #ADV? @confirm");
    expect(matchAt(p, toks('could not confirm it', { confirm: 'confirm' }), 0, 4)).toBe(3);
    expect(matchAt(p, toks('could not independently confirmed', { confirmed: 'confirm' }), 0, 4)).toBe(4);
    expect(matchAt(p, toks('could confirm'), 0, 2)).toBe(-1);
  });
  it('stops at the end it is given', () => {
    const p = compilePattern('no evidence');
    const set = compilePatternSet(['no evidence']);
    const tokens = toks('there is no evidence');
    expect(anyMatch(set, tokens, 0, 3)).toBe(false);
    expect(anyMatch(set, tokens, 0, 4)).toBe(true);
    expect(matchesAt(set, tokens, 2, 4)).toBe(true);
    expect(matchesAt(set, tokens, 1, 4)).toBe(false);
    expect(matchAt(p, tokens, 2, 4)).toBe(4);
  });
  it('rejects a pattern of only optional steps', () => {
    expect(() => compilePattern('not?')).toThrow(/empty/);
  });
});
