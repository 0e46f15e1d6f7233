import type { Context } from './context.js';
import type { NounChunk } from './types.js';
import type { RawGroup } from './verbs.js';

/** One step of a sentence as the clause and role passes read it. */
export type Unit =
  | { readonly kind: 'np'; readonly first: number; readonly last: number; readonly chunk: NounChunk }
  | { readonly kind: 'vg'; readonly first: number; readonly last: number; readonly group: RawGroup }
  | {
      readonly kind: 'prep';
      readonly first: number;
      readonly last: number;
      readonly lemma: string;
      readonly nominal: boolean;
    }
  | {
      readonly kind: 'sub';
      readonly first: number;
      readonly last: number;
      readonly lemma: string;
      readonly clause: string;
    }
  | { readonly kind: 'cc'; readonly first: number; readonly last: number; readonly lemma: string }
  | { readonly kind: 'punct'; readonly first: number; readonly last: number; readonly lemma: string }
  | { readonly kind: 'other'; readonly first: number; readonly last: number };

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/** Lays the sentence out as units: chunks, verb groups, prepositions, subordinators, coordinators, punctuation. */
export function layUnits(
  ctx: Context,
  chunks: readonly NounChunk[],
  chunkOf: readonly number[],
  groups: readonly RawGroup[],
  groupOf: readonly number[],
): Unit[] {
  const units: Unit[] = [];
  const lex = ctx.lex;
  for (let k = ctx.first; k <= ctx.last; k++) {
    const c = chunkOf[k - ctx.first] ?? -1;
    const g = groupOf[k - ctx.first] ?? -1;
    const w = ctx.word(k);
    const tag = ctx.tag(k);
    const chunk = chunks[c];
    const group = groups[g];
    // "provided that", "providing that": a verb's form that, with a "that" of its own, opens a clause.
    const opener = lex.subordinators.match(ctx.word, k, ctx.last);
    if (
      opener &&
      opener.length > 1 &&
      ctx.word(k + opener.length - 1) === 'that' &&
      ctx.tag(k + opener.length - 1) === 'SCONJ'
    ) {
      units.push({
        kind: 'sub',
        first: k,
        last: k + opener.length - 1,
        lemma: wordsOf(ctx, k, opener.length),
        clause: opener.value,
      });
      k += opener.length - 1;
      continue;
    }
    if (chunk !== undefined) {
      units.push({ kind: 'np', first: chunk.first, last: chunk.last, chunk });
      k = chunk.last;
      continue;
    }
    if (group !== undefined) {
      units.push({ kind: 'vg', first: group.first, last: group.last, group });
      k = group.last;
      continue;
    }
    const multi = lex.coordinators.match(ctx.word, k, ctx.last);
    if (multi && multi.length > 1) {
      units.push({ kind: 'cc', first: k, last: k + multi.length - 1, lemma: multi.value.lemma });
      k += multi.length - 1;
      continue;
    }
    const sub = lex.subordinators.match(ctx.word, k, ctx.last);
    if (sub && isSubordinator(ctx, k, sub.length, sub.value, chunkOf, groupOf)) {
      const lemma = wordsOf(ctx, k, sub.length);
      units.push({
        kind: 'sub',
        first: k,
        last: k + sub.length - 1,
        lemma,
        clause: sub.value,
      });
      k += sub.length - 1;
      continue;
    }
    const prep = lex.prepositions.match(ctx.word, k, ctx.last);
    if (prep && (prep.length > 1 || tag === 'ADP' || tag === 'VERB' || tag === 'SCONJ')) {
      units.push({
        kind: 'prep',
        first: k,
        last: k + prep.length - 1,
        lemma: wordsOf(ctx, k, prep.length),
        nominal: prep.value,
      });
      k += prep.length - 1;
      continue;
    }
    units.push(oneWord(k, w, tag, sub !== null));
  }
  return units;
}

// The unit of a single word none of the phrase tables starts: a preposition, punctuation, a coordinator or other.
function oneWord(k: number, w: string, tag: string, subordinator: boolean): Unit {
  if (tag === 'ADP' || (subordinator && tag === 'SCONJ'))
    return { kind: 'prep', first: k, last: k, lemma: w, nominal: false };
  if (tag === 'PUNCT' || tag === 'SYM')
    return { kind: 'punct', first: k, last: k, lemma: QUOTES.has(w) ? '"' : w };
  if (tag === 'CCONJ') return { kind: 'cc', first: k, last: k, lemma: w };
  return { kind: 'other', first: k, last: k };
}

function wordsOf(ctx: Context, k: number, n: number): string {
  const out: string[] = [];
  for (let j = 0; j < n; j++) out.push(ctx.word(k + j));
  return out.join(' ');
}

// A subordinator that may also be a preposition or an adverb ("after", "since", "once") opens a clause
// only when a verb group follows before the next punctuation (a few tokens ahead at most); "that" only
// as wink's SCONJ or PRON.
function isSubordinator(
  ctx: Context,
  k: number,
  n: number,
  kind: string,
  chunkOf: readonly number[],
  groupOf: readonly number[],
): boolean {
  const tag = ctx.tag(k);
  const w = ctx.word(k);
  if (w === 'that') return tag === 'SCONJ' || tag === 'PRON';
  if (kind === 'relative') return tag === 'PRON' || tag === 'DET';
  if (n > 1) return true;
  const next = k + 1;
  if ((groupOf[next - ctx.first] ?? -1) >= 0) return tag === 'SCONJ';
  let verbAhead = false;
  for (let j = next; j <= Math.min(ctx.last, k + 16) && !verbAhead; j++) {
    if ((groupOf[j - ctx.first] ?? -1) >= 0) verbAhead = true;
    else if (ctx.tag(j) === 'PUNCT' || ctx.tag(j) === 'SCONJ') break;
  }
  // "although in 2022 the minister admitted": a phrase may come before the subject, except after a word
  // that is also a preposition ("after the war, Iran sent").
  if (!ctx.lex.prepositional.has(w)) return verbAhead;
  return verbAhead && (tag === 'SCONJ' || (chunkOf[next - ctx.first] ?? -1) >= 0);
}
