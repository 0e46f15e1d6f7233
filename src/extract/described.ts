/**
 * Speakers the text names only by a description ("a US official", "two European security sources"): each is
 * remembered, so that a later definite description with the same head ("the official", "the source") points
 * back at it, and "he" or "she" after a single described speaker is that speaker.
 */
import type { Source } from '../domain/extraction.js';
import type { Range } from './phrases.js';
import type { Parsed, Token } from './text.js';

/** A described speaker and the head noun of its description, singular. */
export interface Described {
  readonly source: Source;
  readonly head: string;
  readonly plural: boolean;
}

const DEFINITE = /^(the|this|that)$/;
const INDEFINITE = /^(a|an|another|one|two|three|four|five|six|several|some|many|\d+)$/;
/** Words between "the" and a description that keep it definite: "the then defence secretary". */
const BETWEEN = /^(then|former|now|current|outgoing|same|latter|former)$/;

/** Whether the words of a description point back at someone: "the official", "the then defence secretary". */
export function definiteAt(tokens: readonly Token[], first: number): boolean {
  let k = first;
  // The words of a source may start after "the then": the article that makes them definite stands before.
  while (k > first - 3 && k > 0 && BETWEEN.test(tokens[k - 1]?.lower ?? '')) k--;
  const t = tokens[k];
  if (t && k === first) return DEFINITE.test(t.lower);
  return DEFINITE.test(tokens[k - 1]?.lower ?? '') || DEFINITE.test(t?.lower ?? '');
}

/** Whether a description is indefinite and so names someone new: "a US official", "two sources". */
export function indefiniteAt(tokens: readonly Token[], first: number): boolean {
  return INDEFINITE.test(tokens[first]?.lower ?? '');
}

/** The singular head noun of a description: "official" for "two senior U.S. officials". */
export function singularHead(word: string): string {
  const w = word.toLowerCase();
  if (/(ss|us)$/.test(w)) return w;
  if (w === 'people') return 'person';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * The head of a description, singular, and whether it is plural: its last word before "of", "for", "at",
 * "with", "from", "in", "close" or "familiar".
 */
export function headOf(parsed: Parsed, range: Range): { head: string; plural: boolean } | null {
  const { tokens } = parsed;
  let last = range.last;
  for (let k = range.first + 1; k <= range.last; k++) {
    if (/^(of|for|at|with|from|in|on|close|familiar|who|which|,)$/.test(tokens[k]?.lower ?? '')) {
      last = k - 1;
      break;
    }
  }
  // "one of the sources": the group after "of" heads.
  if (/^(one|two|three|some|several|each|both)$/.test(tokens[last]?.lower ?? '')) last = range.last;
  const t = tokens[last];
  if (!t || !/^\p{L}+$/u.test(t.text)) return null;
  const head = singularHead(t.text);
  return { head, plural: head !== t.lower };
}

/**
 * The described speaker a definite description points back at: the latest one with the same head, of a
 * compatible country, when it was named after the last person (else the description may be that person's role).
 */
export function describedBefore(
  parsed: Parsed,
  range: Range,
  described: readonly Described[],
  lastPerson: Source | null,
  country: string | null,
): Source | null {
  const { tokens } = parsed;
  if (!definiteAt(tokens, range.first) || range.last - range.first > 4) return null;
  const head = headOf(parsed, range);
  if (!head) return null;
  // "the source" may be one of "two sources"; "the officials" are not "one U.S. official".
  const found = described.findLast(
    (d) =>
      d.head === head.head &&
      (d.plural || !head.plural) &&
      (country === null || d.source.country == null || d.source.country === country),
  );
  if (!found) return null;
  const since = lastPerson?.kind === 'person' ? (lastPerson.mention?.start ?? -1) : -1;
  return (found.source.mention?.start ?? -1) > since ? found.source : null;
}
