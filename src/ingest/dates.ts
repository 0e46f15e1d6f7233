/** How a date value is read: strict `YYYY-MM-DD`, the day as written, or the day in UTC. */
export type DateForm = 'strict' | 'as-written' | 'utc';

/** A parsed publication day, or why the value could not be used. */
export type DateResult =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly reason: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// RFC 822 names the North American zones; anything else unknown is read as UTC, as RFC 2822 advises.
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

const STRICT = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,5}))?)?$/i;

/** The number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function day(year: number, month: number, dayOfMonth: number, raw: string): DateResult {
  if (month < 1 || month > 12)
    return { ok: false, reason: `'${raw}' has month ${month}, which does not exist` };
  const last = daysInMonth(year, month);
  if (dayOfMonth < 1 || dayOfMonth > last) {
    const name = MONTH_NAMES[month - 1] ?? '';
    return { ok: false, reason: `'${raw}' is not a real date: ${name} ${year} has ${last} days` };
  }
  return { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}` };
}

function zoneMinutes(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONES[zone.toLowerCase()] ?? 0;
}

// Shifts a wall-clock time with a known offset to the UTC day; the calendar check has already run.
function utcDay(parts: readonly number[], offset: number): string {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = parts;
  const when = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000);
  return `${pad(when.getUTCFullYear(), 4)}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())}`;
}

function withTime(
  checked: DateResult,
  parts: readonly number[],
  zone: string | undefined,
  form: DateForm,
  raw: string,
): DateResult {
  if (!checked.ok || form !== 'utc') return checked;
  const [, , , h = 0, mi = 0, s = 0] = parts;
  const offset = zoneMinutes(zone);
  if (offset === null) return checked;
  if (h > 23 || mi > 59 || s > 60) return { ok: false, reason: `'${raw}' has a time of day out of range` };
  return { ok: true, date: utcDay(parts, offset) };
}

function fourDigitYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year >= 50 ? 1900 + year : 2000 + year;
}

/** Reads a publication date in `YYYY-MM-DD`, ISO 8601 or RFC 822 form, checking it against the calendar. */
export function parseDate(value: string, form: DateForm): DateResult {
  const raw = value.trim();
  if (form === 'strict') {
    const m = STRICT.exec(raw);
    if (!m) return { ok: false, reason: `'${raw}' is not in YYYY-MM-DD form` };
    return day(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  }
  const iso = ISO.exec(raw);
  if (iso) {
    const parts = iso.slice(1, 7).map((p) => Number(p ?? 0));
    const checked = day(Number(iso[1]), Number(iso[2]), Number(iso[3]), raw);
    return iso[4] === undefined ? checked : withTime(checked, parts, iso[7], form, raw);
  }
  const rfc = RFC822.exec(raw);
  if (rfc) {
    const month = MONTHS.indexOf((rfc[2] ?? '').slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
    if (month === 0) return { ok: false, reason: `'${raw}' names an unknown month` };
    const year = fourDigitYear(rfc[3] ?? '');
    const parts = [
      year,
      month,
      Number(rfc[1]),
      Number(rfc[4] ?? 0),
      Number(rfc[5] ?? 0),
      Number(rfc[6] ?? 0),
    ];
    const checked = day(year, month, Number(rfc[1]), raw);
    return rfc[4] === undefined ? checked : withTime(checked, parts, rfc[7] ?? 'GMT', form, raw);
  }
  return { ok: false, reason: `'${raw}' is not an ISO 8601 or RFC 822 date` };
}
