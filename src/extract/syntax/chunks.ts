import type { Context } from './context.js';
import type { NounChunk } from './types.js';
import type { RawGroup } from './verbs.js';

const HEADS = new Set(['NOUN', 'PROPN', 'NUM']);

/** Reads the noun chunks between verb groups, each with its determiner, possessor and modifiers. */
export function readChunks(
  ctx: Context,
  groups: readonly RawGroup[],
  groupOf: readonly number[],
): NounChunk[] {
  const chunks: NounChunk[] = [];
  for (let k = ctx.first; k <= ctx.last; k++) {
    const g = groupOf[k - ctx.first] ?? -1;
    if (g >= 0) {
      k = groups[g]?.last ?? k;
      continue;
    }
    const prevGroup = k > ctx.first ? (groupOf[k - 1 - ctx.first] ?? -1) : -1;
    const split = prevGroup >= 0 && splitsObjects(ctx, groups[prevGroup], k);
    const c = readChunk(ctx, k, null, split, groupOf);
    if (c === null) {
      // A run of adjectives without a noun ("was big and new") fails from any of its words alike.
      while (ctx.tag(k) === 'ADJ' && ctx.tag(k + 1) === 'ADJ' && (groupOf[k + 1 - ctx.first] ?? -1) < 0) k++;
      continue;
    }
    chunks.push(c);
    k = c.last;
  }
  return chunks;
}

// After a verb that takes two bare objects ("sent Russia drones"), a known actor does not modify the
// noun after it, unless a to-phrase names the recipient ("sent US weapons to Kyiv"). Without mentions
// nothing is split: "sent Taurus missiles" looks the same.
function splitsObjects(ctx: Context, g: RawGroup | undefined, k: number): boolean {
  if (g === undefined || !ctx.lex.ditransitives.has(g.lemma)) return false;
  for (let j = k; j <= Math.min(ctx.last, k + 8); j++) {
    const w = ctx.word(j);
    if (w === ',' || w === ';' || w === '.') break;
    if (w === 'to' && ctx.tag(j) === 'ADP') return false;
  }
  return true;
}

function isPossessiveMark(ctx: Context, i: number): boolean {
  const w = ctx.word(i);
  return (w === "'s" || w === '’s' || w === "'") && ctx.tag(i) === 'PART';
}

function chunkOf(
  ctx: Context,
  parts: {
    first: number;
    last: number;
    head: number;
    det: number | null;
    possessor: NounChunk | null;
    modifiers: number[];
  },
): NounChunk {
  const h = parts.head;
  const detWord = parts.det === null ? '' : ctx.word(parts.det);
  return {
    id: -1,
    first: parts.first,
    last: parts.last,
    head: h,
    lemma: ctx.lemma(h),
    determiner: parts.det,
    possessor: parts.possessor,
    modifiers: parts.modifiers,
    members: [],
    conjunction: null,
    pronoun: ctx.tag(h) === 'PRON',
    mention: ctx.inMention(h),
    temporal: ctx.temporal(h),
    negative: ctx.lex.negativeDeterminers.has(detWord),
  };
}

// Where a chunk read so far (head at `head`) ends before token `i`.
function endsBefore(ctx: Context, head: number, i: number, det: number | null, split: boolean): boolean {
  if (head < 0) return false;
  const t = ctx.tag(i);
  const thing = ctx.mentionEnd(i) >= 0 && !ctx.actor(i);
  if (split && ctx.actor(head) && (t === 'NOUN' || t === 'NUM' || t === 'ADJ' || thing)) return true;
  // "the drones Iran sent": a name after a plural or determined noun starts a chunk; a title before a
  // name does not ("spokesman Nasser Kanaani").
  const plural = ctx.word(head) !== ctx.lemma(head);
  if (t === 'PROPN' && ctx.tag(head) === 'NOUN' && !ctx.inMention(head) && (plural || det !== null))
    return true;
  // "imagery today", "in March Russia received": a time phrase and a noun are two chunks.
  return ctx.temporal(i) !== ctx.temporal(head);
}

// An adjective continues a chunk before its head, after a hyphen, or after a name when a noun follows
// the adjectives.
function adjectiveFits(ctx: Context, head: number, i: number): boolean {
  if (head < 0 || ctx.word(i) === '-') return true;
  if (ctx.tag(head) !== 'PROPN' && ctx.tag(head) !== 'NUM') return false;
  let j = i;
  while (j <= ctx.last && j < i + 6 && (ctx.tag(j) === 'ADJ' || ctx.tag(j) === 'ADV')) j++;
  return ctx.tag(j) === 'NOUN' || ctx.tag(j) === 'PROPN';
}

// One chunk from `k`: quantifier, determiner or possessive, modifiers, head; then "'s" makes it the
// possessor of the chunk that follows.
function readChunk(
  ctx: Context,
  k: number,
  possessor: NounChunk | null,
  split: boolean,
  groupOf: readonly number[],
): NounChunk | null {
  const lex = ctx.lex;
  const start = possessor?.first ?? k;
  const modifiers: number[] = [];
  let det: number | null = null;
  let i = k;
  const q = lex.quantifiers.match(ctx.word, i, ctx.last);
  const n = i + (q?.length ?? 0);
  const numberNext = ctx.tag(n) === 'NUM' || (ctx.word(n) === 'a' && ctx.tag(n + 1) === 'NUM');
  if (q && (q.value === 'noun' || numberNext)) {
    for (let j = 0; j < q.length; j++) modifiers.push(i + j);
    i += q.length;
  }
  const w = ctx.word(i);
  const tag = ctx.tag(i);
  if (tag === 'PRON' && lex.possessives.has(w) && w !== 'whose') {
    const pron = chunkOf(ctx, { first: i, last: i, head: i, det: null, possessor: null, modifiers: [] });
    return readChunk(ctx, i + 1, pron, false, groupOf) ?? pron;
  }
  if (tag === 'PRON' && possessor === null && modifiers.length === 0) {
    if (lex.relatives.has(w) || ctx.inMention(i)) return null;
    const pron = chunkOf(ctx, { first: i, last: i, head: i, det: null, possessor: null, modifiers: [] });
    return isPossessiveMark(ctx, i + 1) ? (readChunk(ctx, i + 2, pron, false, groupOf) ?? pron) : pron;
  }
  if (w === 'whose') return null;
  // "such a decision", "all the drones": a word before a determiner belongs to the chunk.
  while (i < ctx.last && (ctx.tag(i) === 'ADJ' || ctx.tag(i) === 'DET') && ctx.tag(i + 1) === 'DET')
    modifiers.push(i++);
  if (ctx.tag(i) === 'DET') det = i++;
  let head = -1;
  while (i <= ctx.last && (groupOf[i - ctx.first] ?? -1) < 0 && !endsBefore(ctx, head, i, det, split)) {
    const t = ctx.tag(i);
    const end = ctx.mentionEnd(i);
    if (end >= 0) {
      if (head >= 0) modifiers.push(head);
      head = end;
      i = end + 1;
    } else if (t === 'SYM' && ctx.tag(i + 1) === 'NUM') {
      // "$95 billion": a currency sign belongs to its number.
      modifiers.push(i++);
    } else if (HEADS.has(t)) {
      if (head >= 0) modifiers.push(head);
      head = i++;
    } else if ((t === 'ADJ' || (t === 'ADV' && ctx.tag(i + 1) === 'ADJ')) && adjectiveFits(ctx, head, i)) {
      // What came before a hyphen or before adjectives and a noun modifies ("Iranian-made", "Storm Shadow long-range missiles").
      if (head >= 0) modifiers.push(head);
      head = -1;
      modifiers.push(i++);
    } else if (head < 0 && modifiers.length > 0 && t === 'CCONJ' && ctx.tag(i + 1) === 'ADJ') {
      // "false and misleading reports": coordinated adjectives modify one head.
      modifiers.push(i++);
    } else break;
  }
  if (head < 0) {
    // A determiner alone ("received any") or an adjective after one ("the first") heads its chunk.
    const last = modifiers[modifiers.length - 1];
    if (det !== null && (last === undefined || last < det)) {
      head = det;
      det = null;
    } else if (last !== undefined && (det !== null || lex.pronominals.has(ctx.word(last))))
      head = modifiers.pop() ?? last;
    else return null;
  }
  const c = chunkOf(ctx, { first: start, last: head, head, det, possessor, modifiers });
  if (isPossessiveMark(ctx, head + 1))
    return readChunk(ctx, head + 2, c, false, groupOf) ?? { ...c, last: head + 1 };
  return c;
}
