/**
 * The scope of a claim's status in the clauses of the syntax layer: which words may govern the event
 * (its own verb group, its clause and what embeds it, never a sibling clause or a coordinated verb
 * group), and what the chain of its verb group says by itself ("failed to deliver", "has yet to send").
 */
import type { ClaimStatus } from '../../domain/extraction.js';
import { englishPack } from '../../knowledge/en/index.js';
import type { Clause, Meaning, SentenceSyntax, VerbGroup } from '../syntax/index.js';
import type { Parsed } from '../text.js';

const PACK = englishPack();

const JOINS = englishPack().statusCues.stanceJoins;
/** Coordinators that join two verbs under one stance ("did not send drones or sell missiles"). */
const SHARING: ReadonlySet<string> = new Set(JOINS.unless ?? []);
/** Words that join a verb to an earlier one with a stance of its own ("but also delivered", "then admitted"). */
const PARTING: ReadonlySet<string> = new Set(JOINS.words ?? []);

/** Verbs that, with a noun of the event as subject, say it takes place ("sales could resume"). */
const OCCURS: ReadonlySet<string> = new Set(englishPack().statusCues.occurs.words ?? []);
/** Participles that tell a noun event as still to come, before it or as its predicate ("slated for May"). */
const SCHEDULED: ReadonlySet<string> = new Set(englishPack().statusCues.plannedModifiers.words ?? []);
/** What a link of the chain of such a verb makes of the event. */
const LINK_STATUS: Partial<Record<Meaning, ClaimStatus>> = {
  possibility: 'possible',
  ability: 'possible',
  consideration: 'possible',
  future: 'planned',
  conditional: 'planned',
  expectation: 'planned',
  plan: 'planned',
  intention: 'planned',
  agreement: 'planned',
  desire: 'planned',
  failure: 'denied',
};

/** Clause kinds that tell something of their own: the cues of the clause around them do not reach in or out. */
const ISLANDS: ReadonlySet<Clause['kind']> = new Set(['relative', 'reduced-relative', 'parenthetical']);

/** The verb group whose main verb is token `k`, if any. */
export function groupAt(syntax: SentenceSyntax, k: number): VerbGroup | undefined {
  return syntax.verbs.find((v) => v.head === k);
}

/**
 * The first token from which a cue may govern the event at `k`, at or after `from`: past a verb group
 * it is coordinated with ("denied the reports, then admitted sending": the denial is the sibling's) and
 * past a clause that sits between, and does not embed, the event ("Iran, which has never admitted it,
 * sent"). A modal or negation that coordinated verbs share is read apart, from the whole clause.
 */
export function scopeStart(parsed: Parsed, syntax: SentenceSyntax, k: number, from: number): number {
  const g = groupAt(syntax, k) ?? syntax.verbs.find((v) => v.first <= k && k <= v.last);
  let start = from;
  if (g !== undefined && ownStance(parsed, syntax, g)) start = Math.max(start, g.first);
  const own = g?.clause ?? clauseAt(syntax, k);
  for (const c of syntax.clauses) {
    if (c.last < start || c.last >= k || c.id === own) continue;
    if (ISLANDS.has(c.kind) && !embeds(syntax, c.id, own)) start = c.last + 1;
  }
  // "declined to say whether Germany would deliver Taurus, which Kyiv has requested": a relative clause
  // tells its own event; the cues of the clause around it stay out.
  const island = islandOf(syntax, own);
  return island === undefined ? start : Math.max(start, island.first);
}

const WH: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);

/** The innermost relative clause opened by a wh-word that holds clause `own`, if any. */
function islandOf(syntax: SentenceSyntax, own: number | null): Clause | undefined {
  for (let c = own, n = 0; c !== null && n <= syntax.clauses.length; n++) {
    const clause = syntax.clauses[c];
    if (clause === undefined) return undefined;
    // Only a wh-relative: "indications that it has been used" may be a noun's content, not a relative clause.
    if (ISLANDS.has(clause.kind)) return WH.has(clause.marker?.toLowerCase() ?? '') ? clause : undefined;
    c = clause.parent;
  }
  return undefined;
}

/**
 * The token ranges whose cues do not govern the event at `k`: a coordinated verb with a stance of its
 * own before it ("denied the reports, then admitted sending"), and relative or parenthetical clauses
 * that do not embed it ("Iran, which has not confirmed it, sent drones"). A reporting cue in one of
 * them is not the event's.
 */
export function outOfScope(
  parsed: Parsed,
  syntax: SentenceSyntax,
  k: number,
): readonly (readonly [number, number])[] {
  const g = groupAt(syntax, k) ?? syntax.verbs.find((v) => v.first <= k && k <= v.last);
  const out: (readonly [number, number])[] = [];
  if (g !== undefined && ownStance(parsed, syntax, g)) out.push([syntax.first, g.first - 1]);
  const own = g?.clause ?? clauseAt(syntax, k);
  for (const c of syntax.clauses)
    if (ISLANDS.has(c.kind) && !embeds(syntax, c.id, own) && !(c.first <= k && k <= c.last))
      out.push([c.first, c.last]);
  // "denied that it sent drones but admitted that it sold missiles": the verb that says the event's
  // clause takes its own stance, and what stands before it is the sibling's.
  const clause = own === null ? undefined : syntax.clauses[own];
  const governor = clause?.governor == null ? undefined : syntax.verbs[clause.governor];
  if (governor !== undefined && ownStance(parsed, syntax, governor))
    out.push([syntax.first, governor.first - 1]);
  // "declined to say whether ..., which Kyiv has requested": a wh-relative holding the event keeps the
  // reporting cues around it out.
  const island = islandOf(syntax, own);
  if (island !== undefined) out.push([syntax.first, island.first - 1], [island.last + 1, syntax.last]);
  return out;
}

/**
 * Whether a verb group coordinated with an earlier one takes its own stance: it has a chain of its own
 * ("denied the reports, then admitted sending") or is joined by other words than "and", "or" ("not
 * only sold but also delivered"). "denied sending drones or supplying missiles" shares the denial.
 */
function ownStance(parsed: Parsed, syntax: SentenceSyntax, g: VerbGroup): boolean {
  if (g.coordinatedWith === null || syntax.verbs[g.coordinatedWith] === undefined) return false;
  // The words that join it, back from its verb: "but also", ", then", "and later" part; "and", "or" share
  // unless the verb has a chain of its own ("and admitted sending"). No joining word at all ("had not seen
  // China decide to send") is no coordination.
  const chained = g.chain.some((link) => link.kind === 'catenative');
  let comma = false;
  for (let j = g.head - 1; j >= Math.max(syntax.first, g.first - 3); j--) {
    const t = parsed.tokens[j];
    if (t === undefined) break;
    if (PARTING.has(t.lower)) return true;
    // "refused to confirm or deny sending": an alternative is never a stance of its own.
    if (SHARING.has(t.lower)) return chained && t.lower === 'and';
    if (t.pos === 'PUNCT') comma = true;
    else if (j < g.first && t.pos !== 'ADV') break;
  }
  return comma;
}

/**
 * Whether a condition governs the event at `k` in the syntax layer's clauses: the event sits in a
 * conditional clause or one it embeds ("if Iran sends missiles", "should Tehran deliver", "provided
 * that Kyiv strikes"), or in a clause that a conditional clause hangs from ("the US will respond if
 * ..."). A condition on a sibling or a relative clause does not reach it.
 */
export function conditionedAt(syntax: SentenceSyntax, k: number): boolean {
  const own = groupAt(syntax, k)?.clause ?? clauseAt(syntax, k);
  const chain = new Set<number>();
  for (let c = own, n = 0; c !== null && n <= syntax.clauses.length; n++) {
    const clause = syntax.clauses[c];
    if (clause === undefined) break;
    if (clause.kind === 'conditional') return true;
    // A relative clause tells of its antecedent: a condition on the clause around it is not its own.
    if (ISLANDS.has(clause.kind)) return false;
    chain.add(c);
    c = clause.parent;
  }
  return syntax.clauses.some((c) => c.kind === 'conditional' && c.parent !== null && chain.has(c.parent));
}

/** The innermost clause whose own span holds token `k`. */
function clauseAt(syntax: SentenceSyntax, k: number): number | null {
  let best: Clause | undefined;
  for (const c of syntax.clauses)
    if (c.first <= k && k <= c.last && (best === undefined || c.last - c.first < best.last - best.first))
      best = c;
  return best?.id ?? null;
}

/** Whether clause `outer` is clause `inner` or one that embeds it. */
function embeds(syntax: SentenceSyntax, outer: number, inner: number | null): boolean {
  let c: number | null = inner;
  for (let n = 0; c !== null && n <= syntax.clauses.length; n++) {
    if (c === outer) return true;
    c = syntax.clauses[c]?.parent ?? null;
  }
  return false;
}

/**
 * What the chain of the event's own verb group says that the cue words do not: a failure or a
 * "yet to" leaves the act undone ("failed to deliver", "has yet to send"), unless the link is itself
 * negated ("did not fail to deliver": done). Null when the chain adds nothing of the kind.
 */
export function chainStatus(syntax: SentenceSyntax, k: number): ClaimStatus | null {
  const g = groupAt(syntax, k);
  if (g === undefined) return null;
  for (const link of g.chain) if (link.meaning === 'failure') return link.negated ? 'asserted' : 'denied';
  return null;
}

/**
 * The status that the predicate of a noun event gives it, when the noun is the subject of a verb that
 * says the event takes place ("sales of munitions could resume", "the delivery cannot take place",
 * "deliveries are expected to begin"). Null when no such predicate governs the noun.
 */
export function predicateStatus(parsed: Parsed, syntax: SentenceSyntax, k: number): ClaimStatus | null {
  // "The deliveries are slated for next year", "the sale is planned for May": a predicate that schedules it.
  const scheduled = syntax.verbs.find(
    (v) =>
      v.roles.subject?.head === k &&
      v.voice === 'passive' &&
      SCHEDULED.has(parsed.tokens[v.head]?.lower ?? ''),
  );
  if (scheduled !== undefined && !scheduled.negated) return 'planned';
  // Not a relative clause's verb, whose subject stands for its antecedent ("a package that will include").
  const g = syntax.verbs.find(
    (v) => v.roles.subject?.head === k && v.roles.gap === null && OCCURS.has(v.lemma),
  );
  if (g === undefined) return null;
  // A copula's negation is not the event's ("the deal was never in question").
  if (g.negated || g.chain.some((link) => link.negated)) return g.lemma === 'be' ? null : 'denied';
  for (const link of g.chain) {
    const status = LINK_STATUS[link.meaning];
    if (status !== undefined) return status;
  }
  return g.tense === 'future' ? 'planned' : null;
}

/** Verbs that carry out or advance the event they govern ("notify Congress of the sale"). */
const STEPS: ReadonlySet<string> = new Set(englishPack().statusCues.steps.words ?? []);
/** Chain meanings that make the acts a verb governs ones still to come ("intends to notify Congress of the sale"). */
const PLANNING: ReadonlySet<Meaning> = new Set([
  'plan',
  'intention',
  'desire',
  'attempt',
  'agreement',
  'expectation',
]);

/**
 * Whether a noun event is governed by a verb that carries it out and whose chain plans it, however far
 * the noun stands from the plan: the last verb group before it in its clause ("we intend to notify
 * Congress of the F-35 sale"); "tried to deter the deliveries" plans no delivery.
 */
export function plannedByGovernor(syntax: SentenceSyntax, k: number): boolean {
  const own = clauseAt(syntax, k);
  let governor: VerbGroup | undefined;
  for (const v of syntax.verbs) if (v.clause === own && v.last < k) governor = v;
  if (governor === undefined || !STEPS.has(governor.lemma)) return false;
  return governor.chain.some((link) => PLANNING.has(link.meaning) && !link.negated);
}

/** Subjects that name nobody in particular ("anyone who sends", "any country that supplies"). */
const GENERIC: ReadonlySet<string> = new Set(PACK.statusCues.generic.words ?? []);

/**
 * Whether the clause of the event at `k` tells the consequence of a hypothetical act: its verb says
 * "would" or "will", and its subject is an act ("Taurus strikes would turn Germany into a party") or
 * nobody in particular ("anyone who sends weapons to Russia will face consequences").
 */
export function hypotheticalConsequence(parsed: Parsed, syntax: SentenceSyntax, k: number): boolean {
  const own = groupAt(syntax, k)?.clause ?? clauseAt(syntax, k);
  return syntax.verbs.some((v) => {
    if (v.clause !== own || v.head > k + 3) return false;
    if (!v.chain.some((link) => link.meaning === 'conditional' || link.meaning === 'future')) return false;
    const subject = v.roles.subject;
    if (subject === null) return false;
    const determiner = subject.determiner === null ? '' : (parsed.tokens[subject.determiner]?.lower ?? '');
    if (GENERIC.has(subject.lemma) || GENERIC.has(determiner)) return true;
    const act = PACK.triggerByWord.get(parsed.tokens[subject.head]?.lower ?? '');
    return act?.noun === true && act.type !== 'threaten' && act.type !== 'sanction';
  });
}

/**
 * The status the chain of a verb event's own group gives it when the cue words before it say nothing
 * ("are scheduled to arrive", "is slated to receive"): a plan, intention or "would" makes it planned; a
 * possibility or a consideration, possible. Null for a negated group or a chain that adds nothing.
 */
export function ownChainStatus(syntax: SentenceSyntax, k: number): ClaimStatus | null {
  const g = groupAt(syntax, k);
  if (g === undefined || g.negated) return null;
  for (const link of g.chain) {
    if (link.negated) return null;
    const status = LINK_STATUS[link.meaning];
    if (status !== undefined && status !== 'denied') return status;
  }
  return null;
}

const DIRECTIVES: ReadonlySet<string> = new Set(PACK.statusCues.directives.words ?? []);
/** Permissions that direct only in the active voice ("are allowed to export" is a capacity). */
const ACTIVE_DIRECTIVES: ReadonlySet<string> = new Set(PACK.statusCues.directives.unless ?? []);

/**
 * Whether the verb event at `k` stands in the complement of a verb that asks for or permits it ("urged
 * Berlin to deliver", "asked to purchase", "demanded that Taurus be delivered"), not negated: still to come.
 */
export function directedAt(syntax: SentenceSyntax, k: number): boolean {
  const own = clauseAt(syntax, k);
  const clause = own === null ? undefined : syntax.clauses[own];
  // "asked to purchase" may be read as a purpose clause of "ask": the directive is what governs it.
  if (clause === undefined || clause.parent === null) return false;
  if (clause.kind !== 'complement' && !(clause.kind === 'purpose' && clause.marker === 'to')) return false;
  if (clause.marker !== 'to' && clause.marker !== 'that') return false;
  let governor = clause.governor === null ? undefined : syntax.verbs[clause.governor];
  if (governor === undefined)
    for (const v of syntax.verbs) if (v.clause === clause.parent && v.last < clause.first) governor = v;
  if (governor === undefined || !DIRECTIVES.has(governor.lemma) || governor.negated) return false;
  return governor.voice !== 'passive' || !ACTIVE_DIRECTIVES.has(governor.lemma);
}

/** The outermost clause holding clause `c`. */
function topOf(syntax: SentenceSyntax, c: number | null): Clause | undefined {
  let top: Clause | undefined;
  for (let at = c, n = 0; at !== null && n <= syntax.clauses.length; n++) {
    top = syntax.clauses[at];
    at = top?.parent ?? null;
  }
  return top;
}

/**
 * Whether the event at `k` stands in a main clause of its own after the main clause that a conditional
 * clause hangs from ("If Iran sends missiles, Russia will use them, and the US has already sent ATACMS"):
 * the condition is that clause's, not its sibling's.
 */
export function afterConditionedMain(parsed: Parsed, syntax: SentenceSyntax, k: number): boolean {
  const own = topOf(syntax, groupAt(syntax, k)?.clause ?? clauseAt(syntax, k));
  if (own === undefined || own.kind !== 'main') return false;
  // Joined by "and", "but", "or" (not a reporting clause around a quote: "If Iran does, Kirby said, ...").
  const join = parsed.tokens[own.first]?.pos === 'CCONJ' ? own.first : own.first - 1;
  if (parsed.tokens[join]?.pos !== 'CCONJ') return false;
  // "..., and the U.S. would raise the matter": a clause told as still to come is one more consequence.
  const g = groupAt(syntax, k) ?? syntax.verbs.find((v) => v.first <= k && k <= v.last);
  if (
    g === undefined ||
    g.tense === 'future' ||
    g.chain.some((link) => LINK_STATUS[link.meaning] !== undefined)
  )
    return false;
  return syntax.clauses.some((c) => {
    if (c.kind !== 'conditional') return false;
    const top = topOf(syntax, c.id);
    return top !== undefined && top.id !== own.id && top.kind === 'main' && top.last < own.first;
  });
}
