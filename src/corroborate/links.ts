import type { EventClaim } from '../domain/event.js';
import { daysApart } from './merge.js';

/** How many days before the citing report a cited outlet's story may have been published. */
export const CITATION_DAYS_BEFORE = 7;

/** Whether a cited outlet's story was published close enough before the citing report to be the one it cites. */
export function citedWithin(citing: EventClaim, cited: EventClaim): boolean {
  if (citing.published === null || cited.published === null) return true;
  // The cited story comes first; a day after allows for time zones and late dating.
  if (cited.published > citing.published) return daysApart(cited.published, citing.published) <= 1;
  return daysApart(cited.published, citing.published) <= CITATION_DAYS_BEFORE;
}

/**
 * Links the cited-outlet hops of an event's claims (sorted by publication) to the stored stories of
 * that outlet in the same event, published shortly before; a claim whose origin is the cited outlet
 * takes the origin of the linked story ("Reuters reported" -> the sources of Reuters).
 */
export function linkCitations(claims: readonly EventClaim[]): EventClaim[] {
  const byOutlet = new Map<string, EventClaim[]>();
  const out: EventClaim[] = [];
  for (const claim of claims) {
    const next = linkClaim(claim, byOutlet);
    out.push(next);
    if (claim.outlet !== null) {
      const list = byOutlet.get(claim.outlet) ?? [];
      list.push(next);
      byOutlet.set(claim.outlet, list);
    }
  }
  return out;
}

/**
 * Links one claim's cited-outlet hops, given the event's claims sorted before it by outlet (each as
 * its event holds it): the linking `linkCitations` does for each claim in turn.
 */
export function linkClaim(
  claim: EventClaim,
  byOutlet: ReadonlyMap<string, readonly EventClaim[]>,
): EventClaim {
  let next = claim;
  for (const cited of [...claim.cites].reverse()) {
    const stories = (byOutlet.get(cited) ?? []).filter(
      (c) => c.document !== claim.document && citedWithin(claim, c),
    );
    const story = stories.find((c) => c.status === claim.status) ?? stories[0];
    if (story === undefined) continue;
    next = { ...next, linked: story.document };
    if (claim.originKind === 'outlet' && claim.origin === cited) {
      next = { ...next, origin: story.origin, originKind: story.originKind };
    }
    break;
  }
  return next;
}
