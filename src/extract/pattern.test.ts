import { describe, expect, it } from 'vitest';
import { compilePattern, findPattern, matchAt } from './pattern.js';

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
    expect(findPattern([p], toks('there is no evidence'), 0, 3)).toBeNull();
    expect(findPattern([p], toks('there is no evidence'), 0, 4)).toEqual([2, 4]);
  });
  it('rejects a pattern of only optional steps', () => {
    expect(() => compilePattern('not?')).toThrow(/empty/);
  });
});
