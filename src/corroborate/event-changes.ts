import type { EventClaim } from '../domain/event.js';
import type { EventChange, Store } from '../store/index.js';
import type { ChangedEvent } from './corroborate.js';
import { eventBlock } from './corroborate.js';
import { eventHead } from './event-head.js';
import { addClaim, claimKey, compareKeys, foldClaims } from './event-state.js';
import type { SummaryDeps } from './event-summary.js';
import { CITATION_DAYS_BEFORE, citedWithin, linkCitations, linkClaim } from './links.js';
import { compareClaims } from './timeline.js';

// Stored claims read to link a document's citations, and to see whether it changes earlier links: a
// story reported hundreds of times a week still costs a bounded read.
const STORY_LIMIT = 200;
const RELINK_LIMIT = 50;

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(day.slice(0, 10)) + days * 86_400_000).toISOString().slice(0, 10);
}

// The publication dates within which a claim of a document published on `day` may link to, or be linked
// from, another (a day either side allows for the dates' forms); null for an undated document.
function linkSpan(day: string | null, before: number, after: number) {
  return day === null ? null : { from: shiftDays(day, -before - 1), to: shiftDays(day, after + 1) };
}

/** What linking a document's new claims needs: the store, to read the claims they may cite or be cited by. */
interface LinkDeps extends SummaryDeps {
  readonly store: Store;
}

/**
 * Whether a new claim, as a story of its outlet, may change how a stored claim sorted after it links
 * its citations: then the event's citations are linked again whole (rare: a story arriving after the
 * report citing it).
 */
async function relinks(
  changed: ChangedEvent,
  added: readonly EventClaim[],
  deps: LinkDeps,
): Promise<boolean> {
  const first = added[0];
  if (first === undefined || first.outlet === null || !changed.base.cited.includes(first.outlet))
    return false;
  if (first.published === null) return true;
  const citing = await deps.store.claimsNear({
    event: changed.core.id,
    published: linkSpan(first.published, 0, CITATION_DAYS_BEFORE),
    citing: first.outlet,
    limit: RELINK_LIMIT,
  });
  // Past the limit, linking the whole event again is the safe side.
  if (citing.length >= RELINK_LIMIT) return true;
  return citing.some(
    (c) =>
      c.document !== first.document &&
      c.cites.includes(first.outlet as string) &&
      added.some((n) => compareKeys(claimKey(n), claimKey(c)) < 0 && citedWithin(c, n)),
  );
}

// Links the new claims (all of one document) to the stored stories they cite, as `linkCitations` over
// the whole event would: their stories are stored claims of the cited outlets sorted before them, the
// earliest first (the first of the same status is taken, else the first).
async function linkAdded(
  changed: ChangedEvent,
  added: readonly EventClaim[],
  deps: LinkDeps,
): Promise<EventClaim[]> {
  const outlets = [...new Set(added.flatMap((c) => c.cites))];
  if (outlets.length === 0 || changed.created) return [...added];
  const published = added[0]?.published ?? null;
  const stories = (
    await deps.store.claimsNear({
      event: changed.core.id,
      published: linkSpan(published, CITATION_DAYS_BEFORE, 1),
      outlets,
      limit: STORY_LIMIT,
    })
  ).sort(compareClaims);
  return added.map((claim) => {
    const key = claimKey(claim);
    const byOutlet = new Map<string, EventClaim[]>();
    for (const s of stories) {
      if (s.outlet === null || compareKeys(claimKey(s), key) >= 0) continue;
      const list = byOutlet.get(s.outlet);
      if (list === undefined) byOutlet.set(s.outlet, [s]);
      else list.push(s);
    }
    return linkClaim(claim, byOutlet);
  });
}

/**
 * The change to write for an event a document changed: its new claims linked to the stories they
 * cite, its state with them added, and its head from that state. Reads only the event's claims near
 * the document's date, unless a new story changes how stored claims link (then its claims whole).
 */
export async function eventChange(changed: ChangedEvent, deps: LinkDeps): Promise<EventChange> {
  const { core, base } = changed;
  const added = [...changed.added].sort(compareClaims);
  let claims: EventClaim[];
  let state = base;
  if (await relinks(changed, added, deps)) {
    const stored = await deps.store.eventClaims(core.id);
    const before = new Map(stored.map((c) => [`${c.document}#${c.claim}`, JSON.stringify(c)]));
    const linked = linkCitations([...stored, ...added].sort(compareClaims));
    state = foldClaims(core, linked, deps);
    claims = linked.filter((c) => before.get(`${c.document}#${c.claim}`) !== JSON.stringify(c));
  } else {
    claims = await linkAdded(changed, added, deps);
    for (const c of claims) state = addClaim(state, core, c, deps);
  }
  const head = eventHead(core, state, deps);
  return { head, state, block: eventBlock(head), claims };
}
