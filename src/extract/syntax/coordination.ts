import type { Context } from './context.js';
import type { NounChunk } from './types.js';
import type { RawGroup } from './verbs.js';

/** The top-level chunks with coordinations merged and ids set, and a map from token to chunk id. */
export interface ChunkLayout {
  readonly chunks: readonly NounChunk[];
  readonly chunkOf: readonly number[];
}

type Gap = { kind: 'comma' } | { kind: 'coord'; lemma: string } | null;

// What lies between two chunks: a comma, a coordinator (maybe after a comma), or something else.
function gapBetween(ctx: Context, a: NounChunk, b: NounChunk): Gap {
  let i = a.last + 1;
  let comma = false;
  if (ctx.word(i) === ',') {
    comma = true;
    i++;
  }
  if (i === b.first) return comma ? { kind: 'comma' } : null;
  const c = ctx.lex.coordinators.match(ctx.word, i, b.first - 1);
  if (c === null || i + c.length !== b.first || !c.value.joinsChunks) return null;
  return { kind: 'coord', lemma: c.value.lemma };
}

// "Iran sent drones and Russia paid": the second chunk starts a clause when a verb follows it and the
// first is an object (a verb before it in the same stretch, not a speech verb whose clause it starts).
function startsClause(
  ctx: Context,
  a: NounChunk,
  b: NounChunk,
  groups: readonly RawGroup[],
  groupOf: readonly number[],
): boolean {
  let after = b.last + 1;
  while (ctx.tag(after) === 'ADV') after++;
  if ((groupOf[after - ctx.first] ?? -1) < 0) return false;
  for (let i = a.first - 1; i >= ctx.first; i--) {
    const g = groupOf[i - ctx.first] ?? -1;
    if (g >= 0) return !ctx.lex.complementVerbs.has(groups[g]?.lemma ?? '');
    const w = ctx.word(i);
    if (w === ',' || w === ';' || ctx.tag(i) === 'SCONJ' || ctx.lex.subordinators.match(ctx.word, i, i))
      return false;
  }
  return false;
}

/** Merges "A, B and C" into one chunk with members; a comma list without a coordinator stays apart. */
export function coordinate(
  ctx: Context,
  chunks: readonly NounChunk[],
  groups: readonly RawGroup[],
  groupOf: readonly number[],
): ChunkLayout {
  const out: NounChunk[] = [];
  const chunkOf: number[] = new Array(ctx.last - ctx.first + 1).fill(-1);
  let failedUntil = -1;
  for (let i = 0; i < chunks.length; i++) {
    const a = chunks[i] as NounChunk;
    let j = i;
    let conj: string | null = null;
    if (i > failedUntil) {
      for (; j + 1 < chunks.length; j++) {
        const gap = gapBetween(ctx, chunks[j] as NounChunk, chunks[j + 1] as NounChunk);
        if (gap === null) break;
        if (gap.kind === 'coord') {
          conj = gap.lemma;
          j++;
          break;
        }
      }
      const b = chunks[j] as NounChunk;
      if (conj === null || startsClause(ctx, a, b, groups, groupOf)) {
        // Every start inside a comma list without a coordinator fails the same way: skip them.
        if (conj === null) failedUntil = j;
        j = i;
        conj = null;
      }
    }
    const members = chunks.slice(i, j + 1);
    const last = members[members.length - 1] as NounChunk;
    const id = out.length;
    const merged: NounChunk =
      conj === null
        ? { ...a, id }
        : {
            ...a,
            id,
            last: last.last,
            determiner: null,
            possessor: null,
            modifiers: [],
            members,
            conjunction: conj,
            pronoun: false,
            mention: false,
            temporal: members.every((m) => m.temporal),
          };
    out.push(merged);
    for (let k = merged.first; k <= merged.last; k++) chunkOf[k - ctx.first] = id;
    i = j;
  }
  return { chunks: out, chunkOf };
}
