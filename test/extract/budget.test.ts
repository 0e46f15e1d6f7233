import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { sourceDocument } from './helpers.js';

const story =
  'Iran sent drones to Russia, the ministry said. North Korea shipped shells to Russia, officials said. ' +
  'Belarus received missiles from Russia, Reuters reported. ';

const doc = (text: string) => sourceDocument(text);

describe('the extraction budget', () => {
  const kb = loadKnowledge();
  const text = story.repeat(20);

  it('reads the whole text when no budget runs out', () => {
    const ex = extract(doc(text), kb, { budgetMs: 60_000 });
    expect(ex.claims.length).toBeGreaterThanOrEqual(60);
    expect(ex.warnings).toBeUndefined();
  });

  it('stops at the sentence where time runs out and keeps what it found, with a warning', () => {
    // A clock that advances one millisecond each time it is read: the deadline falls within the text.
    let t = 0;
    const ex = extract(doc(text), kb, { budgetMs: 40 }, () => t++);
    const full = extract(doc(text), kb);
    expect(ex.claims.length).toBeGreaterThan(0);
    expect(ex.claims.length).toBeLessThan(full.claims.length);
    expect(ex.warnings?.some((w) => /stopped after 40 ms/.test(w))).toBe(true);
    const last = Math.max(...ex.claims.map((c) => c.evidence.end));
    expect(ex.document.text.length).toBeGreaterThan(last);
  });

  it('reads at most the characters its size budget allows, cut at a sentence', () => {
    const ex = extract(doc(text), kb, { maxChars: 1000 });
    expect(Math.max(...ex.claims.map((c) => c.evidence.end))).toBeLessThanOrEqual(1000);
    expect(ex.warnings?.some((w) => /read the first \d+ of \d+ characters/.test(w))).toBe(true);
    expect(ex.document.text).toBe(text);
  });
});
