/**
 * Claim finding: the events of a document with their roles, weapons, quantities, times and status.
 * Per sentence and token the passes run in order (trigger finding and gates, weapons, roles, document
 * links, quantity, time, status, then the frame that the syntax layer reads), each in its own file;
 * the document-level links (a use's usual target, a group acting as its members) run last.
 */

import { claimTypes } from '../../knowledge/claim-types.js';
import {
  conditionClauses,
  furnitureHeading,
  headlineLike,
  isFuture,
  opensConsequence,
  opensFurniture,
} from '../status.js';
import { analyzeSentence, type SentenceSyntax } from '../syntax/index.js';
import type { Parsed, Sentence } from '../text.js';
import { ownTime, sameClauseAs } from './clause.js';
import { fillUseTargets } from './document-links.js';
import { draftAt, siteAt } from './draft.js';
import { doSo, elaboration, gapped } from './echoes.js';
import { elided } from './ellipsis.js';
import { type FrameSource, frameAt, frameSource, type SentenceFrames } from './frames.js';
import { LazySite } from './lazy-site.js';
import { absorbs, byMember, framed, mergeInto } from './merge.js';
import { pairWeapons } from './pairs.js';
import { afterConditionedMain, conditionedAt, outOfScope } from './scope.js';
import { stanceTime } from './stance-time.js';
import { followUp, presence, production, referralAt, triggerAt } from './triggers.js';
import type { ClaimInputs, Draft, Party, Span } from './types.js';

export type { ClaimInputs, Draft } from './types.js';
export { innermost } from './voices.js';

/** What the sentence loop carries from one sentence to the next. */
interface Carry {
  readonly drafts: Draft[];
  /** The last sentence with a condition of its own. */
  conditionalSent: number;
  /** The sentence that carried a condition on from the one before, if the last one did. */
  carried: Sentence | null;
  /** The actor of the last event told in a condition. */
  lastCondActor: Party;
  /** A paragraph of page furniture ("Read also: ...") links to another story: none of its events are claims. */
  furniturePara: number;
  /** Whether the paragraphs go on under a heading of links ("Related"): its headlines are furniture too. */
  linkList: boolean;
}

/**
 * Whether the paragraph that `s` opens is page furniture: one that opens with "Read also:", or a
 * headline-like paragraph under a heading of links ("Related", then "Iran sent drones to Russia, Kyiv says").
 */
function furniture(parsed: Parsed, s: Sentence, carry: Carry): void {
  const heading = furnitureHeading(parsed, s);
  const links = heading || opensFurniture(parsed, s) || (carry.linkList && headlineLike(parsed, s));
  carry.furniturePara = links ? s.para : -1;
  carry.linkList = heading || (carry.linkList && links);
}

/** What the token loop of one sentence reads about its conditions. */
interface SentenceScope {
  readonly s: Sentence;
  readonly conds: readonly Span[];
  readonly sentenceConditional: boolean;
  readonly carryConditional: boolean;
  readonly frames: SentenceFrames;
}

/** Finds the claims of a document: events, their roles, weapons, quantities, times and status. */
export function findDrafts(input: ClaimInputs): Draft[] {
  const { parsed } = input;
  const carry: Carry = {
    drafts: [],
    conditionalSent: -10,
    carried: null,
    lastCondActor: null,
    furniturePara: -1,
    linkList: false,
  };
  const source = frameSource(input);
  for (const s of parsed.sentences) {
    if (s.first === 0 || parsed.tokens[s.first - 1]?.para !== s.para) furniture(parsed, s, carry);
    if (carry.furniturePara === s.para) continue;
    if (input.budget?.over(s.i)) break;
    sentenceDrafts(input, s, carry, source);
  }
  fillUseTargets(carry.drafts);
  // A deal whose recipient neither its sentence nor a story it continues gives is no claim; one whose
  // supplier goes unsaid still tells who gets arms ("Sales of guided bombs to Saudi Arabia could resume").
  return carry.drafts
    .flatMap(byMember)
    .filter((d) => !claimTypes[d.type].needsRecipient || d.target !== null);
}

/** The drafts of one sentence, added to the document's. */
function sentenceDrafts(input: ClaimInputs, s: Sentence, carry: Carry, source: FrameSource): void {
  const { parsed } = input;
  const { drafts } = carry;
  // A question asserts nothing ("Has any of this ammunition been fired at Ukraine?"): its events are only
  // what an answer may speak of.
  const asked =
    parsed.tokens[s.last]?.text === '?' || parsed.text.slice(s.start, s.end).trimEnd().endsWith('?"');
  const conds = conditionClauses(parsed, s);
  const sentenceConditional = conds.length > 0;
  // A condition carries into following sentences that open as its consequence ("For our part, we will ...")
  // and on through their paragraph while they speak of the future.
  const opens = opensConsequence(parsed, s) && s.i - carry.conditionalSent <= 2;
  const continues: boolean =
    carry.carried !== null &&
    carry.carried.para === s.para &&
    carry.carried.i === s.i - 1 &&
    isFuture(parsed, s);
  carry.carried = !sentenceConditional && (opens || continues) ? s : null;
  const scope: SentenceScope = {
    s,
    conds,
    sentenceConditional,
    carryConditional: carry.carried !== null,
    frames: { syntax: undefined, namesParty: undefined, hasInto: undefined },
  };
  const before = drafts.length;
  for (let k = s.first; k <= s.last; k++) tokenDrafts(input, scope, k, carry, source);
  if (asked) for (const d of drafts.slice(before)) d.asked = true;
  // A threat whose target is the actor of the condition ("if Iran transfers ..., the response ...").
  for (const d of drafts.slice(before)) {
    if (
      (d.type === 'threaten' || d.type === 'sanction') &&
      d.target === null &&
      carry.lastCondActor !== d.actor
    )
      d.target = carry.lastCondActor;
  }
  if (sentenceConditional) carry.conditionalSent = s.i;
}

/** The drafts of the token at `k`: an elaboration, a "do so", or the event its trigger tells. */
function tokenDrafts(
  input: ClaimInputs,
  scope: SentenceScope,
  k: number,
  carry: Carry,
  source: FrameSource,
): void {
  const { parsed } = input;
  const { drafts } = carry;
  const { s, conds, sentenceConditional, carryConditional } = scope;
  const elaborated = elaboration(input, s, k, drafts);
  if (elaborated) {
    drafts.push(elaborated);
    return;
  }
  const echoed =
    doSo(input, s, k, drafts, sentenceConditional || carryConditional) ?? elided(input, s, k, drafts);
  if (echoed) {
    drafts.push(echoed);
    return;
  }
  const trig =
    referralAt(input, s, k) ??
    triggerAt(parsed, k) ??
    presence(input, s, k) ??
    followUp(input, s, k) ??
    production(input, s, k);
  if (!trig) return;
  const inCond = conds.find((c) => c.first <= k && k <= c.last);
  // The syntax layer is the costliest pass: read only once a trigger's gates need it, so that a sentence
  // whose triggers all fail the cheap gates is never analysed (the analysis is the same whenever it runs).
  const syntax = (): SentenceSyntax => {
    scope.frames.syntax ??= analyzeSentence(parsed, s.i, source.spans);
    return scope.frames.syntax;
  };
  // A condition before the sentence's first clause governs it, but not a later main clause joined to it
  // ("If Iran sends missiles, Russia will use them, and the US has already sent ATACMS").
  const site = new LazySite(
    siteAt(input, s, k, trig, false, drafts, carry.lastCondActor, inCond ? [] : conds),
    () =>
      inCond !== undefined ||
      (sentenceConditional &&
        conds.some((c) => c.first <= s.first + 1 || sameClauseAs(parsed.tokens, k, c)) &&
        !(k <= syntax().last && afterConditionedMain(parsed, syntax(), k))) ||
      carryConditional ||
      (k <= syntax().last && conditionedAt(syntax(), k)),
    syntax,
  );
  const drafted = draftAt(site);
  if (!drafted) return;
  const untargeted = drafted.every((x) => x.target === null);
  const frame = frameAt(input, source, s, k, trig, scope.frames, untargeted);
  // "Russia sent tanks into the town of Avdiivka": moved into a place, given to no one.
  if (frame?.intoPlace && trig.type === 'transfer') return;
  // "cooperation between", "a treaty with": a relation between two sides is none with one side alone.
  const ds = pairWeapons(
    input,
    s,
    (frame ? framed(drafted, frame) : drafted).filter(
      (x) => !(trig.symmetric && trig.noun && (x.actor === null || x.target === null)),
    ),
  );
  if (ds.length > 0 && k <= syntax().last) {
    const time = ownTime(parsed, s, input.published, syntax(), k);
    for (const x of ds) x.time = time;
    const skip = outOfScope(parsed, syntax(), k);
    if (skip.length > 0) for (const x of ds) x.outOfScope = skip;
    const stance = stanceTime(parsed, syntax(), k, input.published);
    if (stance.stated !== undefined || stance.retrospective) for (const x of ds) x.stance = stance;
  }
  const d = ds[0];
  if (!d) return;
  if (inCond && d.actor) carry.lastCondActor = d.actor;
  const prev = drafts[drafts.length - 1];
  if (prev && prev.sent === s.i && !prev.echo && absorbs(prev, d, parsed, k, syntax())) {
    mergeInto(prev, d);
    return;
  }
  drafts.push(...ds, ...gapped(input, s, d, k));
}
