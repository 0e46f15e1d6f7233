import * as chrono from 'chrono-node';
import type { ClaimTime } from '../domain/extraction.js';
import { isFuture } from './status.js';
import type { Parsed, Sentence } from './text.js';

const DATE_LIKE =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(last|next|this|ago|yesterday|today|tomorrow|earlier|previous|coming)\b/i;

/**
 * chrono-node's casual English without its time-of-day parsers and time-zone refiners: claims are dated to
 * the day, and those parsers cost five times what the date parsers cost together. Without them "the night
 * of May 16" is May 16 rather than tonight.
 */
const TIME_OF_DAY = /^EN(?:TimeExpression|CasualTime)Parser$|Timezone/;
const dates = chrono.en.casual.clone();
dates.parsers = dates.parsers.filter((p) => !TIME_OF_DAY.test(p.constructor.name));
dates.refiners = dates.refiners.filter((r) => !TIME_OF_DAY.test(r.constructor.name));

// Many documents of one day carry the same date phrases; chrono-node's answer depends on nothing else.
// The cache stays small: a batch of one day's news fits, and a large one cost more in garbage collection
// (the benchmark's CPU time, 7% of extraction at 50,000 entries) than the parses it saved.
const CACHE_SIZE = 2_000;
const chronoCache = new Map<string, ClaimTime | null>();

function chronoCached(window: string, published: string | null, ref: Date | undefined): ClaimTime | null {
  const key = `${published ?? ''}|${window}`;
  const known = chronoCache.get(key);
  if (known !== undefined) return known;
  const hit = dates.parse(window, ref ? { instant: ref, timezone: 0 } : undefined)[0];
  const found: ClaimTime | null = hit
    ? {
        start: hit.start.date().toISOString().slice(0, 10),
        end: hit.end ? hit.end.date().toISOString().slice(0, 10) : null,
        text: hit.text,
      }
    : null;
  if (chronoCache.size > CACHE_SIZE) chronoCache.clear();
  chronoCache.set(key, found);
  return found;
}

/** What one date entity gives: a time, or nothing to take (read on to the next entity). */
type Resolved = ClaimTime | 'skip';

/** Per parsed body, the date entities of each sentence and what each resolves to (each resolved once). */
interface SentenceTimes {
  readonly entities: readonly number[];
  readonly resolved: Map<number, Resolved>;
}

const memo = new WeakMap<Parsed, Map<number, SentenceTimes>>();

function sentenceTimes(parsed: Parsed, s: Sentence): SentenceTimes {
  let bySentence = memo.get(parsed);
  if (!bySentence) {
    bySentence = new Map();
    memo.set(parsed, bySentence);
  }
  let known = bySentence.get(s.i);
  if (!known) {
    const entities: number[] = [];
    parsed.numbers.forEach((e, i) => {
      if (e.first >= s.first && e.first <= s.last && (e.type === 'DATE' || e.type === 'DURATION'))
        entities.push(i);
    });
    known = { entities, resolved: new Map() };
    bySentence.set(s.i, known);
  }
  return known;
}

/**
 * The first date or period a sentence names, resolved against the publication date; `admit` keeps only
 * dates at tokens it accepts (those of the event's own clause, see `belongsTo`).
 */
export function timeIn(
  parsed: Parsed,
  s: Sentence,
  published: string | null,
  admit?: (first: number) => boolean,
): ClaimTime | null {
  const times = sentenceTimes(parsed, s);
  for (const i of times.entities) {
    const e = parsed.numbers[i];
    if (e === undefined || (admit !== undefined && !admit(e.first))) continue;
    let r = times.resolved.get(i);
    if (r === undefined) {
      r = resolveEntity(parsed, s, published, e) ?? 'skip';
      times.resolved.set(i, r);
    }
    if (r !== 'skip') return r;
  }
  return null;
}

/** What one date entity of a sentence resolves to, or null when it is none chrono or the rules can place. */
function resolveEntity(
  parsed: Parsed,
  s: Sentence,
  published: string | null,
  e: Parsed['numbers'][number],
): ClaimTime | null {
  // chrono is the costly part of extraction: only dates it can place are worth its time.
  if (!DATE_LIKE.test(e.text)) return published ? { start: null, end: null, text: e.text } : null;
  const simple = published ? relativeDate(e.text, published) : null;
  if (simple) return simple;
  // "in 2022", "since 2015": chrono-node places no bare year either.
  if (BARE_YEAR.test(e.text.trim())) return published ? { start: null, end: null, text: e.text } : null;
  const calendar = published ? calendarDate(e.text, published) : null;
  if (published && calendar) return pastYear(calendar, published, parsed, s);
  const ref = published ? new Date(`${published}T12:00:00Z`) : undefined;
  const window = parsed.text.slice(
    parsed.tokens[Math.max(s.first, e.first - 2)]?.start ?? 0,
    parsed.tokens[e.last]?.end ?? 0,
  );
  const resolved = chronoCached(window, published, ref);
  if (!resolved) return published ? { start: null, end: null, text: e.text } : null;
  return published ? pastYear(resolved, published, parsed, s) : resolved;
}

/**
 * "signed a contract on Dec. 13" in an August story: a date without a year that falls after publication, in
 * a sentence that speaks of no future, is last year's.
 */
function pastYear(t: ClaimTime, published: string, parsed: Parsed, s: Sentence): ClaimTime {
  if (!t.start || t.start <= published || /\d{4}/.test(t.text ?? '') || isFuture(parsed, s)) return t;
  const back = (d: string | null | undefined): string | null =>
    d
      ? `${String(Number(d.slice(0, 4)) - 1).padStart(4, '0')}${d.slice(4).replace('-02-29', '-02-28')}`
      : null;
  return { ...t, start: back(t.start), end: back(t.end) };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE =
  /^(?:on\s+)?(?:(last|this|next)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|week|month|year|today|yesterday|tomorrow)$/i;

/**
 * The common relative dates news uses ("on Thursday", "last month", "yesterday"), resolved without
 * chrono-node, which costs more than the rest of time handling together. A weekday alone is the last
 * such day on or before publication, as news reports past events.
 */
function relativeDate(phrase: string, published: string): ClaimTime | null {
  const m = RELATIVE.exec(phrase.trim());
  if (!m) return null;
  const which = m[1]?.toLowerCase();
  const unit = (m[2] ?? '').toLowerCase();
  const ref = new Date(`${published}T00:00:00Z`);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const shift = (days: number) => new Date(ref.getTime() + days * 86_400_000);
  const text = phrase.trim();
  switch (unit) {
    case 'today':
      return { start: day(ref), end: null, text };
    case 'yesterday':
      return { start: day(shift(-1)), end: null, text };
    case 'tomorrow':
      return { start: day(shift(1)), end: null, text };
    case 'week': {
      const monday = shift(-((ref.getUTCDay() + 6) % 7) + (which === 'last' ? -7 : which === 'next' ? 7 : 0));
      return { start: day(monday), end: day(new Date(monday.getTime() + 6 * 86_400_000)), text };
    }
    case 'month': {
      const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const first = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + offset, 1));
      const last = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + offset + 1, 0));
      return { start: day(first), end: day(last), text };
    }
    case 'year': {
      const y = ref.getUTCFullYear() + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      return { start: `${y}-01-01`, end: `${y}-12-31`, text };
    }
    default: {
      const target = WEEKDAYS.indexOf(unit);
      if (target < 0) return null;
      let back = (ref.getUTCDay() - target + 7) % 7;
      if (which === 'last' && back === 0) back = 7;
      if (which === 'next')
        return { start: day(shift((target - ref.getUTCDay() + 7) % 7 || 7)), end: null, text };
      return { start: day(shift(-back)), end: null, text };
    }
  }
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
] as const);
const MONTH = '([a-z]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
/** "since", "by", "in": words before a date that leave it as it is ("since September" is September). */
const LEAD = '((?:since|by|in|on|from|until|till|before|after)\\s+)?';
const BARE_YEAR = new RegExp(`^${LEAD}(?:the\\s+)?${YEAR}$`, 'i');
const MONTH_DAY = new RegExp(`^${LEAD}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?$`, 'i');
const DAY_MONTH = new RegExp(`^${LEAD}(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?$`, 'i');
const MONTH_YEAR = new RegExp(`^${LEAD}(?:(?:early|mid|late)[-\\s]+)?${MONTH}(?:,?\\s+${YEAR})?$`, 'i');

/**
 * The calendar dates news writes most ("January 2", "Dec. 30, 2023", "25 March", "October 2022", "February"),
 * read as chrono-node reads them without its cost: a month alone is its first day, and a date without a year
 * takes the year that puts it nearest to publication.
 */
export function calendarDate(phrase: string, published: string): ClaimTime | null {
  const text = phrase.trim();
  let month: number | undefined;
  let day = 1;
  let year: number | undefined;
  const md = MONTH_DAY.exec(text);
  const dm = md ? null : DAY_MONTH.exec(text);
  const my = md || dm ? null : MONTH_YEAR.exec(text);
  if (md) {
    month = MONTHS.get((md[2] ?? '').toLowerCase());
    day = Number(md[3]);
    year = md[4] ? Number(md[4]) : undefined;
  } else if (dm) {
    month = MONTHS.get((dm[3] ?? '').toLowerCase());
    day = Number(dm[2]);
    year = dm[4] ? Number(dm[4]) : undefined;
  } else if (my) {
    // A short word alone is a month only after a preposition ("in May"): "May" and "Sep" alone are left to chrono.
    if (!my[1] && !my[3] && (my[2]?.length ?? 0) <= 3) return null;
    month = MONTHS.get((my[2] ?? '').toLowerCase());
    year = my[3] ? Number(my[3]) : undefined;
  }
  if (month === undefined || day < 1 || day > 31) return null;
  const ref = Date.UTC(
    Number(published.slice(0, 4)),
    Number(published.slice(5, 7)) - 1,
    Number(published.slice(8, 10)),
  );
  const at = (y: number): number => Date.UTC(y, month - 1, day);
  if (year === undefined) {
    const y0 = Number(published.slice(0, 4));
    year = [y0 - 1, y0 + 1].reduce(
      (best, y) => (Math.abs(at(y) - ref) < Math.abs(at(best) - ref) ? y : best),
      y0,
    );
  }
  const date = new Date(at(year));
  // "February 30" rolls over: no such date.
  if (date.getUTCDate() !== day) return null;
  return { start: date.toISOString().slice(0, 10), end: null, text };
}

const NEAR =
  /^(?:(on) )?(?:(last|this) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|week|month|today|yesterday|tomorrow)$/i;

/**
 * The relative phrases a stance is dated by most ("Tuesday", "on Friday", "last week", "this week", "last
 * month", "yesterday"), placed as chrono-node places them from noon of the publication day, without its
 * cost (each chrono-node parse runs some forty regular expressions, and the answer depends on the date):
 * "last week" seven days back, "this week" its Sunday, "last month" the same day a month back (rolling over
 * as the calendar does). A weekday is the exception: chrono-node takes the nearest such day, but a stance is
 * not taken after publication, so it is the last such day on or before it (`relativeDate`). time.test.ts
 * checks each against chrono-node, or that rule, for every day of two years; any other phrase is left to
 * chrono-node (null).
 */
function asChronoReads(phrase: string, published: string): ClaimTime | null {
  const m = NEAR.exec(phrase);
  if (!m || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const on = m[1] !== undefined;
  const which = m[2]?.toLowerCase();
  const unit = (m[3] ?? '').toLowerCase();
  const y = Number(published.slice(0, 4));
  const mo = Number(published.slice(5, 7)) - 1;
  const d = Number(published.slice(8, 10));
  const ref = Date.UTC(y, mo, d);
  const dow = new Date(ref).getUTCDay();
  const at = (t: number): ClaimTime => ({
    start: new Date(t).toISOString().slice(0, 10),
    end: null,
    text: phrase,
  });
  const target = WEEKDAYS.indexOf(unit);
  if (target >= 0) {
    if (which !== undefined) return null;
    // chrono-node takes the nearest such day, up to three days ahead; a stance is taken by the time the
    // text is published, so it is the last such day on or before publication, as a claim's weekday is.
    return relativeDate(phrase, published.slice(0, 10));
  }
  if (on) return null;
  if (which === undefined) {
    const days = unit === 'today' ? 0 : unit === 'yesterday' ? -1 : unit === 'tomorrow' ? 1 : null;
    return days === null ? null : at(ref + days * 86_400_000);
  }
  if (unit === 'week') return at(ref + (which === 'last' ? -7 : -dow) * 86_400_000);
  if (unit === 'month' && which === 'last') return at(Date.UTC(y, mo - 1, d));
  return null;
}

/** The date a short phrase names ("in 2022", "November", "last year"), resolved against the publication date. */
export function dateOf(phrase: string, published: string | null): ClaimTime | null {
  const year = /^(?:in\s+)?((?:19|20)\d\d)$/i.exec(phrase.trim());
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, text: phrase };
  if (published !== null) {
    const day = calendarDate(phrase, published);
    if (day) return day;
  }
  if (!DATE_LIKE.test(phrase)) return null;
  const near = published === null ? null : asChronoReads(phrase, published);
  if (near) return near;
  return chronoCached(
    phrase,
    published,
    published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : undefined,
  );
}
