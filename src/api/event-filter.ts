import type { Event, EventFilter } from '../domain/event.js';
import type { Store } from '../store/store.js';

/** A page of events as the store lists them, with the total when the store counts it. */
export interface EventListing {
  readonly events: readonly Event[];
  readonly total: number | null;
}

/** The events methods of the store (issue 5), read through one seam so the app works before they land. */
export interface EventReader {
  listEvents(filter: EventFilter): Promise<EventListing>;
  getEvent(id: string): Promise<Event | null>;
}

type RawListing = readonly Event[] | { readonly events: readonly Event[]; readonly total?: number | null };

interface RawEventMethods {
  listEvents(filter: EventFilter): Promise<RawListing>;
  getEvent(id: string): Promise<Event | null>;
}

function isArray(listing: RawListing): listing is readonly Event[] {
  return Array.isArray(listing);
}

/** The store's events methods, or null when this store has none yet. */
export function eventReader(store: Store): EventReader | null {
  const methods = store as unknown as Partial<RawEventMethods>;
  const { listEvents, getEvent } = methods;
  if (typeof listEvents !== 'function' || typeof getEvent !== 'function') return null;
  return {
    async listEvents(filter) {
      const listing = await listEvents.call(store, filter);
      return isArray(listing)
        ? { events: listing, total: null }
        : { events: listing.events, total: listing.total ?? null };
    },
    getEvent: (id) => getEvent.call(store, id),
  };
}

/** A whole events filter with the defaults, for the few fields a caller sets. */
export function eventFilter(fields: Partial<EventFilter>): EventFilter {
  return { limit: 1000, offset: 0, sort: 'last_reported', ...fields };
}
