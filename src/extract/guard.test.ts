import { describe, expect, it } from 'vitest';
import { guardRuns, MAX_RUN, MAX_SENTENCE_TOKENS } from './guard.js';
import { parse } from './text.js';

describe('the pre-pass that keeps wink linear', () => {
  it('cuts a run longer than the bound into parts of the same total length', () => {
    const text = `Iran ${'a'.repeat(100)} said.`;
    const g = guardRuns(text);
    expect(g.text).toHaveLength(text.length);
    expect(g.cuts).toBe(2);
    expect(Math.max(...g.text.split(/\s+/).map((w) => w.length))).toBeLessThanOrEqual(MAX_RUN);
  });

  it('leaves news words and their offsets alone', () => {
    const text = 'Tehran denied sending Shahed-136 drones to Moscow.';
    expect(guardRuns(text)).toEqual({ text, cuts: 0 });
  });

  it('never cuts a character outside the basic plane in half', () => {
    const text = '😀'.repeat(60);
    const g = guardRuns(text);
    expect(g.cuts).toBeGreaterThan(0);
    expect(g.text.replace(/ /g, '')).toMatch(/^(?:😀)+$/u);
  });

  it('tokens keep the offsets of the document even where a run was cut', () => {
    const text = `${'ab-'.repeat(50)} Russia received drones.`;
    const p = parse(text);
    for (const t of p.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(p.warnings?.[0]).toMatch(/without a space were read in parts/);
  });

  it('splits a sentence longer than the bound, with a warning', () => {
    const text = 'Iran and '.repeat(400);
    const p = parse(text);
    expect(Math.max(...p.sentences.map((s) => s.last - s.first + 1))).toBeLessThanOrEqual(
      MAX_SENTENCE_TOKENS,
    );
    expect(p.warnings?.some((w) => /sentence\(s\) of over/.test(w))).toBe(true);
  });
});
