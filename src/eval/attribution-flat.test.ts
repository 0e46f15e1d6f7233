import { describe, expect, test } from 'vitest';
import type { Attribution } from '../domain/extraction.js';
import { flatAttributions } from './attribution-flat.js';

const text = 'Sources said the ministry called for talks. Ms. Ito told Reuters she would stay.\n\nAnd more.';
const span = (words: string, from = 0) => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, text: words };
};
const att = (
  id: string,
  parent: string | null,
  cue: string,
  content: string,
  mode?: Attribution['mode'],
) => ({
  id,
  parent,
  cue,
  source: { name: id, entity: null, kind: 'person' as const },
  content: span(content),
  cueSpan: span(cue),
  ...(mode ? { mode } : {}),
});

describe('PolNeAR flat reading of nested attributions', () => {
  test('the outer speaker keeps the words of one it reports; an inner report goes', () => {
    const outer = att('a1', null, 'said', 'the ministry called for talks');
    const inner = att('a2', 'a1', 'called', 'for talks');
    expect(flatAttributions([outer, inner]).map((a) => a.id)).toEqual(['a1']);
  });

  test('the outlet a speaker told gives way to the speaker, as a dateline or an interview does', () => {
    const carrier = att('a1', null, 'told', 'Ms. Ito told Reuters she would stay', 'citation');
    const speaker = att('a2', 'a1', 'told', 'she would stay');
    expect(flatAttributions([carrier, speaker]).map((a) => a.id)).toEqual(['a2']);
  });

  test('a report running over a paragraph break carries those inside it', () => {
    const headline = att(
      'a1',
      null,
      'said',
      'the ministry called for talks. Ms. Ito told Reuters she would stay.\n\nAnd more',
    );
    const inner = att('a2', 'a1', 'told', 'she would stay');
    const innermost = att('a3', 'a2', 'called', 'for talks');
    expect(flatAttributions([headline, inner, innermost]).map((a) => a.id)).toEqual(['a2']);
  });
});
