import type { Event, EventClaim, Origin } from '../domain/event.js';
import type { ClaimType, Weapon } from '../domain/extraction.js';
import { gradeEvent, type ReliabilityTable } from './grade.js';
import { linkCitations } from './links.js';
import { answers, DEFAULT_WINDOW_DAYS, daysApart, ownTime, type Phase } from './merge.js';
import { governmentName, type OriginNames } from './origins.js';
import { supports } from './status.js';
import { compareClaims, isTemporalEcho, replayTimeline } from './timeline.js';

/** What identifies an event apart from its claims: its id and its block. */
export interface EventCore {
  readonly id: string;
  readonly type: ClaimType;
  readonly phase: Phase;
  readonly actor: string | null;
  readonly target: string | null;
  readonly related?: readonly string[];
}

/** What summing up an event needs: names for the parties' governments, the reliability table, the window. */
export interface SummaryDeps {
  readonly names: OriginNames;
  readonly reliability: ReliabilityTable;
  readonly windowDays: number;
}

/**
 * The weapons of an event: each class and named system once, `unspecified` only when nothing else is
 * known; the one most claims name first, so a title can lead with it.
 */
export function eventWeapons(claims: readonly EventClaim[]): Weapon[] {
  const seen = new Map<string, Weapon>();
  const named = new Map<string, number>();
  for (const c of claims) {
    for (const w of c.weapons) {
      const k = `${w.class}|${w.system ?? ''}`;
      if (!seen.has(k)) seen.set(k, { class: w.class, system: w.system ?? null });
      named.set(k, (named.get(k) ?? 0) + 1);
    }
  }
  const count = (w: Weapon) => named.get(`${w.class}|${w.system ?? ''}`) ?? 0;
  // A stable sort: weapons named as often keep the order they were first named in.
  const all = [...seen.values()].sort((a, b) => count(b) - count(a));
  const specific = all.filter((w) => w.class !== 'unspecified');
  const pool = specific.length > 0 ? specific : all.slice(0, 1);
  // A class named with a system makes the same class without one redundant.
  const withSystem = new Set(pool.filter((w) => w.system).map((w) => w.class));
  return pool.filter((w) => w.system || !withSystem.has(w.class));
}

interface Span {
  readonly start: string;
  readonly end: string;
}

function bounds(times: readonly string[]): Span | null {
  if (times.length === 0) return null;
  const sorted = [...times].sort();
  return { start: sorted[0] as string, end: sorted.at(-1) as string };
}

/**
 * The time span of an event: from the earliest to the latest time its reports give (their own times),
 * counting the first report's date unless that report retells the event (dates it more than the
 * window before publication), and not later reports' dates (else a story reported for months would
 * drift). Denials' and non-confirmations' own times are when they answered, not when the event
 * happened: they count only when nothing else, not even a publication date, gives a time. The
 * first report's date never stretches the span past twice the window.
 */
export function eventSpan(
  claims: readonly EventClaim[],
  windowDays: number = DEFAULT_WINDOW_DAYS,
): { start: string | null; end: string | null } {
  const first = bounds(claims.flatMap((c) => (c.published === null ? [] : [c.published])))?.start ?? null;
  const retold = claims.some((c) => c.published === first && isTemporalEcho(c, windowDays));
  const times = (keep: (c: EventClaim) => boolean) =>
    claims.flatMap((c) => {
      const t = ownTime(c.status, c.time, c.published);
      return t !== null && keep(c) ? [t] : [];
    });
  const reported = times((c) => !answers(c.status));
  let span = bounds(reported);
  // A publication date only stands in for the event's time: it never stretches the span the claims'
  // own times give past twice the window (a story arriving late, a retelling).
  if (first !== null && !retold) {
    const withFirst = bounds([...reported, first]) as Span;
    if (span === null || daysApart(withFirst.start, withFirst.end) <= 2 * windowDays) span = withFirst;
  }
  span ??= bounds(times(() => true)) ?? bounds(first === null ? [] : [first]);
  return { start: span?.start ?? null, end: span?.end ?? null };
}

/** The time of an event: the earliest time its claims give, else its first publication date. */
export function eventTime(claims: readonly EventClaim[]): string | null {
  return eventSpan(claims).start;
}

function origins(
  claims: readonly EventClaim[],
  stances: ReturnType<typeof replayTimeline>['stances'],
): Origin[] {
  const groups = new Map<string, EventClaim[]>();
  for (const c of claims) {
    const list = groups.get(c.origin);
    if (list === undefined) groups.set(c.origin, [c]);
    else list.push(c);
  }
  return [...groups].map(([name, list]) => {
    const first = list[0] as EventClaim;
    const stance = stances.get(name);
    const outlets = new Set(list.flatMap((c) => (c.outlet !== null && c.outlet !== name ? [c.outlet] : [])));
    return {
      name,
      stance: stance?.stance ?? 'asserts',
      claims: list.length,
      echoes: [...outlets].sort(),
      kind: first.originKind,
      official: stance?.official ?? false,
      speakers: [...new Set(list.flatMap((c) => (c.source === null ? [] : [c.source])))].sort(),
      documents: new Set(list.map((c) => c.document)).size,
    };
  });
}

/**
 * Sums up an event from its claims: links cited outlets to stored stories, groups claims by origin,
 * derives the status and the timeline, grades it, and flags circular reporting (three or more
 * documents supporting it, all from one origin).
 */
export function summariseEvent(core: EventCore, claims: readonly EventClaim[], deps: SummaryDeps): Event {
  const sorted = linkCitations([...claims].sort(compareClaims));
  const parties = new Set(
    [core.actor, core.target].flatMap((c) => (c === null ? [] : [governmentName(deps.names, c)])),
  );
  const replay = replayTimeline(sorted, {
    type: core.type,
    phase: core.phase,
    windowDays: deps.windowDays,
    official: (c) => c.originKind === 'government' && parties.has(c.origin),
  });
  const list = origins(sorted, replay.stances);
  const graded = list.map((o) => ({ name: o.name, stance: o.stance, official: o.official, kind: o.kind }));
  const supporting = list.filter((o) => supports(o.stance));
  const supportingDocuments = new Set(
    sorted.filter((c) => supporting.some((o) => o.name === c.origin)).map((c) => c.document),
  );
  const ownVoice = new Set(
    list.filter((o) => o.kind === 'outlet' || o.kind === 'sources').map((o) => o.name),
  );
  const outlets = new Set(sorted.flatMap((c) => (c.outlet === null ? [] : [c.outlet])));
  const span = eventSpan(sorted, deps.windowDays);
  const published = sorted.flatMap((c) => (c.published === null ? [] : [c.published]));
  return {
    id: core.id,
    type: core.type,
    actor: core.actor,
    target: core.target,
    weapons: eventWeapons(sorted),
    status: replay.status,
    grade: gradeEvent(replay.status, graded, deps.reliability),
    independentOrigins: list.length,
    circular: supporting.length === 1 && supportingDocuments.size >= 3,
    origins: list,
    claims: sorted,
    timeline: replay.timeline,
    firstReported: published[0] ?? null,
    lastReported: published.at(-1) ?? null,
    eventTime: span.start,
    eventTimeEnd: span.end,
    phase: core.phase,
    echoes: [...outlets].filter((o) => !ownVoice.has(o)).sort(),
    reports: new Set(sorted.map((c) => c.document)).size,
    related: [...(core.related ?? [])],
  };
}
