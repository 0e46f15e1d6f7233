import type { Event, EventFilter } from '../domain/event.js';
import type { Store } from '../store/store.js';

/** Which events an export takes: the events list's filters, and at most `max` of them (all by default). */
export type ExportFilter = Omit<Partial<EventFilter>, 'limit' | 'offset'> & { readonly max?: number };

const PAGE = 1000;

/** Reads every event a filter matches, a page at a time, through the store's public listing. */
export async function* readEvents(store: Store, filter: ExportFilter = {}): AsyncGenerator<Event> {
  const { max = Number.POSITIVE_INFINITY, ...fields } = filter;
  let seen = 0;
  for (let offset = 0; seen < max; offset += PAGE) {
    const limit = Math.min(PAGE, max - seen);
    const query: EventFilter = { sort: 'last_reported', ...fields, limit, offset };
    // Only the events are used: the count stops at once.
    const page = await store.listEvents(query, { countUpTo: 0 });
    for (const event of page.events) {
      seen += 1;
      yield event;
    }
    if (page.events.length < limit) return;
  }
}
