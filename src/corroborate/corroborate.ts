import { createHash } from 'node:crypto';
import type { Event, EventClaim } from '../domain/event.js';
import type { Claim, ClaimType, Extraction, Weapon } from '../domain/extraction.js';
import { claimTypes, DEAL_TYPES } from '../knowledge/claim-types.js';
import { tellsAddition } from './additions.js';
import { addressedToBody, isMeasure, jointActOf, type Placed, packageOf, storyOf } from './document-rules.js';
import { stateSpan, stateWeapons } from './event-head.js';
import { addClaim, type EventState, emptyState, foldClaims } from './event-state.js';
import { type EventCore, type SummaryDeps, summariseEvent } from './event-summary.js';
import {
  answers,
  blockKey,
  breaksTie,
  claimPhase,
  classCount,
  daysApart,
  eventPhase,
  fitScore,
  type MergeClaim,
  ownTime,
  type Phase,
  timeCompatible,
  timeFit,
  weaponsCompatible,
} from './merge.js';
import { type ClaimOrigin, extractionOrigins } from './origins.js';
import { isTemporalEcho } from './timeline.js';

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

interface Profile {
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

interface Working {
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

function profile(w: Working, _windowDays: number): Profile {
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
function retoldTimes(extraction: Extraction, published: string | null, windowDays: number): string[] {
  if (published === null) return [];
  const times = extraction.claims.flatMap((c) => {
    const t = c.time?.start;
    return t != null && t < published && daysApart(t, published) > windowDays ? [t] : [];
  });
  return [...new Set(times)].sort();
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

function linkRelated(all: readonly Working[], deps: SummaryDeps): void {
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
  // M10: what a measure addressed to a body or to no one is about: the states its statement names
  // besides the parties ("raise Pyongyang's shipments at the Security Council").
  const subjectsOf = (m: Pick<MergeClaim, 'type' | 'actor' | 'target'>, evidence: string): string[] =>
    addressedToBody(m) && deps.names.states !== undefined
      ? deps.names.states(evidence).filter((s) => s !== m.actor && s !== m.target)
      : [];
  const working = new Map<string, Working>();
  const byBlock = new Map<string, Working[]>();
  const add = (w: Working): void => {
    working.set(w.core.id, w);
    const list = byBlock.get(w.block);
    if (list === undefined) byBlock.set(w.block, [w]);
    else list.push(w);
  };
  for (const { core, state, claims } of candidates) {
    // Without its claims, a stored event has none of the new document's (a document is merged once).
    const documents = new Set(claims?.map((c) => c.document));
    const retold = new Set(claims?.filter((c) => isTemporalEcho(c, deps.windowDays)).map((c) => c.document));
    add({
      core: { ...core },
      block: eventBlock(core),
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
    });
  }
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
  // Dated claims first, so that an undated claim can follow its document's dated claims of the block.
  // Claims of no specific type last, so that they can join what their document says of the pair.
  const retells = retoldTimes(extraction, input.document.published, deps.windowDays);
  const published = input.document.published;
  const undated = (c: Claim) => ownTime(c.status, c.time?.start ?? null, published) === null;
  // A claim naming several classes ("missiles and drones") sums up the specific ones: it follows them.
  const rank = (c: Claim) =>
    (c.type === 'other' ? 4 : undated(c) ? 2 : 0) + (classCount(c.weapons) > 1 ? 1 : 0);
  // The blocks, with their phase, the document reports: its asserted and planned claims.
  const reported = new Set(
    extraction.claims
      .filter((c) => c.status === 'asserted' || c.status === 'planned')
      .map((c) => blockKey({ type: c.type, phase: claimPhase(c.status), actor: c.actor, target: c.target })),
  );
  // A statement that reports a batch and announces more ("sent munitions, and more shipments would
  // follow") marks only the announced batch as another one.
  const phaseOf = (c: Claim) => claimPhase(c.status, c.time?.start ?? null, published);
  const addition = (c: Claim, evidence: string) =>
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
      ));
  // Within a rank, a measure whose block holds no event comes after the others: of states named
  // together in one decision, the one already in an event places it, the others follow by M7.
  const unknown = (c: Claim) =>
    isMeasure(c.type) &&
    !byBlock.has(blockKey({ type: c.type, phase: phaseOf(c), actor: c.actor, target: c.target }));
  const ordered = [0, 1, 2, 3, 4, 5].flatMap((r) => {
    const same = extraction.claims.filter((c) => rank(c) === r);
    return [...same.filter((c) => !unknown(c)), ...same.filter(unknown)];
  });
  for (const claim of ordered) {
    const origin = origins.get(claim.id);
    if (origin === undefined) continue;
    const ec = eventClaim(claim, input, origin, extraction.document.text);
    const own = ownTime(claim.status, ec.time, ec.published);
    // A recap's stance ("at first denied") is about the event it retells: placed by the date of the
    // stance when the text gives one, else by no date, never by the recap's publication.
    const retold = claim.retrospective === true && own === null;
    const merge: MergeClaim = {
      addition: addition(claim, ec.evidence),
      type: claim.type,
      phase: claimPhase(claim.status, ec.time, ec.published),
      actor: claim.actor,
      target: claim.target,
      weapons: claim.weapons,
      time: own ?? (retold ? (claim.stated ?? null) : ec.published),
      dated: own !== null,
      answer: answers(claim.status),
      document: input.document.id,
      retells,
      subjects: subjectsOf(claim, ec.evidence),
    };
    const block = blockKey(merge);
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
      const { type, phase, actor, target: to } = merge;
      const core = { id: eventId(input.document.id, claim.id), type, phase, actor, target: to, related: [] };
      const base = emptyState(core, deps);
      const fresh = { subjects: new Set<string>(), addedBy: new Set<string>() };
      const sets = { documents: new Set<string>(), retold: new Set<string>() };
      target = { core, block, base, state: base, added: [], ...fresh, ...sets, touched: true, cached: null };
      add(target);
    }
    target.added.push(ec);
    target.state = addClaim(target.state, target.core, ec, deps);
    target.documents.add(ec.document);
    if (isTemporalEcho(ec, deps.windowDays)) target.retold.add(ec.document);
    for (const state of merge.subjects ?? []) target.subjects.add(state);
    if (merge.addition === true) target.addedBy.add(input.document.id);
    target.touched = true;
    target.cached = null;
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
