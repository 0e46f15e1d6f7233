import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { parse } from './text.js';
import { calendarDate, dateOf, timeIn } from './time.js';

const timeOf = (text: string, published = '2024-02-22') => {
  const p = parse(text);
  return timeIn(p, p.sentences[0] as NonNullable<(typeof p.sentences)[0]>, published);
};

describe('claim times', () => {
  it('"on Thursday" is the last Thursday on or before publication', () => {
    expect(timeOf('The statement was made on Thursday.')).toMatchObject({ start: '2024-02-22' });
    expect(timeOf('Iran sent drones on Monday.')).toMatchObject({ start: '2024-02-19' });
  });

  it('"last month" is the whole previous month', () => {
    expect(timeOf('Iran sent drones last month.')).toMatchObject({ start: '2024-01-01', end: '2024-01-31' });
  });

  it('an explicit date goes through chrono-node', () => {
    expect(timeOf('Iran sent drones on 13 December 2023.')).toMatchObject({ start: '2023-12-13' });
  });

  it("a date without a year after publication is last year's when the sentence tells of the past", () => {
    expect(timeOf('Officials signed a contract on Dec. 13.', '2024-08-09')).toMatchObject({
      start: '2023-12-13',
    });
  });

  it('a date without a year after publication stays ahead when the sentence tells of the future', () => {
    expect(timeOf('Deliveries will begin on Dec. 13.', '2024-08-09')).toMatchObject({ start: '2024-12-13' });
  });

  it('a time of day does not replace the date it qualifies', () => {
    expect(timeOf('Drones struck the port on the night of May 16.', '2024-05-20')).toMatchObject({
      start: '2024-05-16',
    });
    expect(timeOf('The missiles arrived on the morning of Oct. 17, 2023.')).toMatchObject({
      start: '2023-10-17',
    });
  });

  it('calendar dates read without chrono-node agree with chrono-node', () => {
    const phrases = [
      'January 2',
      'Dec. 30',
      'December 30, 2023',
      '25 March',
      'on 9 June',
      'the 5th of May',
      'October 2022',
      'February',
      'late December',
      'Sept. 13',
      'Nov 5',
      'since September',
      'by July 1',
      'in May',
      'since early August',
      'Since December 30',
      'before April',
    ];
    for (const published of ['2024-02-22', '2022-11-05', '2024-08-09']) {
      for (const phrase of phrases) {
        const hit = chrono.parse(phrase, { instant: new Date(`${published}T12:00:00Z`), timezone: 0 })[0];
        expect(calendarDate(phrase, published)?.start, `${phrase} @ ${published}`).toBe(
          hit?.start.date().toISOString().slice(0, 10),
        );
      }
    }
  });

  it('a short word alone that only might be a month, or a day the month lacks, is left to chrono-node', () => {
    expect(calendarDate('May', '2024-02-22')).toBeNull();
    expect(calendarDate('Sep', '2024-02-22')).toBeNull();
    expect(calendarDate('May 2024', '2024-02-22')).toMatchObject({ start: '2024-05-01' });
    expect(calendarDate('February 30', '2024-02-22')).toBeNull();
  });

  it('a stance said on a weekday is dated to that day before publication, not the one after', () => {
    // Published on a Sunday: "said on Wednesday" is three days back, where chrono-node looks three ahead.
    expect(dateOf('on Wednesday', '2026-08-02')?.start).toBe('2026-07-29');
    expect(dateOf('Sunday', '2026-08-02')?.start).toBe('2026-08-02');
    expect(dateOf('Monday', '2026-08-02')?.start).toBe('2026-07-27');
  });

  it('the relative dates of a stance agree with chrono-node on every day of two years, but a weekday is never after publication', () => {
    // chrono-node as dateOf calls it: casual English without the time-of-day parsers and refiners.
    const timeOfDay = /^EN(?:TimeExpression|CasualTime)Parser$|Timezone/;
    const reader = chrono.en.casual.clone();
    reader.parsers = reader.parsers.filter((p) => !timeOfDay.test(p.constructor.name));
    reader.refiners = reader.refiners.filter((r) => !timeOfDay.test(r.constructor.name));
    const phrases = [
      'Tuesday',
      'on friday',
      'SUNDAY',
      'last week',
      'This week',
      'last month',
      'yesterday',
      'Today',
    ];
    const WEEKDAY = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
    phrases.push('tomorrow', 'this month', 'next week', 'last Monday', 'on last week', 'Some days ago');
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const published = new Date(t).toISOString().slice(0, 10);
      for (const phrase of phrases) {
        const hit = reader.parse(phrase, { instant: new Date(`${published}T12:00:00Z`), timezone: 0 })[0];
        const weekday = /^(?:on )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i.exec(phrase);
        const back = weekday
          ? (new Date(t).getUTCDay() - WEEKDAY.indexOf(weekday[1]?.toLowerCase() ?? '') + 7) % 7
          : 0;
        const expected = weekday
          ? { start: new Date(t - back * 86_400_000).toISOString().slice(0, 10), end: null, text: phrase }
          : hit
            ? {
                start: hit.start.date().toISOString().slice(0, 10),
                end: hit.end ? hit.end.date().toISOString().slice(0, 10) : null,
                text: hit.text,
              }
            : null;
        expect(dateOf(phrase, published), `${phrase} @ ${published}`).toStrictEqual(expected);
      }
    }
  });
});
