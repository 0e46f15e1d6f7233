import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentId, normaliseForId } from './document-id.js';

describe('documentId', () => {
  it('is doc_ followed by 16 hex digits', () => {
    expect(documentId('Some text.')).toMatch(/^doc_[0-9a-f]{16}$/);
  });

  it('gives re-wrapped text the same id', () => {
    const flowing = 'Officials said on Tuesday that drones were delivered.\n\nA second paragraph.';
    const wrapped = '  Officials said on Tuesday\nthat drones   were delivered.\r\n\tA second\nparagraph.  ';
    expect(documentId(wrapped)).toBe(documentId(flowing));
  });

  it('gives composed and decomposed Unicode the same id', () => {
    expect(documentId('Zelensky met Pe\u0301rez.')).toBe(documentId('Zelensky met P\u00e9rez.'));
  });

  it('gives different text a different id', () => {
    expect(documentId('Iran sent drones.')).not.toBe(documentId('Iran sent missiles.'));
  });

  it('normalises whitespace runs to one space and trims', () => {
    expect(normaliseForId(' a\n\n b\u00a0 c ')).toBe('a b c');
  });

  it('hashes piece by piece to the digest of the whole normalised text', () => {
    // Characters that test the cuts: whitespace of every kind, combining marks, a Hangul vowel, astral.
    const char = fc.constantFrom(
      ...['a', 'e', 'P', '.', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2000', '\u3000', '\ufeff'],
      ...['\u0301', '\u0308', '\u1100', '\u1161', '\u00e9', '\ud83d\ude00', '\ud83d'],
    );
    const whole = (text: string) =>
      `doc_${createHash('sha256').update(normaliseForId(text), 'utf8').digest('hex').slice(0, 16)}`;
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (chars, length) => {
        const text = chars.join('');
        expect(documentId(text, length)).toBe(whole(text));
      }),
      { numRuns: 500 },
    );
  });
});
