import { describe, expect, it } from 'vitest';
import { daysInMonth, parseDate } from './dates.js';

describe('parseDate', () => {
  it('accepts a real YYYY-MM-DD date in strict form', () => {
    expect(parseDate('2024-02-29', 'strict')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('rejects February 30 instead of rolling over to March', () => {
    const result = parseDate('2024-02-30', 'strict');
    expect(result).toEqual({
      ok: false,
      reason: "'2024-02-30' is not a real date: February 2024 has 29 days",
    });
  });

  it('rejects month 13 and February 29 in a common year', () => {
    expect(parseDate('2024-13-01', 'strict').ok).toBe(false);
    expect(parseDate('2023-02-29', 'strict').ok).toBe(false);
  });

  it('rejects anything but YYYY-MM-DD in strict form, naming the form', () => {
    const result = parseDate('22 February 2024', 'strict');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('YYYY-MM-DD');
    expect(parseDate('2024-2-22', 'strict').ok).toBe(false);
  });

  it('takes the day as written from an ISO timestamp with an offset', () => {
    expect(parseDate('2024-02-23T00:30:00+02:00', 'as-written')).toEqual({ ok: true, date: '2024-02-23' });
  });

  it('moves an ISO timestamp with an offset to the UTC day', () => {
    expect(parseDate('2024-02-23T00:30:00+02:00', 'utc')).toEqual({ ok: true, date: '2024-02-22' });
    expect(parseDate('2024-02-22T23:30:00.000-0500', 'utc')).toEqual({ ok: true, date: '2024-02-23' });
  });

  it('reads RFC 822 dates with numeric and named zones in UTC', () => {
    expect(parseDate('Thu, 22 Feb 2024 23:30:00 -0500', 'utc')).toEqual({ ok: true, date: '2024-02-23' });
    expect(parseDate('Thu, 22 Feb 2024 23:30:00 EST', 'utc')).toEqual({ ok: true, date: '2024-02-23' });
    expect(parseDate('Fri, 01 Mar 2024 01:00 +0200', 'utc')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseDate('22 Feb 24 10:00 GMT', 'utc')).toEqual({ ok: true, date: '2024-02-22' });
  });

  it('rejects an impossible RFC 822 date', () => {
    expect(parseDate('Fri, 30 Feb 2024 10:00:00 GMT', 'utc').ok).toBe(false);
  });

  it('rejects a value in no known form', () => {
    const result = parseDate('last Tuesday', 'as-written');
    expect(result).toEqual({ ok: false, reason: "'last Tuesday' is not an ISO 8601 or RFC 822 date" });
  });
});

describe('daysInMonth', () => {
  it('follows the Gregorian leap-year rule', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});
