import {
  eventBlock,
  eventPhase,
  type SummaryDeps,
  summariseEvent,
  updateEvents,
} from '../corroborate/index.js';
import type { SourceDocument } from '../domain/document.js';
import type { Event, EventClaim } from '../domain/event.js';
import { NotFoundError } from '../errors.js';
import type { Store, StoredDocument } from '../store/index.js';

/** What deriving events again needs: a store (in a transaction) and corroboration's dependencies. */
export interface RederiveDeps extends SummaryDeps {
  readonly store: Store;
}

function sourceOf(stored: StoredDocument): SourceDocument {
  const { id, published, outlet, title, url, text, origin, format, warnings } = stored;
  return { id, published, outlet, title, url, text, origin, format, warnings: [...warnings] };
}

/** An event summed up again over other claims: its status, origins, grade and timeline derived anew. */
export function resummarise(event: Event, claims: readonly EventClaim[], deps: SummaryDeps): Event {
  const phase = eventPhase(
    event.type,
    event.phase,
    claims.map((c) => c.status),
  );
  const { id, type, actor, target, related } = event;
  return summariseEvent({ id, type, phase, actor, target, related }, claims, deps);
}

/** Reads an event that must exist. */
export async function eventOrThrow(store: Store, id: string): Promise<Event> {
  const event = await store.getEvent(id);
  if (event === null) throw new NotFoundError(`no event ${id}`);
  return event;
}

/**
 * Deletes events and mends the links of the events related to them (links go both ways): each link to a
 * deleted event goes to its replacement (the event it was merged into), or away.
 */
export async function deleteEvents(
  store: Store,
  gone: readonly Event[],
  replacement: string | null = null,
): Promise<void> {
  const ids = new Set(gone.map((e) => e.id));
  const mended: Event[] = [];
  for (const id of new Set(gone.flatMap((e) => e.related))) {
    const other = ids.has(id) || id === replacement ? null : await store.getEvent(id);
    if (other === null) continue;
    const related = other.related.flatMap((r) =>
      ids.has(r) ? (replacement === null ? [] : [replacement]) : [r],
    );
    mended.push({ ...other, related: [...new Set(related)].sort() });
  }
  await store.deleteEvents([...ids]);
  // Only the links change: the rest of each event (and its summary) stays as it was derived.
  await store.saveEvents(
    mended.map((event) => ({ event, block: eventBlock(event) })),
    [],
  );
}

/** The events a stored document's claims are merged into. */
export async function eventsOfDocument(store: Store, stored: StoredDocument): Promise<string[]> {
  const events = new Set<string>();
  for (const claim of stored.extraction.claims) {
    const event = await store.eventOfClaim(stored.id, claim.id);
    if (event !== null) events.add(event);
  }
  return [...events].sort();
}

/**
 * Merges a document into the events again, as its corrections now read it: its claims leave the events
 * they were in (each summed up again, or deleted when left with none), then it is merged as a new
 * document is, through the overlay. Run it inside a transaction.
 */
export async function rederiveDocument(stored: StoredDocument, deps: RederiveDeps): Promise<void> {
  const { store } = deps;
  const kept: Event[] = [];
  const emptied: Event[] = [];
  for (const id of await eventsOfDocument(store, stored)) {
    const event = await eventOrThrow(store, id);
    const rest = event.claims.filter((c) => c.document !== stored.id);
    if (rest.length === 0) emptied.push(event);
    else kept.push(resummarise(event, rest, deps));
  }
  await store.removePlacements(stored.id);
  await deleteEvents(store, emptied);
  await store.saveEvents(
    kept.map((event) => ({ event, block: eventBlock(event) })),
    [],
  );
  await updateEvents(sourceOf(stored), stored.extraction, deps);
}
