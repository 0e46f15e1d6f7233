import { createHash } from 'node:crypto';
import type { Event, EventClaim } from '../domain/event.js';
import type { Claim, ClaimType, Extraction } from '../domain/extraction.js';
import { claimTypes, DEAL_TYPES } from '../knowledge/claim-types.js';
import { jointActOf, type Placed, packageOf, storyOf } from './document-rules.js';
import { type EventState, foldClaims } from './event-state.js';
import { type EventCore, type SummaryDeps, summariseEvent } from './event-summary.js';
import {
  answers,
  blockKey,
  breaksTie,
  claimPhase,
  eventPhase,
  fitScore,
  type MergeClaim,
  type Phase,
  timeFit,
} from './merge.js';
import {
  claimOrder,
  documentReads,
  freshWorking,
  join,
  linkRelated,
  mergeClaimOf,
  type Profile,
  profile,
  type Working,
  workingOf,
} from './merge-steps.js';
import { type ClaimOrigin, extractionOrigins } from './origins.js';

/** A stored document as corroboration sees it: where it was printed and how it was ingested. */
export interface CorroborationDocument {
  readonly id: string;
  readonly published: string | null;
  readonly outlet: string | null;
  /** The file (or `path#line`) it was ingested from. */
  readonly file: string | null;
  readonly url: string | null;
}

/** One newly stored document to merge into the events. */
export interface CorroborationInput {
  readonly document: CorroborationDocument;
  readonly extraction: Extraction;
  /** The earliest stored near-duplicate of this document, when there is one. */
  readonly echoOf?: { readonly document: string; readonly outlet: string | null } | null;
}

/** The merge rule (STATUS.md) that put a claim in its event, or `new` when it started one. */
export type PlacementRule = 'M1' | 'M2' | 'M3' | 'M4' | 'M5' | 'M6' | 'M7' | 'new';

/** What merging changed: the events created or updated, the event each claim went to and by which rule. */
export interface CorroborationResult {
  readonly events: readonly Event[];
  readonly placements: ReadonlyMap<string, string>;
  readonly rules: ReadonlyMap<string, PlacementRule>;
}

const PHASES: readonly Phase[] = ['actual', 'planned'];

/** The block an event belongs to. */
export function eventBlock(event: Pick<Event, 'type' | 'phase' | 'actor' | 'target'>): string {
  return blockKey(event);
}

/** The blocks whose events a document's claims may join or link to: the only events merging loads. */
export function candidateBlocks(extraction: Extraction): string[] {
  const keys = new Set<string>();
  for (const c of extraction.claims) {
    const types = claimTypes[c.type].deal ? DEAL_TYPES : [c.type];
    for (const type of types) {
      for (const phase of PHASES) keys.add(blockKey({ type, phase, actor: c.actor, target: c.target }));
    }
  }
  return [...keys];
}

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(day.slice(0, 10)) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The days an event must overlap to be a merge candidate for a document: its claims' times (their
 * own, else the publication date) widened by the window; null when no claim has a time.
 */
export function candidateWindow(
  extraction: Extraction,
  published: string | null,
  windowDays: number,
): { readonly from: string; readonly to: string; readonly reportedSince: string | null } | null {
  let from: string | null = null;
  let to: string | null = null;
  let answered: string | null = null;
  for (const c of extraction.claims) {
    const t = c.time?.start ?? published;
    // A claim without any time fits events of any time: no window can be set.
    if (t == null) return null;
    if (from === null || t < from) from = t;
    if (to === null || t > to) to = t;
    if (answers(c.status) && (answered === null || t < answered)) answered = t;
  }
  if (from === null || to === null) return null;
  return {
    from: shiftDays(from, -windowDays),
    to: shiftDays(to, windowDays),
    reportedSince: answered === null ? null : shiftDays(answered, -windowDays),
  };
}

/** A stable event id from the claim that started the event. */
export function eventId(document: string, claim: string): string {
  return `ev_${createHash('sha256').update(`${document}#${claim}`).digest('hex').slice(0, 16)}`;
}

function eventClaim(claim: Claim, input: CorroborationInput, origin: ClaimOrigin, text: string): EventClaim {
  const { document } = input;
  const source = origin.kind === 'outlet' && claim.source === null ? null : origin.speaker;
  return {
    document: document.id,
    file: document.file,
    url: document.url,
    claim: claim.id,
    published: document.published,
    outlet: document.outlet,
    status: claim.status,
    source,
    chain: claim.chain,
    origin: origin.name,
    evidence: claim.evidence.text ?? text.slice(claim.evidence.start, claim.evidence.end),
    quantity: claim.quantity ?? null,
    weapons: claim.weapons,
    time: claim.time?.start ?? null,
    originKind: origin.kind,
    cites: [...origin.cites],
    linked: null,
    echoOf: input.echoOf?.document ?? null,
    ...(claim.stated === undefined ? {} : { stated: claim.stated }),
    ...(claim.retrospective ? { retrospective: true as const } : {}),
  };
}

// Statuses that say nothing of whether the transfer is planned or done: they may join either phase.
// A possibility of what may come ("could be delivered by April", the planned phase) is of the plan.
function crossesPhase(status: Claim['status'], phase: Phase): boolean {
  if (status === 'possible') return phase === 'actual';
  return status === 'denied' || status === 'unconfirmed' || status === 'conditional';
}

// A denial, a doubt or a condition is said of its own phase, or of the one phase its document reports:
// an event of that phase fits it better, by as much as an event its document already holds.
const OWN_PHASE_BONUS = 1;

// The best fit among events of several blocks, each block's events with its bonus.
function bestOf(
  merge: MergeClaim,
  pools: readonly { readonly block: string; readonly bonus: number }[],
  byBlock: ReadonlyMap<string, Working[]>,
  windowDays: number,
): Profile | null {
  let best: Profile | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  const seen = new Set<string>();
  for (const { block, bonus } of pools) {
    if (seen.has(block)) continue;
    seen.add(block);
    for (const w of byBlock.get(block) ?? []) {
      const p = profile(w, windowDays);
      const fit = fitScore(merge, p, windowDays);
      if (fit === null) continue;
      const tie = fit + bonus === bestScore && best !== null && breaksTie(merge, p, best);
      if (fit + bonus > bestScore || tie) {
        best = p;
        bestScore = fit + bonus;
      }
    }
  }
  return best;
}

/**
 * The event a claim joins: the best fit of its block; for a denial, a doubt or a condition, the best
 * fit of its block and of the same block in the other phase ("Iran denies the planned transfer");
 * for a denial or a non-confirmation of a negotiation that fits no negotiation, the best fit among
 * the transfers of the pair ("Pyongyang denied any arms deal" answers the reported shipments).
 * A denial or a non-confirmation is said of what its document reports of the block (`reported`): it
 * answers a phase its document does not report only when that is its own phase (a story of drones
 * striking Kyiv that adds "Iran denied providing drones" answers the deliveries, not an earlier plan);
 * the phase its document reports, when it reports one, is the one preferred.
 */
function placeClaim(
  merge: MergeClaim,
  status: Claim['status'],
  byBlock: ReadonlyMap<string, Working[]>,
  windowDays: number,
  reported: ReadonlySet<string>,
): Profile | null {
  const phases = (type: ClaimType) => {
    const told = PHASES.filter((phase) => reported.has(blockKey({ ...merge, type, phase })));
    const preferred = told.length === 1 ? told[0] : merge.phase;
    return PHASES.flatMap((phase) => {
      if (answers(status) && phase !== merge.phase && !told.includes(phase)) return [];
      const block = blockKey({ ...merge, type, phase });
      return [{ block, bonus: phase === preferred ? OWN_PHASE_BONUS : 0 }];
    });
  };
  const own = crossesPhase(status, merge.phase) ? phases(merge.type) : [{ block: blockKey(merge), bonus: 0 }];
  const found = bestOf(merge, own, byBlock, windowDays);
  if (found !== null || merge.type !== 'negotiate_transfer' || !answers(status)) return found;
  return bestOf(merge, phases('transfer'), byBlock, windowDays);
}

/**
 * The event a claim joins and the rule that chose it: a response package of its document (M5), the
 * story its document tells of the pair (M6), else the best fit of its block by time (M1, M2), or,
 * undated, by its document (M3, M4); no event when nothing fits.
 */
function chooseFor(
  merge: MergeClaim,
  status: Claim['status'],
  span: readonly [number, number],
  placed: readonly Placed<Working>[],
  byBlock: ReadonlyMap<string, Working[]>,
  windowDays: number,
  reported: ReadonlySet<string>,
): { readonly working: Working | undefined; readonly rule: PlacementRule } {
  const package_ = packageOf(merge, placed);
  if (package_ !== undefined) return { working: package_, rule: 'M5' };
  const story = storyOf(merge, placed);
  if (story !== undefined) return { working: story, rule: 'M6' };
  for (const claim of merge.dated === false ? [merge, { ...merge, followDocument: true }] : [merge]) {
    const found = placeClaim(claim, status, byBlock, windowDays, reported);
    if (found !== null)
      return { working: found.working, rule: timeFit(claim, found, windowDays)?.rule ?? 'M1' };
  }
  const joint = jointActOf(merge, status, span, placed);
  if (joint !== undefined) return { working: joint, rule: 'M7' };
  return { working: undefined, rule: 'new' };
}

/** A stored event as merging reads it: who and what it is, and the state of its claims. */
export interface MergeCandidate {
  readonly core: EventCore;
  readonly state: EventState;
  /** Its claims, when at hand (an event held whole in memory): merging then knows their documents. */
  readonly claims?: readonly EventClaim[];
}

/** An event a document changed: its stored state, the claims added (citations not yet linked), its core. */
export interface ChangedEvent {
  readonly core: EventCore;
  readonly block: string;
  /** The state as stored before this document (empty for a new event). */
  readonly base: EventState;
  readonly added: readonly EventClaim[];
  /** Whether the event is new, started by this document. */
  readonly created: boolean;
}

/** What merging one document changed: the events, the event each claim went to and by which rule. */
export interface MergeOutcome {
  readonly changed: readonly ChangedEvent[];
  readonly placements: ReadonlyMap<string, string>;
  readonly rules: ReadonlyMap<string, PlacementRule>;
}

/**
 * Merges one document's claims into events, given the stored events of the blocks it touches
 * (`candidateBlocks`) as their states: each claim joins the event of its block it fits best
 * (compatible weapons and time), or starts one. Reads no claim of a stored event, so its cost does not
 * grow with the events' sizes. Pure: no store, no clock.
 */
export function mergeDocument(
  candidates: readonly MergeCandidate[],
  input: CorroborationInput,
  deps: SummaryDeps,
): MergeOutcome {
  const working = new Map<string, Working>();
  const byBlock = new Map<string, Working[]>();
  const add = (w: Working): void => {
    working.set(w.core.id, w);
    const list = byBlock.get(w.block);
    if (list === undefined) byBlock.set(w.block, [w]);
    else list.push(w);
  };
  for (const candidate of candidates) add(workingOf(candidate, deps));
  const { extraction } = input;
  const context = {
    document: input.document.id,
    outlet: input.document.outlet,
    echoOfOutlet: input.echoOf?.outlet ?? null,
  };
  const origins = extractionOrigins(extraction, context, deps.names);
  const placements = new Map<string, string>();
  const rules = new Map<string, PlacementRule>();
  const placed: Placed<Working>[] = [];
  const reads = documentReads(extraction, input.document.published, deps);
  // The blocks, with their phase, the document reports: its asserted and planned claims.
  const reported = new Set(
    extraction.claims
      .filter((c) => c.status === 'asserted' || c.status === 'planned')
      .map((c) => blockKey({ type: c.type, phase: claimPhase(c.status), actor: c.actor, target: c.target })),
  );
  for (const claim of claimOrder(extraction, input.document.published, byBlock)) {
    const origin = origins.get(claim.id);
    if (origin === undefined) continue;
    const ec = eventClaim(claim, input, origin, extraction.document.text);
    const merge = mergeClaimOf(claim, ec, input.document.id, reads);
    const span = [claim.evidence.start, claim.evidence.end] as const;
    const { working: chosen, rule } = chooseFor(
      merge,
      claim.status,
      span,
      placed,
      byBlock,
      deps.windowDays,
      reported,
    );
    let target = chosen;
    if (target === undefined) {
      target = freshWorking(merge, eventId(input.document.id, claim.id), deps);
      add(target);
    }
    join(target, ec, merge, deps);
    placements.set(claim.id, target.core.id);
    rules.set(claim.id, rule);
    placed.push({ claim: merge, status: claim.status, span, working: target });
  }
  const all = [...working.values()];
  linkRelated(all, deps);
  const changed = all
    .filter((w) => w.touched)
    .map((w) => ({
      core: w.core,
      block: w.block,
      base: w.base,
      added: w.added,
      created: w.base.claims === 0 && !candidates.some((c) => c.core.id === w.core.id),
    }));
  return { changed, placements, rules };
}

// The state of an event held whole, worked out once for each stored event an in-memory caller holds.
const foldedStates = new WeakMap<
  readonly EventClaim[],
  { readonly deps: SummaryDeps; readonly state: EventState }
>();

/** The candidate an event held whole in memory is for merging. */
export function candidateOf(e: Event, deps: SummaryDeps): MergeCandidate {
  const core = {
    id: e.id,
    type: e.type,
    phase: e.phase,
    actor: e.actor,
    target: e.target,
    related: e.related,
  };
  let folded = foldedStates.get(e.claims);
  if (folded === undefined || folded.deps !== deps) {
    folded = { deps, state: foldClaims(core, e.claims, deps) };
    foldedStates.set(e.claims, folded);
  }
  return { core, state: folded.state, claims: e.claims };
}

/**
 * Merges one document's claims into events held whole in memory (`mergeDocument` over their states),
 * and sums up again every event changed from all its claims. Pure: no store, no clock.
 */
export function corroborate(
  candidates: readonly Event[],
  input: CorroborationInput,
  deps: SummaryDeps,
): CorroborationResult {
  const outcome = mergeDocument(
    candidates.map((e) => candidateOf(e, deps)),
    input,
    deps,
  );
  const byId = new Map(candidates.map((e) => [e.id, e]));
  const events = outcome.changed.map((w) => {
    const claims = [...(byId.get(w.core.id)?.claims ?? []), ...w.added];
    const phase = eventPhase(
      w.core.type,
      w.core.phase,
      claims.map((c) => c.status),
    );
    return summariseEvent({ ...w.core, phase }, claims, deps);
  });
  return { events, placements: outcome.placements, rules: outcome.rules };
}
