import type { EventFilter } from '../domain/event.js';

/** A whole events filter with the defaults, for the few fields a caller sets. */
export function eventFilter(fields: Partial<EventFilter>): EventFilter {
  return { limit: 1000, offset: 0, sort: 'last_reported', ...fields };
}
