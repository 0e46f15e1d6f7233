import { z } from 'zod';
import type { EventClaim, Origin } from '../domain/event.js';
import { tellsAddition } from './additions.js';
import { addressedToBody } from './document-rules.js';
import type { EventCore, SummaryDeps } from './event-summary.js';
import { answers, classCount, ownTime } from './merge.js';
import { governmentName } from './origins.js';
import { type Stance, stanceOf, supports } from './status.js';
import { compareStanceKeys, definite, isTemporalEcho, stanceKey } from './timeline.js';

// Where a claim sorts among an event's claims (compareClaims): publication date, document, claim number.
const Key = z.tuple([z.string(), z.string(), z.number()]);
type Key = z.infer<typeof Key>;

const OriginKind = z.enum(['outlet', 'sources', 'government', 'person', 'organization', 'group', 'unknown']);
const StanceSchema = z.enum(['asserts', 'denies', 'unconfirmed', 'hedges', 'plans', 'conditional']);

const OriginState = z.object({
  name: z.string(),
  /** The key of its first claim, which orders the origins and gives the kind. */
  first: Key,
  kind: OriginKind,
  claims: z.number().int(),
  outlets: z.array(z.string()),
  speakers: z.array(z.string()),
  documents: z.number().int(),
  lastDocument: z.string(),
  /** Its latest definite claim (asserts, denies, plans), whose stance a later doubt does not replace. */
  definite: z.object({ key: Key, stance: StanceSchema }).nullable(),
  /** Its latest claim, which says whether it speaks as a party's government. */
  latest: z.object({ key: Key, stance: StanceSchema, official: z.boolean() }),
  /**
   * How many of its claims each outlet and speaker has, so that a claim a relink moves away is taken
   * out without folding the origin again (absent from states stored before it: those are folded).
   */
  tally: z
    .object({ outlets: z.record(z.string(), z.number()), speakers: z.record(z.string(), z.number()) })
    .optional(),
});
type OriginState = z.infer<typeof OriginState>;

const WeaponCount = z.object({
  class: z.string(),
  system: z.string().nullable(),
  count: z.number().int(),
  /** The first claim naming it and its place in that claim's list: the order weapons named as often keep. */
  first: Key,
  at: z.number().int(),
});

const Range = z.tuple([z.string(), z.string()]).nullable();

/**
 * What an event's claims add up to, kept with the event so that adding a claim costs the same
 * whatever the event's size: per origin its latest stances and counts, weapons with counts, the
 * time bounds, and what merging reads of the claims. `foldClaims` over every claim gives the same.
 */
export const EventState = z.object({
  v: z.literal(2),
  /** The governments of the actor and target, whose words are official. */
  parties: z.array(z.string()),
  windowDays: z.number(),
  claims: z.number().int(),
  reports: z.number().int(),
  lastDocument: z.string().nullable(),
  origins: z.array(OriginState),
  weapons: z.array(WeaponCount),
  outlets: z.array(z.string()),
  firstPublished: z.string().nullable(),
  lastPublished: z.string().nullable(),
  /** Whether a claim of the first publication date retells the event (dates it long before). */
  firstRetold: z.boolean(),
  /** The bounds of the claims' own times, answers left out, and of all of them. */
  reported: Range,
  own: Range,
  lastSupported: z.string().nullable(),
  /** Every claim names several weapon classes (a summary of events). */
  multiClass: z.boolean(),
  announced: z.boolean(),
  done: z.boolean(),
  headline: z.object({ key: Key, evidence: z.string() }).nullable(),
  subjects: z.array(z.string()),
  /** Some of the documents that tell it as another batch (up to MAX_ADDED_BY). */
  addedBy: z.array(z.string()),
  /** Outlets any claim cites: a new story of one of them may change how earlier claims link. */
  cited: z.array(z.string()),
});
export type EventState = z.infer<typeof EventState>;

// Documents kept of those that tell an event as another batch (M8).
const MAX_ADDED_BY = 8;

function claimNumber(id: string): number {
  const n = Number(id.replace(/^\D+/, ''));
  return Number.isFinite(n) ? n : 0;
}

/** A claim's place in its event's order, as `compareClaims` sorts. */
export function claimKey(c: Pick<EventClaim, 'published' | 'document' | 'claim'>): Key {
  return [c.published ?? '', c.document, claimNumber(c.claim)];
}

/** Compares two claim keys as `compareClaims` compares the claims. */
export function compareKeys(a: Key, b: Key): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] - b[2];
}

/** The state of an event without claims. */
export function emptyState(core: EventCore, deps: SummaryDeps): EventState {
  return {
    v: 2,
    parties: [core.actor, core.target].flatMap((c) => (c === null ? [] : [governmentName(deps.names, c)])),
    windowDays: deps.windowDays,
    claims: 0,
    reports: 0,
    lastDocument: null,
    origins: [],
    weapons: [],
    outlets: [],
    firstPublished: null,
    lastPublished: null,
    firstRetold: false,
    reported: null,
    own: null,
    lastSupported: null,
    multiClass: true,
    announced: false,
    done: false,
    headline: null,
    subjects: [],
    addedBy: [],
    cited: [],
  };
}

function addSorted(list: string[], value: string): string[] {
  if (list.includes(value)) return list;
  return [...list, value].sort();
}

/** A range of days widened to hold one more. */
export function widen(range: readonly [string, string] | null, t: string): [string, string] {
  if (range === null) return [t, t];
  return [t < range[0] ? t : range[0], t > range[1] ? t : range[1]];
}

// An outlet the origin is echoed by: the outlet of a claim of another origin.
function echoOf(c: EventClaim): string | null {
  return c.outlet !== null && c.outlet !== c.origin ? c.outlet : null;
}

// A tally with one more (or, by -1, one fewer) of a name; a name down to none is left out.
function counted(tally: Readonly<Record<string, number>>, name: string | null, by: 1 | -1) {
  if (name === null) return tally;
  const n = (tally[name] ?? 0) + by;
  const out = { ...tally, [name]: n };
  if (n <= 0) delete out[name];
  return out;
}

function tallyWith(o: OriginState | undefined, c: EventClaim): OriginState['tally'] {
  const tally = o === undefined ? { outlets: {}, speakers: {} } : o.tally;
  if (tally === undefined) return undefined;
  return { outlets: counted(tally.outlets, echoOf(c), 1), speakers: counted(tally.speakers, c.source, 1) };
}

function originWith(o: OriginState | undefined, c: EventClaim, key: Key, official: boolean): OriginState {
  const said: Stance = stanceOf(c.status);
  const stance = [...stanceKey(c)] as Key;
  const latest = { key: stance, stance: said, official };
  if (o === undefined) {
    return {
      tally: tallyWith(o, c),
      name: c.origin,
      first: key,
      kind: c.originKind,
      claims: 1,
      outlets: c.outlet !== null && c.outlet !== c.origin ? [c.outlet] : [],
      speakers: c.source === null ? [] : [c.source],
      documents: 1,
      lastDocument: c.document,
      definite: definite(said) ? { key: stance, stance: said } : null,
      latest,
    };
  }
  const before = compareKeys(key, o.first) < 0;
  // Stances sort by `stanceKey`: a recap of an older stance ("at first denied") replaces no later one.
  const later = (k: Key | undefined) => k === undefined || compareStanceKeys(stance, k) > 0;
  return {
    ...o,
    tally: tallyWith(o, c),
    first: before ? key : o.first,
    kind: before ? c.originKind : o.kind,
    claims: o.claims + 1,
    outlets: c.outlet !== null && c.outlet !== c.origin ? addSorted(o.outlets, c.outlet) : o.outlets,
    speakers: c.source === null ? o.speakers : addSorted(o.speakers, c.source),
    // A document's claims are added together, so a document differing from the last is a new one.
    documents: o.documents + (c.document === o.lastDocument ? 0 : 1),
    lastDocument: c.document,
    definite: definite(said) && later(o.definite?.key) ? { key: stance, stance: said } : o.definite,
    latest: later(o.latest.key) ? latest : o.latest,
  };
}

function withWeapons(state: EventState, c: EventClaim, key: Key): EventState['weapons'] {
  const out = [...state.weapons];
  c.weapons.forEach((w, at) => {
    const system = w.system ?? null;
    const i = out.findIndex((x) => x.class === w.class && x.system === system);
    const found = out[i];
    if (found === undefined) out.push({ class: w.class, system, count: 1, first: key, at });
    else {
      const before = compareKeys(key, found.first) < 0;
      out[i] = { ...found, count: found.count + 1, ...(before ? { first: key, at } : {}) };
    }
  });
  return out;
}

/**
 * The state after one more claim (as its event holds it, citations linked). A document's claims are
 * added one after the other, never mixed with another document's.
 */
export function addClaim(
  state: EventState,
  core: Pick<EventCore, 'type' | 'actor' | 'target'>,
  c: EventClaim,
  deps: Pick<SummaryDeps, 'names'>,
): EventState {
  const key = claimKey(c);
  const official = c.originKind === 'government' && state.parties.includes(c.origin);
  const i = state.origins.findIndex((o) => o.name === c.origin);
  const origins = [...state.origins];
  if (i < 0) origins.push(originWith(undefined, c, key, official));
  else origins[i] = originWith(origins[i], c, key, official);
  const t = ownTime(c.status, c.time, c.published);
  const p = c.published;
  const echo = isTemporalEcho(c, state.windowDays);
  let { firstPublished, firstRetold } = state;
  if (p !== null && (firstPublished === null || p < firstPublished)) {
    firstPublished = p;
    firstRetold = echo;
  } else if (p !== null && p === firstPublished) firstRetold ||= echo;
  const subjects =
    addressedToBody(core) && deps.names.states !== undefined
      ? deps.names.states(c.evidence).filter((s) => s !== core.actor && s !== core.target)
      : [];
  const evidence = state.headline === null || compareKeys(key, state.headline.key) < 0;
  return {
    ...state,
    claims: state.claims + 1,
    reports: state.reports + (c.document === state.lastDocument ? 0 : 1),
    lastDocument: c.document,
    origins,
    weapons: withWeapons(state, c, key),
    outlets: c.outlet === null ? state.outlets : addSorted(state.outlets, c.outlet),
    firstPublished,
    firstRetold,
    lastPublished:
      p !== null && (state.lastPublished === null || p > state.lastPublished) ? p : state.lastPublished,
    reported: t !== null && !answers(c.status) ? widen(state.reported, t) : state.reported,
    own: t === null ? state.own : widen(state.own, t),
    lastSupported:
      p !== null && supports(stanceOf(c.status)) && (state.lastSupported === null || p > state.lastSupported)
        ? p
        : state.lastSupported,
    multiClass: state.multiClass && classCount(c.weapons) > 1,
    announced: state.announced || c.status === 'planned' || c.status === 'conditional',
    done: state.done || c.status === 'asserted' || c.status === 'denied',
    headline: evidence ? { key, evidence: c.evidence } : state.headline,
    subjects: subjects.reduce(addSorted, state.subjects),
    // Merging asks only whether another batch was told, and by the document being merged: a few suffice.
    addedBy:
      tellsAddition(core.type, c.status, c.evidence) && state.addedBy.length < MAX_ADDED_BY
        ? addSorted(state.addedBy, c.document)
        : state.addedBy,
    cited: c.cites.reduce(addSorted, state.cited),
  };
}

/** The state of an event's claims (sorted by `compareClaims`, citations linked), claim by claim. */
export function foldClaims(core: EventCore, claims: readonly EventClaim[], deps: SummaryDeps): EventState {
  return claims.reduce((s, c) => addClaim(s, core, c, deps), emptyState(core, deps));
}

/**
 * The state with its origins folded again from every claim of the event (sorted by `compareClaims`,
 * citations linked), as `foldClaims` folds them: linking citations changes only claims' links and
 * origins, so after a relink the rest of the state stands and only the origins are worked out again.
 */
export function withOriginsOf(state: EventState, claims: readonly EventClaim[]): EventState {
  const origins: OriginState[] = [];
  const at = new Map<string, number>();
  for (const c of claims) {
    const official = c.originKind === 'government' && state.parties.includes(c.origin);
    const i = at.get(c.origin);
    if (i === undefined) {
      at.set(c.origin, origins.length);
      origins.push(originWith(undefined, c, claimKey(c), official));
    } else origins[i] = originWith(origins[i], c, claimKey(c), official);
  }
  return { ...state, origins };
}

/** Each origin's final stance: its latest definite claim's, else its latest claim's. */
export function originStances(state: EventState): { name: string; stance: Stance; official: boolean }[] {
  return orderedOrigins(state).map((o) => ({
    name: o.name,
    stance: o.definite?.stance ?? o.latest.stance,
    official: o.latest.official,
  }));
}

function orderedOrigins(state: EventState): OriginState[] {
  return [...state.origins].sort((a, b) => compareKeys(a.first, b.first));
}

/** The event's origins as an event lists them: in the order of their first claims. */
export function stateOrigins(state: EventState): Origin[] {
  return orderedOrigins(state).map((o) => ({
    name: o.name,
    stance: o.definite?.stance ?? o.latest.stance,
    claims: o.claims,
    echoes: o.outlets,
    kind: o.kind,
    official: o.latest.official,
    speakers: o.speakers,
    documents: o.documents,
  }));
}

/** Whether a claim is official for an event's state: a government of the actor or target. */
function officialIn(state: EventState, c: EventClaim): boolean {
  return c.originKind === 'government' && state.parties.includes(c.origin);
}

// The origin without one of its claims (its document keeping another of the origin's claims or not), or
// null when only a fold over its other claims gives it: the claim was its first or set a stance, or the
// origin keeps no tally.
function originWithout(o: OriginState, c: EventClaim, documentKeeps: boolean): OriginState | null {
  const stance = [...stanceKey(c)] as Key;
  const setter =
    compareKeys(claimKey(c), o.first) === 0 ||
    compareStanceKeys(stance, o.latest.key) === 0 ||
    (o.definite !== null && compareStanceKeys(stance, o.definite.key) === 0);
  if (o.tally === undefined || setter) return null;
  const outlets = counted(o.tally.outlets, echoOf(c), -1);
  const speakers = counted(o.tally.speakers, c.source, -1);
  return {
    ...o,
    claims: o.claims - 1,
    outlets: o.outlets.filter((name) => name in outlets),
    speakers: o.speakers.filter((name) => name in speakers),
    documents: o.documents - (documentKeeps ? 0 : 1),
    tally: { outlets, speakers },
  };
}

/** A stored claim a relink moved to another origin (or kind): as it was, and as it is now. */
export interface OriginMove {
  readonly was: EventClaim;
  readonly now: EventClaim;
  /** Whether another claim of its document has, at this move, the origin it leaves; and the one it joins. */
  readonly documentKeeps: boolean;
  readonly documentHad: boolean;
}

/**
 * The state with a stored claim moved from one origin to another, as folding every claim again would
 * give it, and the origin it left when only a fold over that origin's claims gives it (the claim was
 * its first or set its stance): `withOriginFolded` then.
 */
export function withMove(state: EventState, move: OriginMove): { state: EventState; refold: string | null } {
  const { was, now } = move;
  const origins = [...state.origins];
  const from = origins.findIndex((o) => o.name === was.origin);
  const left = origins[from];
  const without = left === undefined ? null : originWithout(left, was, move.documentKeeps);
  if (without !== null) origins[from] = without;
  const to = origins.findIndex((o) => o.name === now.origin);
  const joined = origins[to];
  const next = originWith(joined, now, claimKey(now), officialIn(state, now));
  // Out of its document's turn: the document counts once, and the last one added stays the last.
  if (joined === undefined) origins.push(next);
  else
    origins[to] = {
      ...next,
      documents: joined.documents + (move.documentHad ? 0 : 1),
      lastDocument: joined.lastDocument,
    };
  return { state: { ...state, origins }, refold: without === null ? was.origin : null };
}

/**
 * The state with one origin folded again from its claims (sorted by `compareClaims`, as linked), as
 * `withOriginsOf` folds each origin; an origin left without claims is dropped.
 */
export function withOriginFolded(state: EventState, name: string, claims: readonly EventClaim[]): EventState {
  let folded: OriginState | undefined;
  for (const c of claims)
    if (c.origin === name) folded = originWith(folded, c, claimKey(c), officialIn(state, c));
  const origins = state.origins.filter((o) => o.name !== name);
  return { ...state, origins: folded === undefined ? origins : [...origins, folded] };
}
