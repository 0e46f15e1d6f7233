import type { EventClaim } from '../domain/event.js';
import type { Store } from '../store/index.js';
import { claimKey, compareKeys } from './event-state.js';
import { CITATION_DAYS_BEFORE, citedWithin, linkClaim } from './links.js';
import { shiftDays, storiesBefore } from './relink.js';
import { compareClaims } from './timeline.js';

// Stories read a page at a time: nearly always the first page holds the story a claim takes.
const PAGE = 32;

/** Where a claim stands in the order pages are read: its date (undated first), then its document. */
function groupOf(c: EventClaim): readonly [string, string] {
  return [c.published ?? '', c.document];
}

function groupBefore(a: EventClaim, b: EventClaim): boolean {
  const [pa, da] = groupOf(a);
  const [pb, db] = groupOf(b);
  return pa !== pb ? pa < pb : da < db;
}

/**
 * The stories of one cited outlet the new claims (all of one document) may take, read in pages from
 * the earliest until every status they ask for has its first story (else to the end of the span): the
 * stories `linkClaim` would choose among over the whole event, whatever their number near that date.
 */
async function storiesOf(
  event: string,
  outlet: string,
  added: readonly EventClaim[],
  store: Store,
): Promise<EventClaim[]> {
  const first = added[0] as EventClaim;
  const key = claimKey(first);
  const published = first.published;
  // A story is published before its citing report (so no later than it) and within the citation days.
  const span =
    published === null ? null : { from: shiftDays(published, -CITATION_DAYS_BEFORE - 1), to: published };
  const wanted = new Set(added.filter((c) => c.cites.includes(outlet)).map((c) => c.status));
  const stories: EventClaim[] = [];
  let after: EventClaim | undefined;
  for (;;) {
    const query = { event, published: span, outlets: [outlet], limit: PAGE };
    const page = await store.claimsNear(after === undefined ? query : { ...query, after });
    stories.push(...page);
    const last = page.at(-1);
    if (page.length < PAGE || last === undefined || compareKeys(claimKey(last), key) >= 0) return stories;
    // Pages end inside a document's claims: only the documents before the last one are read whole, and a
    // status whose first story lies among them needs no further page.
    for (const s of stories)
      if (groupBefore(s, last) && s.document !== first.document && citedWithin(first, s))
        wanted.delete(s.status);
    if (wanted.size === 0) return stories;
    after = last;
  }
}

/**
 * Links a document's new claims to the stored stories they cite, exactly as `linkCitations` over the
 * whole event would: each takes, of its last cited outlet with a story published within the citation
 * days before it, the earliest story of its own status, else the earliest. Reads those outlets' stories
 * in that span in pages, only as far as the statuses asked for need.
 */
export async function linkAdded(
  event: string,
  added: readonly EventClaim[],
  store: Store,
): Promise<EventClaim[]> {
  const outlets = [...new Set(added.flatMap((c) => c.cites))];
  if (outlets.length === 0 || added.length === 0) return [...added];
  const stories: EventClaim[] = [];
  for (const outlet of outlets) stories.push(...(await storiesOf(event, outlet, added, store)));
  stories.sort(compareClaims);
  return added.map((claim) => linkClaim(claim, storiesBefore(stories, claimKey(claim))));
}
