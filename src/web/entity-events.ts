import type { EntityDetail } from '../api/entity-detail.js';
import { eventFilter } from '../api/event-filter.js';
import { type EventSummary, parseSummaries, summaryOf } from '../store/index.js';
import type { Store } from '../store/store.js';

// An entity page lists this many events of each role; the counts link to the whole filtered list.
const EVENTS_SHOWN = 20;
// A person's events are found through the documents that name them: this many are read.
const PERSON_DOCUMENTS = 20;

/** The events an entity takes part in, by role: as actor, as target, as the weapon, or speaking in them. */
export interface EntityEvents {
  readonly actor: readonly EventSummary[];
  readonly target: readonly EventSummary[];
  readonly weapon: readonly EventSummary[];
  readonly speaks: readonly EventSummary[];
}

async function filtered(store: Store, fields: Parameters<typeof eventFilter>[0]): Promise<EventSummary[]> {
  const listing = await store.listEventSummaries(eventFilter({ ...fields, limit: EVENTS_SHOWN }), {
    countUpTo: 0,
  });
  return parseSummaries(listing.events);
}

/** The events whose claims a person's statements carry, from the documents that name the person. */
async function spokenIn(store: Store, detail: EntityDetail): Promise<EventSummary[]> {
  const ids = new Set<string>();
  for (const summary of detail.documents.slice(0, PERSON_DOCUMENTS)) {
    const doc = await store.getDocument(summary.id);
    if (doc === null) continue;
    const theirs = new Set(
      doc.extraction.attributions.filter((a) => a.source.entity === detail.entity.id).map((a) => a.id),
    );
    for (const claim of doc.extraction.claims) {
      if (claim.source === null || !theirs.has(claim.source)) continue;
      const event = await store.eventOfClaim(doc.id, claim.id);
      if (event !== null) ids.add(event);
      if (ids.size >= EVENTS_SHOWN) break;
    }
  }
  const events = await Promise.all([...ids].map((id) => store.getEvent(id)));
  return events.flatMap((e) => (e === null ? [] : [summaryOf(e)]));
}

/** Reads the events of an entity for its page: a weapon's events, a state's as actor and target, a person's voice. */
export async function entityEvents(store: Store, detail: EntityDetail): Promise<EntityEvents> {
  const { id, kind } = detail.entity;
  const none: EventSummary[] = [];
  if (kind === 'weapon_system')
    return { actor: none, target: none, weapon: await filtered(store, { weapon: id }), speaks: none };
  if (kind === 'person')
    return { actor: none, target: none, weapon: none, speaks: await spokenIn(store, detail) };
  const [actor, target] = await Promise.all([
    filtered(store, { actor: id }),
    filtered(store, { target: id }),
  ]);
  return { actor, target, weapon: none, speaks: none };
}
