import type { Parsed } from '../text.js';
import type { Lexicon } from './lexicon.js';
import { retag } from './retag.js';
import type { MentionSpans } from './types.js';

/** Longest sentence read in full; the rest of a longer one is left unread (tables, lists run together). */
export const MAX_TOKENS = 160;

const TEMPORAL = new Set(['DATE', 'TIME', 'DURATION']);

/** One sentence's tokens as the passes read them: lower-cased words, wink lemmas and corrected tags. */
export interface Context {
  readonly parsed: Parsed;
  readonly lex: Lexicon;
  readonly first: number;
  readonly last: number;
  readonly truncated: boolean;
  /** Lower-cased words by absolute token index (out of range: ''). */
  word(i: number): string;
  lemma(i: number): string;
  tag(i: number): string;
  /** The last token of a known mention starting at `i`, or -1. */
  mentionEnd(i: number): number;
  inMention(i: number): boolean;
  /** Whether the token lies in a mention of an actor. */
  actor(i: number): boolean;
  temporal(i: number): boolean;
}

/** Builds the reading of one sentence, fixing wink tags the chunker would otherwise trip on. */
export function buildContext(
  parsed: Parsed,
  sentence: number,
  lex: Lexicon,
  mentions?: MentionSpans,
): Context {
  const s = parsed.sentences[sentence];
  if (s === undefined) throw new RangeError(`no sentence ${sentence}`);
  const first = s.first;
  const last = Math.min(s.last, first + MAX_TOKENS - 1);
  const n = last - first + 1;
  const words: string[] = new Array(n);
  const lemmas: string[] = new Array(n);
  const tags: string[] = new Array(n);
  // Plain arrays filled in the one pass over the tokens: a typed array of more than 64 bytes is allocated
  // outside the heap, which costs more than the sentence's whole reading of it. Flags: 1 in a mention,
  // 2 an actor's mention, 4 temporal.
  const mentionEnd: number[] = new Array(n);
  const flags: number[] = new Array(n);
  for (let i = first; i <= last; i++) {
    const t = parsed.tokens[i];
    mentionEnd[i - first] = -1;
    flags[i - first] = 0;
    words[i - first] = t?.lower ?? '';
    // A verb's `lemma` is wink's, or the language pack's where wink has none or read it as another word.
    const verb = t?.pos === 'VERB' || t?.pos === 'AUX';
    lemmas[i - first] = ((verb ? t?.lemma : t?.wlemma) ?? t?.lower ?? '').toLowerCase();
    tags[i - first] = t?.pos ?? 'X';
  }
  if (mentions !== undefined) {
    for (let i = first; i <= last; i++) {
      const m = mentions(i);
      if (m === undefined || m.last < i) continue;
      const e = Math.min(m.last, last);
      mentionEnd[i - first] = e;
      for (let j = i; j <= e; j++) {
        flags[j - first] = m.actor ? 3 : 1;
        tags[j - first] = 'PROPN';
      }
      i = e;
    }
  }
  // wink's entities lie in text order: the sentence's are found by a binary search, not by reading all.
  const ents = parsed.numbers;
  let lo = 0;
  let hi = ents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ents[mid]?.last ?? 0) < first) lo = mid + 1;
    else hi = mid;
  }
  for (let e = lo; e < ents.length; e++) {
    const ent = ents[e];
    if (ent === undefined || ent.first > last) break;
    if (!TEMPORAL.has(ent.type)) continue;
    for (let j = Math.max(ent.first, first); j <= Math.min(ent.last, last); j++)
      flags[j - first] = (flags[j - first] ?? 0) | 4;
  }
  const at = <T>(xs: readonly T[], i: number, none: T): T =>
    i < first || i > last ? none : (xs[i - first] ?? none);
  const ctx: Context = {
    parsed,
    lex,
    first,
    last,
    truncated: last < s.last,
    word: (i) => at(words, i, ''),
    lemma: (i) => at(lemmas, i, ''),
    tag: (i) => at(tags, i, ''),
    mentionEnd: (i) => (i < first || i > last ? -1 : (mentionEnd[i - first] ?? -1)),
    inMention: (i) => i >= first && i <= last && ((flags[i - first] ?? 0) & 1) !== 0,
    actor: (i) => i >= first && i <= last && ((flags[i - first] ?? 0) & 2) !== 0,
    temporal: (i) => i >= first && i <= last && ((flags[i - first] ?? 0) & 4) !== 0,
  };
  retag(ctx, { tags, lemmas });
  return ctx;
}
