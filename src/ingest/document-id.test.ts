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
});
