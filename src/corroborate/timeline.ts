import type { EventClaim, EventStatus, TimelineEntry } from '../domain/event.js';
import { daysApart, type Phase } from './merge.js';
import { deriveStatus, type OriginStance, type Stance, stanceOf, supports } from './status.js';

function claimNumber(id: string): number {
  const n = Number(id.replace(/^\D+/, ''));
  return Number.isFinite(n) ? n : 0;
}

/** Orders claims by publication date (undated first), then document id, then claim number. */
export function compareClaims(a: EventClaim, b: EventClaim): number {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.document !== b.document) return a.document < b.document ? -1 : 1;
  return claimNumber(a.claim) - claimNumber(b.claim);
}

/** Whether a stance says something definite: it supports or denies, rather than doubts. */
export function definite(stance: Stance): boolean {
  return stance !== 'unconfirmed' && stance !== 'hedges';
}

/** What replaying an event's claims needs besides the claims. */
export interface ReplayContext {
  readonly type: string;
  readonly phase: Phase;
  readonly windowDays: number;
  /** Whether an origin is a government of the event's actor or target. */
  official(claim: EventClaim): boolean;
}

/** The outcome of a replay: the history, each origin's latest stance, and the final status. */
export interface Replay {
  readonly timeline: TimelineEntry[];
  readonly stances: ReadonlyMap<string, OriginStance>;
  readonly status: EventStatus;
}

/** Whether a claim retells, as news, an event it dates more than the window before its publication. */
export function isTemporalEcho(claim: EventClaim, windowDays: number): boolean {
  return (
    claim.time !== null &&
    claim.published !== null &&
    claim.published > claim.time &&
    daysApart(claim.published, claim.time) > windowDays
  );
}

/** Where a claim's stance stands in time: its publication date, document and claim number. */
export type StanceKey = readonly [string, string, number];

/**
 * Where a claim's stance sorts among its origin's: by publication, but a recap (`retrospective`, "at
 * first denied") by the date the text gives its stance, or before every dated stance when it gives none,
 * so that a recap published today does not reopen what a later stance settled.
 */
export function stanceKey(
  c: Pick<EventClaim, 'published' | 'document' | 'claim' | 'retrospective' | 'stated'>,
): StanceKey {
  const date = c.retrospective ? (c.stated ?? '') : (c.published ?? '');
  return [date, c.document, claimNumber(c.claim)];
}

/** Compares two stance keys, earlier first. */
export function compareStanceKeys(a: StanceKey, b: StanceKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] - b[2];
}

/**
 * Replays an event's claims in publication order (sort them with `compareClaims` first): each
 * origin's stance is its latest claim's, a doubt never replacing an assertion or a denial; the timeline keeps the first report, each change of status
 * with the claim that caused it, each new denial, each new confirmation, and retellings.
 */
export function replayTimeline(claims: readonly EventClaim[], ctx: ReplayContext): Replay {
  const stances = new Map<string, OriginStance>();
  const timeline: TimelineEntry[] = [];
  const setters = new Map<string, StanceKey>();
  let status: EventStatus | null = null;
  for (const claim of claims) {
    const previous = stances.get(claim.origin);
    const said = stanceOf(claim.status);
    const key = stanceKey(claim);
    const setter = setters.get(claim.origin);
    const older = previous !== undefined && setter !== undefined && compareStanceKeys(key, setter) < 0;
    // Declining to confirm, or hedging, does not take back what an origin asserted or denied.
    const stance =
      previous !== undefined && (older || (definite(previous.stance) && !definite(said)))
        ? previous.stance
        : said;
    if (!older && stance === said) setters.set(claim.origin, key);
    const official = ctx.official(claim);
    stances.set(claim.origin, { name: claim.origin, stance, official });
    const next = deriveStatus(ctx.type, ctx.phase, [...stances.values()]);
    const changedStance = previous?.stance !== stance;
    const entry = (kind: TimelineEntry['kind'], note: string): void => {
      timeline.push({
        date: claim.published,
        status: next,
        kind,
        document: claim.document,
        claim: claim.claim,
        outlet: claim.outlet,
        note,
      });
    };
    const who =
      claim.source !== null && claim.source !== claim.origin
        ? `${claim.origin} (${claim.source})`
        : claim.origin;
    if (status === null) entry('first_report', `${who}: ${claim.status}`);
    else if (next !== status) entry('status_change', `${who}: ${claim.status}; ${status} -> ${next}`);
    else if (stance === 'denies' && changedStance) entry('denial', `${who} denies`);
    else if (supports(stance) && changedStance) entry('confirmation', `${who}: ${claim.status}`);
    else if (older) entry('report', `${who} retells an earlier stance: ${claim.status}`);
    else if (isTemporalEcho(claim, ctx.windowDays)) entry('report', `retells an event of ${claim.time}`);
    status = next;
  }
  return { timeline, stances, status: status ?? deriveStatus(ctx.type, ctx.phase, []) };
}
