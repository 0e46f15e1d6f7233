import type { Context } from './context.js';
import type { NounChunk } from './types.js';
import type { Unit } from './units.js';
import { isIng, isPastForm, type RawGroup } from './verbs.js';

/** Whether a group carries tense: not an infinitive, an -ing form alone or a reduced participle. */
export function isFiniteGroup(ctx: Context, g: RawGroup): boolean {
  if (g.infinitive || g.reduced || g.dropped) return false;
  const seg = g.segments[0];
  if ((seg?.aux.length ?? 0) > 0 || g.links[0]?.kind === 'modal') return true;
  return !isIng(ctx, seg?.verb ?? g.head);
}

/** For each unit, whether a finite verb group follows it before a semicolon or subordinator (read right to left once). */
export function finiteAhead(ctx: Context, units: readonly Unit[]): number[] {
  const out: number[] = new Array(units.length + 1).fill(0);
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i + 1];
    if (u === undefined) continue;
    if ((u.kind === 'punct' && u.lemma === ';') || u.kind === 'sub') out[i] = 0;
    else out[i] = u.kind === 'vg' && isFiniteGroup(ctx, u.group) ? 1 : (out[i + 1] ?? 0);
  }
  return out;
}

/** Whether a group is a complement-taking verb ("said", "denied", "believe"). */
export function takesComplement(ctx: Context, u: Unit | undefined): u is Extract<Unit, { kind: 'vg' }> {
  return u?.kind === 'vg' && ctx.lex.complementVerbs.has(u.group.lemma);
}

function skipQuotes(units: readonly Unit[], i: number): number {
  let j = i;
  while (
    units[j]?.kind === 'punct' &&
    units[j]?.first !== undefined &&
    (units[j] as { lemma: string }).lemma === '"'
  )
    j++;
  return j;
}

/**
 * Whether the units after a comma or quote are a report that closes the sentence: "..., officials said
 * (on Tuesday).", "..." he told reporters., ", said Lavrov."
 */
export function isReportTail(ctx: Context, units: readonly Unit[], at: number): boolean {
  let i = skipQuotes(units, at + 1);
  // '"...," then defence minister X wrote': an adverb may open the report.
  const opener = units[i];
  if (opener?.kind === 'other' && opener.first === opener.last && ctx.tag(opener.first) === 'ADV') {
    if (units[i + 1]?.kind === 'np') i++;
  }
  // "presidential spokesman Dmitry Peskov told reporters": a title and a name are two chunks.
  if (units[i]?.kind === 'np' && units[i + 1]?.kind === 'np') i++;
  // "the Philippine Department of National Defense said", "a spokesman for the ministry told": the
  // speaker's own phrases stand between it and the verb.
  if (units[i]?.kind === 'np') {
    let j = i + 1;
    while (j < i + 5 && units[j]?.kind === 'prep' && units[j + 1]?.kind === 'np') j += 2;
    if (j > i + 1 && takesComplement(ctx, units[j])) i = j - 1;
  }
  const a = units[i];
  const b = units[i + 1];
  if (a?.kind === 'np' && takesComplement(ctx, b) && isFiniteGroup(ctx, b.group)) i += 2;
  else if (invertedReport(ctx, a, b)) i += 2;
  else return false;
  // "he told reporters": a speech verb may name its hearer; "Iran denied it" is no report of what came before.
  const hearer = units[i];
  const speech = ctx.lex.complementVerbs.get(groupLemma(a, b));
  if (hearer?.kind === 'np' && speech === 'speech' && !hearer.chunk.pronoun) i++;
  while (units[i]?.kind === 'prep' && units[i + 1]?.kind === 'np') i += 2;
  // ", adding that ...": a participle may go on from the report.
  const goesOn =
    isComma(units[i]) &&
    units[i + 1]?.kind === 'vg' &&
    !isFiniteGroup(ctx, (units[i + 1] as { group: RawGroup }).group);
  if (goesOn) return true;
  // "..., sources said on Friday, a step Western governments had warned against": a noun phrase after the
  // report sums up what was reported (one with a finite verb of its own starts a clause instead), and
  // a phrase ("..., Zelensky confirmed on Oct. 17, after strikes on ...") says more of it.
  const next = units[i + 1];
  const after = units[i + 2];
  const sumsUp =
    (next?.kind === 'np' && !(after?.kind === 'vg' && isFiniteGroup(ctx, after.group))) ||
    (next?.kind === 'prep' && after?.kind === 'np');
  if (isComma(units[i]) && sumsUp) return true;
  for (; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.kind !== 'punct' || (u.lemma !== '.' && u.lemma !== '"' && u.lemma !== '!' && u.lemma !== '?'))
      return false;
  }
  return true;
}

/** Whether a comma opens a parenthetical report: ", it said,", ", officials say,". */
export function isReportAside(ctx: Context, units: readonly Unit[], at: number): boolean {
  const a = units[at + 1];
  const b = units[at + 2];
  const c = units[at + 3];
  const closes = c?.kind === 'punct' && c.lemma === ',';
  if (!closes) return false;
  return (a?.kind === 'np' && takesComplement(ctx, b)) || (takesComplement(ctx, a) && b?.kind === 'np');
}

/** Whether an auxiliary alone opens an inverted conditional: "Should Iran send ...", "Had Iran sent ...". */
export function isInversion(ctx: Context, units: readonly Unit[], at: number): boolean {
  const u = units[at];
  if (u?.kind !== 'vg' || u.group.segments.length !== 1 || u.group.head !== u.first) return false;
  if (!ctx.lex.inversions.has(ctx.word(u.first))) return false;
  const prev = units[at - 1];
  const opens = prev === undefined || (prev.kind === 'punct' && prev.lemma !== '.') || prev.kind === 'cc';
  const next = units[at + 2];
  return (
    opens &&
    units[at + 1]?.kind === 'np' &&
    next?.kind === 'vg' &&
    baseForm(ctx, next.group.segments[0]?.aux[0])
  );
}

// The verb after an inverted auxiliary has no tense of its own: no auxiliary, or one in its base form
// ("Should such a decision be taken").
function baseForm(ctx: Context, aux: number | undefined): boolean {
  return aux === undefined || ctx.word(aux) === ctx.lemma(aux);
}

/** Folds an inverted conditional's auxiliary into the verb group it belongs to. */
export function foldInversion(ctx: Context, aux: RawGroup, into: RawGroup): void {
  aux.dropped = true;
  // "Were Russia to pay": the auxiliary marks the condition, not the voice of "to pay".
  const modal = ctx.lex.modals.get(ctx.word(aux.head));
  if (modal !== undefined || into.infinitive) {
    into.links.unshift({
      token: aux.head,
      lemma: ctx.word(aux.head),
      kind: 'modal',
      meaning: 'conditional',
      negated: false,
    });
  } else into.segments[0]?.aux.unshift(aux.head);
  into.infinitive = false;
}

/** The chunk a relative clause at `at` modifies: the chunk before it, or before a comma before it. */
export function antecedentBefore(units: readonly Unit[], at: number): NounChunk | null {
  let prev = units[at - 1];
  // An adverb ("first reported") or a closing quotation mark ("long-arm jurisdiction" that ...) between.
  if (
    (prev?.kind === 'other' && prev.first === prev.last) ||
    (prev?.kind === 'punct' && prev.lemma === '"')
  ) {
    prev = units[--at - 1];
  }
  if (prev?.kind === 'np') return prev.chunk;
  const before = units[at - 2];
  if (prev?.kind === 'punct' && prev.lemma === ',' && before?.kind === 'np') return before.chunk;
  return null;
}

/** Whether a bare participle or -ing form after a chunk is a reduced relative ("drones sent to Russia"). */
export function isReducedRelative(
  ctx: Context,
  units: readonly Unit[],
  at: number,
  clauseHasVerb: boolean,
  ahead: readonly number[] | null,
): boolean {
  const u = units[at];
  if (u?.kind !== 'vg') return false;
  const g = u.group;
  const seg = g.segments[0];
  if (g.infinitive || g.links.length > 0 || (seg?.aux.length ?? 0) > 0 || (seg?.neg.length ?? 0) > 0)
    return false;
  const ante = antecedentBefore(units, at);
  if (ctx.tag(g.head) !== 'VERB' || g.first !== g.head || ante === null || ante.pronoun || ante.temporal)
    return false;
  // ", calling the move ...": an -ing form after a comma goes with the clause, not the noun before.
  if (isIng(ctx, g.head) && isComma(units[at - 1])) return false;
  const next = units[at + 1];
  const participle = isPastForm(ctx, g.head) && next?.kind === 'prep';
  const ing = isIng(ctx, g.head) && (next?.kind === 'np' || next?.kind === 'prep');
  if (!participle && !ing) return false;
  // "The US said on Friday that ...": a verb whose phrases lead to a subordinator is the clause's own.
  for (let j = at + 1; j < Math.min(units.length, at + 12); j++) {
    const k = units[j]?.kind;
    if (k === 'sub') return false;
    if (k !== 'prep' && k !== 'np' && k !== 'other') break;
  }
  return clauseHasVerb || (ahead !== null && (ahead[at] ?? 0) === 1);
}

function groupLemma(a: Unit | undefined, b: Unit | undefined): string {
  if (a?.kind === 'vg') return a.group.lemma;
  return b?.kind === 'vg' ? b.group.lemma : '';
}

/** Whether a finite verb group comes after the chunk at `at`, past its prepositional phrases ("the use of the missile was"). */
export function verbAfterPhrases(ctx: Context, units: readonly Unit[], at: number): boolean {
  let j = skipQuotes(units, at + 1);
  while (j < at + 12 && units[j]?.kind === 'prep' && units[skipQuotes(units, j + 1)]?.kind === 'np') {
    j = skipQuotes(units, skipQuotes(units, j + 1) + 1);
  }
  const u = units[j];
  return u?.kind === 'vg' && isFiniteGroup(ctx, u.group);
}

/**
 * The auxiliary-only group a parenthetical cut from its verb ("has, according to Kyiv, received"), or
 * null: the verb at `at` has no auxiliary, a comma comes right before it, and before the comma that
 * opens the aside (a few units back) stands a group of auxiliaries alone.
 */
export function auxiliaryBeforeAside(ctx: Context, units: readonly Unit[], at: number): RawGroup | null {
  const u = units[at];
  if (
    u?.kind !== 'vg' ||
    u.group.infinitive ||
    (u.group.segments[0]?.aux.length ?? 0) > 0 ||
    u.group.links.length > 0
  )
    return null;
  if (!isComma(units[at - 1])) return null;
  for (let k = at - 2; k >= Math.max(1, at - 10); k--) {
    if (!isComma(units[k])) continue;
    const before = units[k - 1];
    if (before?.kind !== 'vg' || before.group.dropped || before.group.segments.length !== 1) return null;
    const h = before.group.head;
    const auxiliary = ctx.lex.auxiliaries.has(ctx.word(h)) || ctx.lex.modals.has(ctx.word(h));
    return auxiliary && ctx.lex.auxiliaries.get(ctx.word(h))?.lemma !== 'get' ? before.group : null;
  }
  return null;
}

function isComma(u: Unit | undefined): boolean {
  return u?.kind === 'punct' && u.lemma === ',';
}

/** Moves the auxiliaries (and modals) of a group cut off by an aside into the verb's group. */
export function foldAuxiliaries(ctx: Context, aux: RawGroup, into: RawGroup): void {
  aux.dropped = true;
  const tokens = [...(aux.segments[0]?.aux ?? []), aux.head];
  const modals = tokens.filter((t) => ctx.lex.modals.has(ctx.word(t)));
  into.segments[0]?.aux.unshift(...tokens.filter((t) => !ctx.lex.modals.has(ctx.word(t))));
  into.segments[0]?.neg.unshift(...(aux.segments[0]?.neg ?? []));
  into.links.unshift(
    ...aux.links,
    ...modals.map((t) => ({
      token: t,
      lemma: ctx.word(t),
      kind: 'modal' as const,
      meaning: ctx.lex.modals.get(ctx.word(t)) ?? 'possibility',
      negated: false,
    })),
  );
}

// ", said Lavrov.": a speech verb before a name (", denied it." is no report).
function invertedReport(ctx: Context, a: Unit | undefined, b: Unit | undefined): boolean {
  if (a?.kind !== 'vg' || b?.kind !== 'np' || b.chunk.pronoun || !isFiniteGroup(ctx, a.group)) return false;
  return ctx.lex.complementVerbs.get(a.group.lemma) === 'speech';
}
