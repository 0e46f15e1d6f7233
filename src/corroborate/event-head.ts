import type { Event, EventClaim } from '../domain/event.js';
import type { Weapon, WeaponClass } from '../domain/extraction.js';
import { compareKeys, type EventState, originStances, stateOrigins, widen } from './event-state.js';
import type { EventCore, SummaryDeps } from './event-summary.js';
import { gradeEvent } from './grade.js';
import { daysApart, eventPhase } from './merge.js';
import { deriveStatus, supports } from './status.js';
import { compareClaims, replayTimeline } from './timeline.js';

/** An event without its claims and timeline: all a list or a merge reads of it. */
export type EventHead = Omit<Event, 'claims' | 'timeline'>;

/** The weapons of an event from its state, as `eventWeapons` gives them from its claims. */
export function stateWeapons(state: EventState): Weapon[] {
  const seen = [...state.weapons].sort((a, b) => compareKeys(a.first, b.first) || a.at - b.at);
  const all = seen
    .sort((a, b) => b.count - a.count)
    .map((w) => ({ class: w.class as WeaponClass, system: w.system }));
  const specific = all.filter((w) => w.class !== 'unspecified');
  const pool = specific.length > 0 ? specific : all.slice(0, 1);
  const withSystem = new Set(pool.filter((w) => w.system).map((w) => w.class));
  return pool.filter((w) => w.system || !withSystem.has(w.class));
}

/** The time span of an event from its state, as `eventSpan` gives it from its claims. */
export function stateSpan(state: EventState): { start: string | null; end: string | null } {
  const first = state.firstPublished;
  let span: readonly [string, string] | null = state.reported;
  if (first !== null && !state.firstRetold) {
    const withFirst = widen(state.reported, first);
    if (span === null || daysApart(withFirst[0], withFirst[1]) <= 2 * state.windowDays) span = withFirst;
  }
  span ??= state.own ?? (first === null ? null : [first, first]);
  return { start: span?.[0] ?? null, end: span?.[1] ?? null };
}

/** The phase of an event from its state (`eventPhase` over its claims' statuses). */
export function statePhase(core: EventCore, state: EventState): EventCore['phase'] {
  const statuses = [
    ...(state.announced ? (['planned'] as const) : []),
    ...(state.done ? (['asserted'] as const) : []),
  ];
  return eventPhase(core.type, core.phase, statuses);
}

/**
 * The event its state sums up, without claims and timeline: status from each origin's final stance,
 * grade, origins, weapons, span and counts, the same as `summariseEvent` over every claim.
 */
export function eventHead(
  core: EventCore,
  state: EventState,
  deps: Pick<SummaryDeps, 'reliability'>,
): EventHead {
  const phase = statePhase(core, state);
  const stances = originStances(state);
  const status = deriveStatus(core.type, phase, stances);
  const origins = stateOrigins(state);
  const graded = origins.map((o) => ({ name: o.name, stance: o.stance, official: o.official, kind: o.kind }));
  const supporting = origins.filter((o) => supports(o.stance));
  const ownVoice = new Set(
    origins.filter((o) => o.kind === 'outlet' || o.kind === 'sources').map((o) => o.name),
  );
  const span = stateSpan(state);
  return {
    id: core.id,
    type: core.type,
    actor: core.actor,
    target: core.target,
    weapons: stateWeapons(state),
    status,
    grade: gradeEvent(status, graded, deps.reliability),
    independentOrigins: origins.length,
    // One supporting origin: its documents are all the documents supporting the event.
    circular: supporting.length === 1 && (supporting[0]?.documents ?? 0) >= 3,
    origins,
    firstReported: state.firstPublished,
    lastReported: state.lastPublished,
    eventTime: span.start,
    eventTimeEnd: span.end,
    phase,
    echoes: state.outlets.filter((o) => !ownVoice.has(o)),
    reports: state.reports,
    related: [...(core.related ?? [])],
  };
}

/** A whole event from its head, its state and its claims (any order; citations linked): the timeline is replayed here. */
export function assembleEvent(head: EventHead, state: EventState, claims: readonly EventClaim[]): Event {
  const sorted = [...claims].sort(compareClaims);
  const parties = new Set(state.parties);
  const replay = replayTimeline(sorted, {
    type: head.type,
    phase: head.phase,
    windowDays: state.windowDays,
    official: (c) => c.originKind === 'government' && parties.has(c.origin),
  });
  const { related, reports, echoes, phase, eventTimeEnd, eventTime, lastReported, firstReported, ...rest } =
    head;
  return {
    ...rest,
    claims: sorted,
    timeline: replay.timeline,
    firstReported,
    lastReported,
    eventTime,
    eventTimeEnd,
    phase,
    echoes,
    reports,
    related,
  };
}
