import type { Event } from '../domain/event.js';

/**
 * Events whose first and last report lie at most this many days apart are "short": a date window's
 * query bounds their scan by it, and looks at the few long ones apart.
 */
export const SHORT_SPAN_DAYS = 30;

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) / DAY_MS : Number.NaN;
}

/** Whether an event was reported over more than SHORT_SPAN_DAYS; an unreadable date counts as long, an undated event as short. */
export function isLongSpan(first: string | null, last: string | null): boolean {
  if (first === null || last === null) return false;
  const days = dayNumber(last) - dayNumber(first);
  return !(days <= SHORT_SPAN_DAYS);
}

/** A `YYYY-MM-DD` date plus some days. */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The terms the weapon filter finds an event by: each class and each named system, lower-cased. */
export function weaponTermsOf(event: Event): string[] {
  const terms = new Set<string>();
  for (const w of event.weapons) {
    terms.add(w.class.toLowerCase());
    if (w.system) terms.add(w.system.toLowerCase());
  }
  return [...terms];
}
