import type { Clause, ClauseKind, SentenceSyntax } from './types.js';

/**
 * Clauses that tell of something else than the clause they sit in: a relative clause tells of its
 * antecedent ("The junta, which expelled French troops in 2022, received drones"), an aside of what it
 * comments on. A role or a date inside one belongs to its own verbs only.
 */
const ASIDES: ReadonlySet<ClauseKind> = new Set(['relative', 'reduced-relative', 'parenthetical']);

/** The clause that holds a token of the sentence, or null outside the part the layer read. */
export function clauseAt(syntax: SentenceSyntax, token: number): number | null {
  if (token < syntax.first || token > syntax.last) return null;
  return syntax.tokenClauses[token - syntax.first] ?? null;
}

/**
 * Whether clause `inner` is clause `outer` or lies under it with no relative clause or aside between
 * them (the aside itself included): what an event's own clause embeds ("said that X", "to help Y").
 */
export function embeds(syntax: SentenceSyntax, outer: number, inner: number): boolean {
  let c: number | null = inner;
  for (let n = 0; c !== null && n <= syntax.clauses.length; n++) {
    if (c === outer) return true;
    const clause: Clause | undefined = syntax.clauses[c];
    if (clause === undefined || ASIDES.has(clause.kind)) return false;
    c = clause.parent;
  }
  return false;
}

/**
 * The clauses above an event's clause whose phrases still speak of it ("On Monday, officials said
 * [Iran sent drones]"), nearest first: up to and including the first relative clause or aside, which
 * speaks of its antecedent and not of the clause around it.
 */
export function governing(syntax: SentenceSyntax, clause: number): number[] {
  const out: number[] = [];
  let c: Clause | undefined = syntax.clauses[clause];
  for (let n = 0; c !== undefined && n <= syntax.clauses.length; n++) {
    if (ASIDES.has(c.kind) || c.parent === null) break;
    out.push(c.parent);
    c = syntax.clauses[c.parent];
  }
  return out;
}

/** Whether a phrase at token `phrase` belongs to the event told at token `event`: in its clause, what that embeds, or a clause above it. */
export function belongsTo(syntax: SentenceSyntax, event: number, phrase: number): boolean {
  const e = clauseAt(syntax, event);
  const p = clauseAt(syntax, phrase);
  if (e === null || p === null) return true;
  return embeds(syntax, e, p) || governing(syntax, e).includes(p);
}

/**
 * Whether a phrase at token `phrase` may fill a role of the event at token `event`: it belongs to the
 * event (see `belongsTo`) or lies in the antecedent of the event's relative clause or of one above it
 * ("it is the US that keeps pouring weapons", "Houthi missiles fired at Israel").
 */
export function reaches(syntax: SentenceSyntax, event: number, phrase: number): boolean {
  if (belongsTo(syntax, event, phrase)) return true;
  const e = clauseAt(syntax, event);
  if (e === null) return true;
  for (const c of [e, ...governing(syntax, e)]) {
    const a = syntax.clauses[c]?.antecedent;
    if (a && a.first <= phrase && phrase <= a.last) return true;
  }
  return false;
}
