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

// The first index of a sorted list at which `before` stops holding (it holds for a prefix of the list).
function firstNot(list: readonly EventClaim[], from: number, before: (c: EventClaim) => boolean): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = list[mid];
    if (c !== undefined && before(c)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The stories of a sorted list a claim may cite, in order: the undated ones, then those published within
// the citation days before it (found by halving, as the list grows with the event), its own document's left out.
function* storiesFor(claim: EventClaim, list: readonly EventClaim[]): Generator<EventClaim> {
  const dated = firstNot(list, 0, (c) => (c.published ?? '') === '');
  const published = claim.published;
  const start =
    published === null
      ? dated
      : firstNot(
          list,
          dated,
          (c) =>
            c.published !== null &&
            c.published < published &&
            daysApart(c.published, published) > CITATION_DAYS_BEFORE,
        );
  const cites = (c: EventClaim | undefined): c is EventClaim =>
    c !== undefined && c.document !== claim.document && citedWithin(claim, c);
  for (let i = 0; i < dated; i++) if (cites(list[i])) yield list[i] as EventClaim;
  for (let i = start; i < list.length; i++) if (cites(list[i])) yield list[i] as EventClaim;
}

/** A claim as it was before linking gave it a story's origin: its own origin, the cited outlet. */
function unlinked(claim: EventClaim): EventClaim {
  const { originVia, ...rest } = claim;
  return originVia === undefined ? claim : { ...rest, origin: originVia, originKind: 'outlet' };
}

/**
 * Links one claim's cited-outlet hops, given the event's claims sorted before it by outlet (each list
 * sorted by `compareClaims`, each claim as its event holds it): the linking `linkCitations` does for each
 * claim in turn. A claim linked before is linked again from its own origin, so that the story it takes
 * last decides its origin, whichever story it took first.
 */
export function linkClaim(
  claim: EventClaim,
  byOutlet: ReadonlyMap<string, readonly EventClaim[]>,
): EventClaim {
  const own = unlinked(claim);
  let next = own;
  for (const cited of [...own.cites].reverse()) {
    let first: EventClaim | undefined;
    let story: EventClaim | undefined;
    for (const c of storiesFor(own, byOutlet.get(cited) ?? [])) {
      first ??= c;
      if (c.status === own.status) {
        story = c;
        break;
      }
    }
    story ??= first;
    if (story === undefined) continue;
    next = { ...next, linked: story.document };
    if (own.originKind === 'outlet' && own.origin === cited) {
      next = { ...next, origin: story.origin, originKind: story.originKind, originVia: cited };
    }
    return next;
  }
  // No story now: the claim stays as it was (stories are never taken out of an event).
  return claim;
}
