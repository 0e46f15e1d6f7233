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

/**
 * How long an event was reported over, stored as `report_span` so that a date window reads each class
 * along its own range: an event reported on one day matches a window exactly when that day lies in it.
 */
export const ReportSpan = {
  /** First and last report on the same day, or undated. */
  oneDay: 0,
  /** More than one day, at most SHORT_SPAN_DAYS. */
  short: 1,
  /** Longer, or a date that cannot be read. */
  long: 2,
} as const;
export type ReportSpan = (typeof ReportSpan)[keyof typeof ReportSpan];

/** The span class of an event first and last reported on these days. */
export function reportSpan(first: string | null, last: string | null): ReportSpan {
  if (first === null || last === null || first === last) return ReportSpan.oneDay;
  const days = dayNumber(last) - dayNumber(first);
  return days <= SHORT_SPAN_DAYS ? ReportSpan.short : ReportSpan.long;
}

/** A `YYYY-MM-DD` date plus some days, or null for a date that cannot be read (2023-13-01) or a sum past 9999. */
export function addDays(date: string, days: number): string | null {
  const day = dayNumber(date) + days;
  if (!Number.isFinite(day)) return null;
  const sum = new Date(day * DAY_MS).toISOString();
  // Past the year 9999 the ISO form grows a sign and two digits, and no longer sorts as a date.
  return /^\d{4}-/.test(sum) ? sum.slice(0, 10) : null;
}

/** The terms the weapon filter finds an event by: each class and each named system, lower-cased. */
export function weaponTermsOf(event: Pick<Event, 'weapons'>): string[] {
  const terms = new Set<string>();
  for (const w of event.weapons) {
    terms.add(w.class.toLowerCase());
    if (w.system) terms.add(w.system.toLowerCase());
  }
  return [...terms];
}
