// The steps of merging one document (mergeDocument): the events it works on, the order its claims are
// placed in, what a claim joining an event changes, and the links between related deals.
import type { EventClaim } from '../domain/event.js';
import type { Claim, Extraction, Weapon } from '../domain/extraction.js';
import { claimTypes } from '../knowledge/claim-types.js';
import { tellsAddition } from './additions.js';
import type { MergeCandidate } from './corroborate.js';
import { addressedToBody, isMeasure } from './document-rules.js';
import { stateSpan, stateWeapons } from './event-head.js';
import { addClaim, type EventState, emptyState } from './event-state.js';
import type { EventCore, SummaryDeps } from './event-summary.js';
import {
  answers,
  blockKey,
  claimPhase,
  classCount,
  daysApart,
  type MergeClaim,
  ownTime,
  timeCompatible,
  weaponsCompatible,
} from './merge.js';
import { isTemporalEcho } from './timeline.js';

/** What merging reads of an event to place a claim, worked out once until the event changes. */
export interface Profile {
  readonly id: string;
  readonly weapons: Weapon[];
  readonly eventTime: string | null;
  readonly lastTime: string | null;
  readonly documents: ReadonlySet<string>;
  readonly lastSupported: string | null;
  readonly retold: ReadonlySet<string>;
  readonly additions: ReadonlySet<string>;
  readonly summary: boolean;
  readonly subjects: ReadonlySet<string>;
  readonly working: Working;
}

/** An event as merging one document works on it: stored or new, with what the document adds. */
export interface Working {
  core: EventCore;
  /** For a measure addressed to a body or to no one: the states its claims' statements are about. */
  readonly subjects: Set<string>;
  /** The documents that tell it as another batch ("three more units", M8). */
  readonly addedBy: Set<string>;
  readonly block: string;
  /** The state of its claims as stored (empty for a new event). */
  readonly base: EventState;
  /** The state with the claims added here: what merging reads of the event. */
  state: EventState;
  /** The claims added here. */
  readonly added: EventClaim[];
  /** Documents with claims in it, and those that retell it, as far as merging needs to know (see `candidate`). */
  readonly documents: Set<string>;
  readonly retold: Set<string>;
  touched: boolean;
  cached: Profile | null;
}

/** The profile of an event, worked out once until it changes. */
export function profile(w: Working, _windowDays: number): Profile {
  if (w.cached !== null) return w.cached;
  const span = stateSpan(w.state);
  w.cached = {
    id: w.core.id,
    weapons: stateWeapons(w.state),
    eventTime: span.start,
    lastTime: span.end,
    documents: w.documents,
    lastSupported: w.state.lastSupported,
    retold: w.retold,
    summary: w.state.claims > 0 && w.state.multiClass,
    additions: w.addedBy,
    subjects: w.subjects,
    working: w,
  };
  return w.cached;
}

/** The times a document retells: its claims' own times more than the window before its publication. */
export function retoldTimes(extraction: Extraction, published: string | null, windowDays: number): string[] {
  if (published === null) return [];
  const times = extraction.claims.flatMap((c) => {
    const t = c.time?.start;
    return t != null && t < published && daysApart(t, published) > windowDays ? [t] : [];
  });
  return [...new Set(times)].sort();
}

/** Links the deals of one pair whose weapons and times agree (the negotiation, the planned and the delivered batch). */
export function linkRelated(all: readonly Working[], deps: SummaryDeps): void {
  for (const a of all) {
    if (!a.touched || !claimTypes[a.core.type].deal) continue;
    const pa = profile(a, deps.windowDays);
    for (const b of all) {
      if (b === a || b.block === a.block || !claimTypes[b.core.type].deal) continue;
      if (b.core.actor !== a.core.actor || b.core.target !== a.core.target) continue;
      const pb = profile(b, deps.windowDays);
      if (!weaponsCompatible(pa.weapons, pb.weapons)) continue;
      if (!timeCompatible(pa.eventTime, pb.eventTime, deps.windowDays, pb.lastTime)) continue;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const related = new Set(x.core.related ?? []);
        if (related.has(y.core.id)) continue;
        related.add(y.core.id);
        x.core = { ...x.core, related: [...related].sort() };
        x.touched = true;
      }
    }
  }
}

/** A stored event as merging works on it. */
export function workingOf({ core, state, claims }: MergeCandidate, deps: SummaryDeps): Working {
  // Without its claims, a stored event has none of the new document's (a document is merged once).
  const documents = new Set(claims?.map((c) => c.document));
  const retold = new Set(claims?.filter((c) => isTemporalEcho(c, deps.windowDays)).map((c) => c.document));
  return {
    core: { ...core },
    block: blockKey(core),
    base: state,
    state,
    added: [],
    documents,
    retold,
    subjects: new Set(state.subjects),
    // Held whole, its claims say all the documents that tell another batch; stored, the state's few.
    addedBy: new Set(
      claims === undefined
        ? state.addedBy
        : claims.filter((c) => tellsAddition(core.type, c.status, c.evidence)).map((c) => c.document),
    ),
    touched: false,
    cached: null,
  };
}

/** A new event started by a claim. */
export function freshWorking(merge: MergeClaim, id: string, deps: SummaryDeps): Working {
  const { type, phase, actor, target } = merge;
  const core = { id, type, phase, actor, target, related: [] };
  const base = emptyState(core, deps);
  const fresh = { subjects: new Set<string>(), addedBy: new Set<string>() };
  const sets = { documents: new Set<string>(), retold: new Set<string>() };
  return {
    core,
    block: blockKey(merge),
    base,
    state: base,
    added: [],
    ...fresh,
    ...sets,
    touched: true,
    cached: null,
  };
}

/** A claim joining an event. */
export function join(target: Working, ec: EventClaim, merge: MergeClaim, deps: SummaryDeps): void {
  target.added.push(ec);
  target.state = addClaim(target.state, target.core, ec, deps);
  target.documents.add(ec.document);
  if (isTemporalEcho(ec, deps.windowDays)) target.retold.add(ec.document);
  for (const state of merge.subjects ?? []) target.subjects.add(state);
  if (merge.addition === true) target.addedBy.add(ec.document);
  target.touched = true;
  target.cached = null;
}

/** What placing a document's claims reads of the whole document, worked out once. */
export interface DocumentReads {
  readonly retells: string[];
  /** Whether a claim tells another batch (M8). */
  addition(c: Claim, evidence: string): boolean;
  /** The states a measure addressed to a body or to no one is about, besides the parties (M10). */
  subjects(m: Pick<MergeClaim, 'type' | 'actor' | 'target'>, evidence: string): string[];
}

/** What placing a document's claims reads of the whole document. */
export function documentReads(
  extraction: Extraction,
  published: string | null,
  deps: SummaryDeps,
): DocumentReads {
  // A statement that reports a batch and announces more ("sent munitions, and more shipments would
  // follow") marks only the announced batch as another one.
  const phaseOf = (c: Claim) => claimPhase(c.status, c.time?.start ?? null, published);
  return {
    retells: retoldTimes(extraction, published, deps.windowDays),
    addition: (c, evidence) =>
      tellsAddition(c.type, c.status, evidence) &&
      (phaseOf(c) === 'planned' ||
        !extraction.claims.some(
          (o) =>
            o.evidence.start === c.evidence.start &&
            o.evidence.end === c.evidence.end &&
            o.type === c.type &&
            o.actor === c.actor &&
            o.target === c.target &&
            phaseOf(o) === 'planned',
        )),
    // "raise Pyongyang's shipments at the Security Council": the states its statement names.
    subjects: (m, evidence) =>
      addressedToBody(m) && deps.names.states !== undefined
        ? deps.names.states(evidence).filter((s) => s !== m.actor && s !== m.target)
        : [],
  };
}

/** The claims of a document in the order they are placed. */
export function claimOrder(
  extraction: Extraction,
  published: string | null,
  byBlock: ReadonlyMap<string, unknown>,
): Claim[] {
  // Dated claims first, so that an undated claim can follow its document's dated claims of the block.
  // Claims of no specific type last, so that they can join what their document says of the pair.
  const undated = (c: Claim) => ownTime(c.status, c.time?.start ?? null, published) === null;
  // A claim naming several classes ("missiles and drones") sums up the specific ones: it follows them.
  const rank = (c: Claim) =>
    (c.type === 'other' ? 4 : undated(c) ? 2 : 0) + (classCount(c.weapons) > 1 ? 1 : 0);
  const phaseOf = (c: Claim) => claimPhase(c.status, c.time?.start ?? null, published);
  // Within a rank, a measure whose block holds no event comes after the others: of states named
  // together in one decision, the one already in an event places it, the others follow by M7.
  const unknown = (c: Claim) =>
    isMeasure(c.type) &&
    !byBlock.has(blockKey({ type: c.type, phase: phaseOf(c), actor: c.actor, target: c.target }));
  return [0, 1, 2, 3, 4, 5].flatMap((r) => {
    const same = extraction.claims.filter((c) => rank(c) === r);
    return [...same.filter((c) => !unknown(c)), ...same.filter(unknown)];
  });
}

/** What merging reads of a claim to place it. */
export function mergeClaimOf(
  claim: Claim,
  ec: EventClaim,
  document: string,
  reads: DocumentReads,
): MergeClaim {
  const own = ownTime(claim.status, ec.time, ec.published);
  // A recap's stance ("at first denied") is about the event it retells: placed by the date of the
  // stance when the text gives one, else by no date, never by the recap's publication.
  const retold = claim.retrospective === true && own === null;
  return {
    addition: reads.addition(claim, ec.evidence),
    type: claim.type,
    phase: claimPhase(claim.status, ec.time, ec.published),
    actor: claim.actor,
    target: claim.target,
    weapons: claim.weapons,
    time: own ?? (retold ? (claim.stated ?? null) : ec.published),
    dated: own !== null,
    answer: answers(claim.status),
    document,
    retells: reads.retells,
    subjects: reads.subjects(claim, ec.evidence),
  };
}
