import type { Context } from './context.js';
import type { ChainLink, NonFinite, Tense } from './types.js';

/** The part of a verb group up to a catenative link or the main verb. */
export interface Segment {
  readonly aux: number[];
  readonly neg: number[];
  verb: number;
}

/** A verb group as the passes build it; frozen into a `VerbGroup` at the end. */
export interface RawGroup {
  id: number;
  first: number;
  last: number;
  head: number;
  lemma: string;
  particle: string | null;
  readonly segments: Segment[];
  readonly links: ChainLink[];
  infinitive: boolean;
  /** Set by the clause pass for a bare participle read as a reduced relative. */
  reduced: boolean;
  dropped: boolean;
}

/** Whether a verb form is an -ing form (and not a verb like "bring" in its base form). */
export function isIng(ctx: Context, i: number): boolean {
  const w = ctx.word(i);
  return w.endsWith('ing') && w !== ctx.lemma(i);
}

/** Whether a verb form is a third-person present form of its lemma ("sends", "supplies"). */
function isPresentS(w: string, lemma: string): boolean {
  return w === `${lemma}s` || w === `${lemma}es` || (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`);
}

/** Whether a verb form differs from its lemma as a past tense or participle does. */
export function isPastForm(ctx: Context, i: number): boolean {
  const w = ctx.word(i);
  const l = ctx.lemma(i);
  return w !== l && !isIng(ctx, i) && !isPresentS(w, l);
}

/** Whether token `i` is an auxiliary here: tagged so, or be/have/do/get right before a verb. */
export function isAux(ctx: Context, i: number): boolean {
  const w = ctx.word(i);
  if (ctx.lex.modals.has(w) || ctx.lex.modals.has(ctx.lemma(i))) return ctx.tag(i) === 'AUX';
  const aux = ctx.lex.auxiliaries.get(w);
  if (aux === undefined) return false;
  let j = i + 1;
  while (j <= ctx.last && (ctx.tag(j) === 'ADV' || ctx.lex.negators.match(ctx.word, j, ctx.last))) j++;
  const next = ctx.tag(j);
  if (aux.lemma === 'get') return ctx.tag(i) === 'VERB' && next === 'VERB' && isPastForm(ctx, j);
  return ctx.tag(i) === 'AUX' || next === 'VERB' || next === 'AUX';
}

/** Tense of a group from its first auxiliary, modal or verb form. */
export function tenseOf(ctx: Context, g: RawGroup): Tense {
  if (g.infinitive) return 'none';
  const seg = g.segments[0];
  const firstAux = seg?.aux[0];
  const firstModal = g.links[0]?.kind === 'modal' ? g.links[0] : undefined;
  if (firstModal && (firstAux === undefined || firstModal.token < firstAux)) {
    return firstModal.meaning === 'future' ? 'future' : 'none';
  }
  if (firstAux !== undefined) return ctx.lex.auxiliaries.get(ctx.word(firstAux))?.tense ?? 'none';
  const v = seg?.verb ?? g.head;
  const own = ctx.lex.auxiliaries.get(ctx.word(v));
  if (own !== undefined) return own.tense;
  if (g.reduced || isIng(ctx, v)) return 'none';
  return isPastForm(ctx, v) ? 'past' : 'present';
}

/** Voice, aspect and the non-finite form of a group, read from its segments. */
export function aspectOf(
  ctx: Context,
  g: RawGroup,
): { passive: boolean; perfect: boolean; progressive: boolean; nonFinite: NonFinite | null } {
  let perfect = false;
  let progressive = false;
  for (const seg of g.segments) {
    const parts = [...seg.aux, ...(seg.verb >= 0 ? [seg.verb] : [])];
    for (let k = 0; k + 1 < parts.length; k++) {
      const lemma = ctx.lex.auxiliaries.get(ctx.word(parts[k] ?? -1))?.lemma;
      const next = parts[k + 1] ?? -1;
      // A verb wink does not know keeps its form as lemma ("has rebranded"): its -ed still marks it.
      if (lemma === 'have' && (isPastForm(ctx, next) || ctx.word(next).endsWith('ed'))) perfect = true;
      if (lemma === 'be' && isIng(ctx, next)) progressive = true;
    }
  }
  const main = g.segments[g.segments.length - 1];
  const lastAux = main?.aux[main.aux.length - 1];
  const auxLemma = lastAux === undefined ? undefined : ctx.lex.auxiliaries.get(ctx.word(lastAux))?.lemma;
  const verbal = main !== undefined && main.verb >= 0 && main.verb !== lastAux;
  const passive =
    (g.reduced && !isIng(ctx, g.head)) ||
    (verbal && (auxLemma === 'be' || auxLemma === 'get') && !isIng(ctx, g.head));
  const firstPart = g.segments[0]?.aux[0] ?? g.segments[0]?.verb ?? g.head;
  const finiteStart =
    g.links[0]?.kind === 'modal' || (g.segments[0]?.aux.length ?? 0) > 0
      ? ctx.lex.auxiliaries.get(ctx.word(firstPart))?.tense !== 'none'
      : false;
  let nonFinite: NonFinite | null = null;
  if (g.infinitive) nonFinite = 'to';
  else if (g.reduced) nonFinite = isIng(ctx, g.head) ? 'ing' : 'participle';
  else if (!finiteStart && isIng(ctx, firstPart)) nonFinite = 'ing';
  return { passive, perfect, progressive, nonFinite };
}
