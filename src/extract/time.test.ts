import { describe, expect, it } from 'vitest';
import { parse } from './text.js';
import { timeIn } from './time.js';

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
});
