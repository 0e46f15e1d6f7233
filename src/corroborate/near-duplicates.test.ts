import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleCorpusDir } from '../index.js';
import {
  findNearDuplicate,
  fingerprint,
  NEAR_DUPLICATE_THRESHOLD,
  shingles,
  similarity,
  words,
} from './near-duplicates.js';

function body(name: string): string {
  const text = readFileSync(`${sampleCorpusDir}${name}`, 'utf8');
  return text.slice(text.indexOf('\n\n') + 2);
}

const wire = body('002_blinken_fath360_iran_air.txt');
const other = body('003_araghchi_denies_missiles.txt');

describe('near-duplicate detection', () => {
  it('splits a text into lower-case words without punctuation', () => {
    expect(words('LONDON (AP) — Russia’s missiles, 200.')).toEqual([
      'london',
      'ap',
      'russia',
      's',
      'missiles',
      '200',
    ]);
  });

  it('gives one shingle per run of three words', () => {
    expect(shingles('a b c d').size).toBe(2);
    expect(shingles('a b').size).toBe(1);
    expect(shingles('').size).toBe(0);
  });

  it('finds a text identical to itself', () => {
    expect(similarity(fingerprint(wire).signature, fingerprint(wire).signature)).toBe(1);
  });

  it('treats syndicated wire copy with its own dateline and footer as a near-duplicate', () => {
    const copy = `By staff and wire reports. ${wire.replace('LONDON (AP) —', 'LONDON, Sept 10 —')}\n\nThis story was provided by The Associated Press. Subscribe to our newsletter for more.`;
    expect(similarity(fingerprint(wire).signature, fingerprint(copy).signature)).toBeGreaterThanOrEqual(
      NEAR_DUPLICATE_THRESHOLD,
    );
  });

  it('treats a lightly rewritten repost as a near-duplicate', () => {
    const paragraphs = wire.split('\n\n');
    const rewritten = paragraphs
      .map((p, i) => (i % 4 === 1 ? p.replace(/\bsaid\b/g, 'stated').replace(/\bRussia\b/, 'Moscow') : p))
      .slice(0, -1)
      .join('\n\n');
    expect(similarity(fingerprint(wire).signature, fingerprint(rewritten).signature)).toBeGreaterThanOrEqual(
      NEAR_DUPLICATE_THRESHOLD,
    );
  });

  it('keeps two independently written stories about the same event apart', () => {
    expect(similarity(fingerprint(wire).signature, fingerprint(other).signature)).toBeLessThan(0.2);
  });

  it('picks the earliest-published similar candidate as the origin of a copy', () => {
    const print = fingerprint(wire);
    const found = findNearDuplicate(print, [
      { document: 'doc_late', published: '2024-09-12', outlet: 'Later', signature: print.signature },
      { document: 'doc_first', published: '2024-09-10', outlet: 'AP', signature: print.signature },
      {
        document: 'doc_other',
        published: '2024-09-01',
        outlet: 'X',
        signature: fingerprint(other).signature,
      },
    ]);
    expect(found?.document).toBe('doc_first');
    expect(found?.similarity).toBe(1);
  });

  it('finds nothing when no candidate is similar enough', () => {
    const found = findNearDuplicate(fingerprint(wire), [
      { document: 'doc_other', published: null, outlet: null, signature: fingerprint(other).signature },
    ]);
    expect(found).toBeNull();
  });

  it('shares an LSH band between near-duplicates but rarely between unrelated texts', () => {
    const a = new Set(fingerprint(wire).bands);
    const copy = fingerprint(`${wire} Reporting by the AP.`).bands;
    expect(copy.filter((b) => a.has(b)).length).toBeGreaterThan(0);
    expect(fingerprint(other).bands.filter((b) => a.has(b)).length).toBe(0);
  });
});
