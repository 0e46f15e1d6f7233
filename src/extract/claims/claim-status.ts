/**
 * The status pass of claim finding, over the status that the cues of status.ts give a clause.
 */
import type { ClaimStatus } from '../../domain/extraction.js';
import { statusOf } from '../status.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { bornRoles } from './imposed.js';
import { promiserOf } from './promised.js';
import {
  chainStatus,
  directedAt,
  hypotheticalConsequence,
  ownChainStatus,
  plannedByGovernor,
  predicateStatus,
  scopeStart,
} from './scope.js';
import type { Party, Site } from './types.js';
import { innermost, speakerParty } from './voices.js';

/** A subject that names a hypothetical act, followed by its "would". */
const HYPOTHETICAL_SUBJECT = /\b(?:any|such an?|doing so|such)\b[^,;.]*\bwould\b/i;

/** Words before an act that say its party disowns it. */
const DISOWNING_BEFORE =
  /\b(opposes|opposed|oppose|refrains?|refrained|refraining|against)\s+(?:from\s+)?(?:\w+\s+){0,2}$/i;
const DISOWNING_AFTER =
  /^[^.;]{0,80}?\b(?:as\s+(?:inhumane|unacceptable|immoral|wrong|illegal|unethical)|(?:is|was)\s+not\s+(?:our|its|their)\s+policy)\b/i;

/**
 * The status pass: how firmly the claim is told, from the cues that govern its clause, then what a
 * threat in a speaker's own words or after a hypothetical subject is, and what a party that disowns
 * its own act says.
 */
export function claimStatus(site: Site, actor: Party): ClaimStatus {
  const { input, s, k, t, trig, clause } = site;
  const { parsed } = input;
  const { tokens } = parsed;
  let status = scopedStatus(site);
  // "'It would have serious consequences,' he said": in a speaker's own words "would" is no reported "will"
  // but a consequence of what is warned against.
  if (
    trig.type === 'threaten' &&
    status === 'planned' &&
    innermost(input.attrs, t.start)?.mode === 'direct_quote' &&
    tokens.slice(Math.max(clause.first, k - 5), k).some((w) => w.lower === 'would')
  )
    status = 'conditional';
  // "any Taurus strike would make Germany a party", "doing so would be a serious problem": a consequence of a
  // hypothetical act.
  if (
    trig.type === 'threaten' &&
    status === 'planned' &&
    HYPOTHETICAL_SUBJECT.test(parsed.text.slice(tokens[clause.first]?.start ?? s.start, t.start))
  )
    status = 'conditional';
  // "Taurus strikes would turn Germany into a party", "anyone who sends weapons will face consequences":
  // the consequence of a hypothetical act, read over the syntax layer's clause.
  const syntax = site.syntax?.();
  if (
    (trig.type === 'threaten' || trig.type === 'sanction') &&
    status === 'planned' &&
    syntax !== undefined &&
    k <= syntax.last &&
    hypotheticalConsequence(parsed, syntax, k)
  )
    status = 'conditional';
  // "warned of a crushing response", "vowed consequences": the response promised is still to come.
  if (trig.type === 'threaten' && trig.noun && status === 'asserted' && promiserOf(site) >= 0)
    status = 'planned';
  // "Turkey risks sanctions": sanctions a party risks or faces are still to come.
  if (trig.type === 'sanction' && trig.noun && status === 'asserted' && bornRoles(site, null))
    status = 'planned';
  // "Tehran opposes arming either side", "it regards supplying weapons as inhumane": a party that disowns
  // the act as its own says it does not do it.
  if (status === 'asserted' && actor && actor === speakerParty(input, k) && disowns(parsed, s, k))
    status = 'denied';
  return status;
}

/**
 * The status the cues give an event, read over its scope in the syntax layer's clauses: a cue in a
 * sibling clause or a coordinated verb group does not reach it, and its own chain may say it failed.
 */
function scopedStatus(site: Site): ClaimStatus {
  const { input, s, k, clause, conditional } = site;
  const syntax = site.syntax?.();
  if (syntax === undefined || k > syntax.last) return statusOf(input.parsed, s, k, clause.first, conditional);
  const status = statusOf(
    input.parsed,
    s,
    k,
    clause.first,
    conditional,
    scopeStart(input.parsed, syntax, k, clause.first),
  );
  // "sales of munitions could resume": a noun event's own predicate, wherever its phrase ends.
  if (status === 'asserted' && site.trig.noun) {
    const predicated = predicateStatus(input.parsed, syntax, k);
    if (predicated !== null) return predicated;
    if (plannedByGovernor(syntax, k)) return 'planned';
  }
  // "are scheduled to arrive": the event's own chain, however long the words before it.
  if (status === 'asserted' && !site.trig.noun) {
    const chained = ownChainStatus(syntax, k);
    if (chained !== null) return chained;
    // "urged Berlin to deliver", "asked to purchase": asked for, still to come.
    if (directedAt(syntax, k)) return 'planned';
  }
  const chained = chainStatus(syntax, k);
  if (chained === 'denied' && (status === 'asserted' || status === 'planned')) return 'denied';
  // "did not fail to deliver": the negation is the failure's, not the delivery's.
  if (chained === 'asserted' && status === 'denied') return 'asserted';
  return status;
}

/** Whether the words around an event disapprove of it ("opposes arming", "regards supplying ... as inhumane"). */
export function disowns(parsed: Parsed, s: Sentence, k: number): boolean {
  const t = parsed.tokens[k] as Token;
  const before = parsed.text.slice(parsed.tokens[Math.max(s.first, k - 4)]?.start ?? t.start, t.start);
  return DISOWNING_BEFORE.test(before) || DISOWNING_AFTER.test(parsed.text.slice(t.end, s.end));
}
