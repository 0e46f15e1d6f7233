import type { EventClaim } from '../domain/event.js';
import type { EventChange, Store } from '../store/index.js';
import type { ChangedEvent } from './corroborate.js';
import { eventBlock } from './corroborate.js';
import { eventHead } from './event-head.js';
import { addClaim, claimKey, compareKeys, withOriginsOf } from './event-state.js';
import type { SummaryDeps } from './event-summary.js';
import { CITATION_DAYS_BEFORE, citedWithin, linkCitations, linkClaim } from './links.js';
import { compareClaims } from './timeline.js';

// Stored claims read to link a document's citations, and to see whether it changes earlier links: a
// story reported hundreds of times a week still costs a bounded read.
const STORY_LIMIT = 32;
const RELINK_LIMIT = 200;
const WIDE_STORY_LIMIT = 400;

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
 * The stored claims whose links a document's new claims change as stories of its outlet (a report
 * sorted after them, within the days a citation reaches back, citing that outlet): as linking the
 * whole event again would relink them. `whole` when that could change an origin (a report that had
 * no story yet takes the story's origin, which other links may follow) or when more claims than the
 * caps allow are concerned: then the event is linked again whole.
 */
async function relinked(
  changed: ChangedEvent,
  added: readonly EventClaim[],
  deps: LinkDeps,
): Promise<EventClaim[] | 'whole'> {
  const first = added[0];
  if (first === undefined || first.outlet === null || !changed.base.cited.includes(first.outlet)) return [];
  if (first.published === null) return 'whole';
  const outlet = first.outlet;
  const event = changed.core.id;
  const citing = await deps.store.claimsNear({
    event,
    published: linkSpan(first.published, 0, CITATION_DAYS_BEFORE),
    citing: outlet,
    limit: RELINK_LIMIT,
  });
  if (citing.length >= RELINK_LIMIT) return 'whole';
  const affected = citing.filter(
    (c) =>
      c.document !== first.document &&
      c.cites.includes(outlet) &&
      added.some((n) => compareKeys(claimKey(n), claimKey(c)) < 0 && citedWithin(c, n)),
  );
  if (affected.length === 0) return [];
  const stories = await deps.store.claimsNear({
    event,
    published: linkSpan(first.published, CITATION_DAYS_BEFORE, CITATION_DAYS_BEFORE + 1),
    outlets: [...new Set(affected.flatMap((c) => c.cites))],
    limit: WIDE_STORY_LIMIT,
  });
  if (stories.length >= WIDE_STORY_LIMIT) return 'whole';
  const pool = [...stories, ...added].sort(compareClaims);
  const out: EventClaim[] = [];
  for (const c of affected) {
    const next = linkClaim(c, storiesBefore(pool, claimKey(c)));
    if (next.origin !== c.origin || next.originKind !== c.originKind) return 'whole';
    if (next.linked !== c.linked) out.push(next);
  }
  return out;
}

// The claims of a pool sorted before a key, by outlet: the stories a claim of that key may cite.
function storiesBefore(
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
  return added.map((claim) => linkClaim(claim, storiesBefore(stories, claimKey(claim))));
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
  const linked = await linkAdded(changed, added, deps);
  const relinks = await relinked(changed, linked, deps);
  // Relinked stored claims keep their origins, and linking changes nothing else the state sums up.
  for (const c of linked) state = addClaim(state, core, c, deps);
  if (relinks === 'whole') {
    const stored = await deps.store.eventClaims(core.id);
    const all = linkCitations([...stored, ...added].sort(compareClaims));
    state = withOriginsOf(state, all);
    // Linking sets only a claim's link and origin: a stored claim is written again when one of them moved.
    const before = new Map(stored.map((c) => [`${c.document}#${c.claim}`, c]));
    claims = all.filter((c) => {
      const was = before.get(`${c.document}#${c.claim}`);
      return (
        was === undefined ||
        was.linked !== c.linked ||
        was.origin !== c.origin ||
        was.originKind !== c.originKind
      );
    });
  } else claims = [...linked, ...relinks];
  const head = eventHead(core, state, deps);
  return { head, state, block: eventBlock(head), claims };
}
