import type { EventClaim } from '../domain/event.js';
import type { Store } from '../store/index.js';
import { claimKey, compareKeys } from './event-state.js';
import { CITATION_DAYS_BEFORE, citedWithin, linkClaim } from './links.js';
import { compareClaims } from './timeline.js';

// Stored claims read to see whether a document changes earlier links, and the stories those may cite:
// claims near the new story's date, however big the event; past these, the event is linked whole. (At
// 200 and 400, a story retold ten thousand times passed them near every date and was linked whole.)
const RELINK_LIMIT = 5000;
const WIDE_STORY_LIMIT = 10_000;
// Claims whose origin a relink may move before the event is linked again whole instead.
const MOVE_LIMIT = 64;

/** Shifts a date (its day) by a number of days. */
export function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(day.slice(0, 10)) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The publication dates within which a claim of a document published on `day` may link to, or be linked
 * from, another (a day either side allows for the dates' forms); null for an undated document.
 */
export function linkSpan(day: string | null, before: number, after: number) {
  return day === null ? null : { from: shiftDays(day, -before - 1), to: shiftDays(day, after + 1) };
}

/** A claim's identity in its event. */
export function claimId(c: Pick<EventClaim, 'document' | 'claim'>): string {
  return `${c.document}#${c.claim}`;
}

/** Whether linking moved a claim to another origin (or kind of origin). */
function movedOrigin(a: EventClaim, b: EventClaim): boolean {
  return a.origin !== b.origin || a.originKind !== b.originKind;
}

/** The stored claims a document's new claims link again, as they were and as they are now. */
export interface Relinked {
  readonly was: readonly EventClaim[];
  readonly now: readonly EventClaim[];
}

// The claims of a pool sorted before a key, by outlet: the stories a claim of that key may cite.
export function storiesBefore(
  pool: readonly EventClaim[],
  key: ReturnType<typeof claimKey>,
): Map<string, EventClaim[]> {
  const byOutlet = new Map<string, EventClaim[]>();
  for (const s of pool) {
    if (s.outlet === null || compareKeys(claimKey(s), key) >= 0) continue;
    const list = byOutlet.get(s.outlet);
    if (list === undefined) byOutlet.set(s.outlet, [s]);
    else list.push(s);
  }
  return byOutlet;
}

/** Where a relink stands: the claims as this change leaves them (the new ones and those linked again). */
class Linking {
  readonly now = new Map<string, EventClaim>();
  readonly was = new Map<string, EventClaim>();

  constructor(
    readonly event: string,
    readonly store: Store,
    added: readonly EventClaim[],
  ) {
    for (const c of added) this.now.set(claimId(c), c);
  }

  /** The stored claims a claim's new place or origin may change: those citing its outlet shortly after it. */
  async dependents(t: EventClaim): Promise<EventClaim[] | 'whole'> {
    const outlet = t.outlet;
    if (outlet === null) return [];
    // Only claims sorted after it may cite it: none published before it (dates compare as text in both orders).
    const span = linkSpan(t.published, 0, CITATION_DAYS_BEFORE);
    const citing = await this.store.claimsNear({
      event: this.event,
      published: span === null || t.published === null ? span : { ...span, from: t.published },
      citing: outlet,
      limit: RELINK_LIMIT,
    });
    if (citing.length >= RELINK_LIMIT) return 'whole';
    const key = claimKey(t);
    return citing.filter(
      (c) =>
        c.document !== t.document &&
        c.cites.includes(outlet) &&
        compareKeys(key, claimKey(c)) < 0 &&
        citedWithin(c, t),
    );
  }

  /**
   * Links stored claims again (sorted by `compareClaims`) with the stories as this change leaves them;
   * returns those whose origin moved, or 'whole' when their stories are more than a bounded read.
   */
  async relink(claims: readonly EventClaim[]): Promise<EventClaim[] | 'whole'> {
    const first = claims[0]?.published;
    const last = claims[claims.length - 1]?.published;
    if (first == null || last == null) return 'whole';
    const outlets = [...new Set(claims.flatMap((c) => c.cites))];
    const stored = await this.store.claimsNear({
      event: this.event,
      published: { from: shiftDays(first, -CITATION_DAYS_BEFORE - 1), to: shiftDays(last, 2) },
      outlets,
      limit: WIDE_STORY_LIMIT,
    });
    if (stored.length >= WIDE_STORY_LIMIT) return 'whole';
    const ids = new Set(stored.map(claimId));
    const extra = [...this.now.values()].filter(
      (c) => !ids.has(claimId(c)) && outlets.includes(c.outlet ?? ''),
    );
    // Relinking changes no claim's place in the order: the pool is sorted once, its claims' versions read at each use.
    const sorted = [...stored, ...extra].sort(compareClaims);
    const moved: EventClaim[] = [];
    for (const c of claims) {
      const pool = sorted.map((s) => this.now.get(claimId(s)) ?? s);
      const was = this.was.get(claimId(c)) ?? c;
      const before = this.now.get(claimId(c)) ?? was;
      const next = linkClaim(was, storiesBefore(pool, claimKey(c)));
      if (next.linked === before.linked && !movedOrigin(next, before)) continue;
      this.was.set(claimId(c), was);
      this.now.set(claimId(c), next);
      if (movedOrigin(next, before)) moved.push(next);
    }
    return moved;
  }
}

/**
 * The stored claims whose links or origins a document's new claims (sorted, linked) change, as linking
 * the whole event again would give them: claims citing the new stories' outlet shortly after them,
 * then, for each claim whose origin moved, the claims citing its outlet shortly after it, and so on.
 * 'whole' when a read would pass its bound (or a claim is undated): then the event is linked whole.
 */
export async function relinked(
  event: string,
  cited: readonly string[],
  added: readonly EventClaim[],
  store: Store,
): Promise<Relinked | 'whole'> {
  const first = added[0];
  if (first === undefined || first.outlet === null || !cited.includes(first.outlet))
    return { was: [], now: [] };
  if (first.published === null) return 'whole';
  const linking = new Linking(event, store, added);
  let triggers: EventClaim[] = [first];
  let moves = 0;
  while (triggers.length > 0) {
    const due = new Map<string, EventClaim>();
    for (const t of triggers) {
      // A claim placed before every new one cites no new story and its stories' origins stay.
      const found = await linking.dependents(t);
      if (found === 'whole') return 'whole';
      const news = t === first ? added : [t];
      for (const c of found)
        if (news.some((n) => compareKeys(claimKey(n), claimKey(c)) < 0 && citedWithin(c, n)))
          due.set(claimId(c), linking.was.get(claimId(c)) ?? c);
    }
    if (due.size === 0) break;
    const moved = await linking.relink([...due.values()].sort(compareClaims));
    if (moved === 'whole') return 'whole';
    moves += moved.length;
    if (moves > MOVE_LIMIT || moved.some((c) => c.published === null)) return 'whole';
    triggers = moved;
  }
  const was = [...linking.was.values()].sort(compareClaims);
  return { was, now: was.map((c) => linking.now.get(claimId(c)) ?? c) };
}
