import type { Context } from './context.js';
import type { Meaning } from './types.js';
import { isAux, isIng, type RawGroup, type Segment } from './verbs.js';

/** Finds the verb groups of a sentence, left to right; `groupOf` maps each token to its group or -1. */
export function findGroups(ctx: Context): { groups: RawGroup[]; groupOf: number[] } {
  const groups: RawGroup[] = [];
  // A plain array: a typed one of more than 64 bytes is allocated outside the heap, at several times the cost.
  const groupOf: number[] = new Array(ctx.last - ctx.first + 1).fill(-1);
  for (let k = ctx.first; k <= ctx.last; k++) {
    if (ctx.inMention(k) || !startsGroup(ctx, k)) continue;
    const g = readGroup(ctx, k, groups.length);
    if (g === null) continue;
    groups.push(g);
    for (let j = g.first; j <= g.last; j++) groupOf[j - ctx.first] = g.id;
    k = g.last;
  }
  return { groups, groupOf };
}

function verbal(ctx: Context, i: number): boolean {
  const t = ctx.tag(i);
  return (t === 'VERB' || t === 'AUX') && !ctx.inMention(i);
}

// Negators may open a group ("never sent", "no longer sells"), and "to" an infinitive, only right before a verb.
function startsGroup(ctx: Context, k: number): boolean {
  // "according to", "including": prepositions wink tags as verbs.
  const prep = ctx.lex.prepositions.match(ctx.word, k, ctx.last);
  if (prep && (prep.length > 1 || ctx.tag(k) === 'VERB')) return false;
  if (verbal(ctx, k)) return true;
  const to = ctx.word(k) === 'to' && ctx.tag(k) === 'PART';
  const neg = ctx.lex.negators.match(ctx.word, k, ctx.last);
  if (!to && neg === null) return false;
  let j = k + (neg === null ? 1 : neg.length);
  for (let n = 0; n < 4 && j <= ctx.last; n++) {
    if (verbal(ctx, j)) return true;
    const m = ctx.lex.negators.match(ctx.word, j, ctx.last);
    if (m) j += m.length;
    else if (ctx.tag(j) === 'ADV' || (ctx.word(j) === 'to' && ctx.tag(j) === 'PART')) j++;
    else return false;
  }
  return false;
}

// Reads auxiliaries, negators, adverbs and verbs, splitting at each catenative link.
function readGroup(ctx: Context, start: number, id: number): RawGroup | null {
  const lex = ctx.lex;
  const segments: Segment[] = [{ aux: [], neg: [], verb: -1 }];
  const g: RawGroup = {
    id,
    first: start,
    last: start,
    head: -1,
    lemma: '',
    particle: null,
    segments,
    links: [],
    infinitive: false,
    reduced: false,
    dropped: false,
  };
  let k = start;
  if (ctx.word(k) === 'to') {
    g.infinitive = true;
    k++;
  }
  let seg = segments[0] as Segment;
  while (k <= ctx.last && !ctx.inMention(k)) {
    const neg = lex.negators.match(ctx.word, k, ctx.last);
    if (neg) {
      if (neg.value === 'negation') for (let j = 0; j < neg.length; j++) seg.neg.push(k + j);
      k += neg.length;
      continue;
    }
    const tag = ctx.tag(k);
    const step = stepOver(ctx, g, seg, k, tag);
    if (step > 0) {
      k += step;
      continue;
    }
    // "has yet to deliver": an auxiliary's form that opens a two-word catenative is its verb.
    const twoWord =
      ctx.lex.catenatives.has(`${ctx.lemma(k)} ${ctx.word(k + 1)}`) && linkAfter(ctx, k, false) !== null;
    if (!twoWord && (tag === 'AUX' || (tag === 'VERB' && isAux(ctx, k)))) {
      const modal = lex.modals.get(ctx.word(k)) ?? lex.modals.get(ctx.lemma(k));
      if (modal !== undefined && tag === 'AUX') {
        g.links.push({ token: k, lemma: ctx.lemma(k), kind: 'modal', meaning: modal, negated: false });
      } else if (isAux(ctx, k)) seg.aux.push(k);
      else break;
      g.last = k++;
      continue;
    }
    const adjective = tag === 'ADJ' && seg.aux.length > 0 && seg.verb < 0;
    const link = tag === 'VERB' || adjective || twoWord ? linkAfter(ctx, k, adjective) : null;
    if (tag !== 'VERB' && link === null) break;
    seg.verb = k;
    g.last = k;
    if (link === null) break;
    g.links.push({
      token: k,
      lemma: link.lemma,
      kind: 'catenative',
      meaning: link.meaning,
      negated: seg.neg.length > 0,
    });
    seg = { aux: [], neg: [], verb: -1 };
    segments.push(seg);
    k += link.lemma.includes(' ') ? 2 : 1;
  }
  return finishRead(ctx, g, seg);
}

// How many tokens to step over before the group's next word: a "to", an adverb before a verb, an adverbial
// between auxiliary and verb; 0 for none. A "to" that opens the group marks it infinitive.
function stepOver(ctx: Context, g: RawGroup, seg: Segment, k: number, tag: string): number {
  const lex = ctx.lex;
  if (ctx.word(k) === 'to' && tag === 'PART' && seg.aux.length === 0 && seg.verb < 0) {
    // "to" after a catenative link, or after a negator that opened the group ("not to arm").
    if (g.links.length === 0) g.infinitive = true;
    return 1;
  }
  if (
    // An adverb, or an adjective used as one ("would likely use"), before a verb or negator.
    (tag === 'ADV' || (tag === 'ADJ' && (seg.aux.length > 0 || g.links.length > 0) && verbal(ctx, k + 1))) &&
    k + 1 <= ctx.last &&
    (verbal(ctx, k + 1) || lex.negators.match(ctx.word, k + 1, ctx.last))
  ) {
    return 1;
  }
  // "had until now denied", "had for months resisted": a two-word adverbial between auxiliary and verb.
  if (
    seg.aux.length > 0 &&
    seg.verb < 0 &&
    (tag === 'ADP' || tag === 'ADV') &&
    (ctx.tag(k + 1) === 'ADV' || ctx.temporal(k + 1)) &&
    verbal(ctx, k + 2)
  ) {
    return 2;
  }
  return 0;
}

// A catenative at `v` with its next link right after ("expected [to] supply", "rule out [sending]"), or null.
function linkAfter(ctx: Context, v: number, adjective: boolean): { lemma: string; meaning: Meaning } | null {
  const w = ctx.word(v + 1);
  // "rule out", "have yet": a catenative of two words, the second a particle or an adverb.
  const phrasal = !adjective && ctx.lex.catenatives.has(`${ctx.lemma(v)} ${w}`);
  const lemma = phrasal ? `${ctx.lemma(v)} ${w}` : ctx.lemma(v);
  const uses = ctx.lex.catenatives.get(lemma);
  if (uses === undefined) return null;
  let after = v + (phrasal ? 2 : 1);
  for (let m = ctx.lex.negators.match(ctx.word, after, ctx.last); m?.value === 'negation'; ) {
    after += m.length;
    m = ctx.lex.negators.match(ctx.word, after, ctx.last);
  }
  for (const use of uses) {
    if (use.via === 'to' && ctx.word(after) === 'to' && ctx.tag(after) === 'PART') {
      let j = after + 1;
      while (ctx.tag(j) === 'ADV') j++;
      if (verbal(ctx, j)) return { lemma, meaning: use.meaning };
    }
    if (use.via === 'ing' && !adjective && verbal(ctx, after) && isIng(ctx, after))
      return { lemma, meaning: use.meaning };
  }
  return null;
}

// Negators read after the chain's last link belong to the main verb; a lone auxiliary is the head.
function finishRead(ctx: Context, g: RawGroup, seg: Segment): RawGroup | null {
  if (seg.verb < 0) {
    const aux = seg.aux[seg.aux.length - 1];
    const modal = g.links[g.links.length - 1];
    if (aux !== undefined) {
      seg.aux.pop();
      seg.verb = aux;
    } else if (modal?.kind === 'modal') {
      g.links.pop();
      seg.verb = modal.token;
    } else if (g.segments.length > 1) {
      g.segments.pop();
      const link = g.links.pop();
      if (link === undefined) return null;
      seg = g.segments[g.segments.length - 1] as Segment;
    } else return null;
  }
  g.head = seg.verb;
  g.lemma = ctx.lemma(seg.verb);
  const p = seg.verb + 1;
  const particle =
    ctx.lex.particles.has(ctx.word(p)) || ctx.lex.phrasalVerbs.has(`${g.lemma} ${ctx.word(p)}`);
  if (particle && ctx.tag(p + 1) !== 'NUM' && ctx.word(p + 1) !== 'to') {
    g.particle = ctx.word(p);
    g.last = p;
  }
  for (const s of g.segments) for (const n of s.neg) g.last = Math.max(g.last, n);
  return g;
}
