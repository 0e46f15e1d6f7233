import { describe, expect, test } from 'vitest';
import { type TimelineEntry, TimelineEntry as TimelineEntrySchema } from '../domain/event.js';
import {
  TIMELINE_COLOURS,
  TIMELINE_KINDS,
  TIMELINE_SHAPES,
  timelineModel,
  timelineSvg,
} from './timeline-chart.js';

const entry = (date: string | null, kind: TimelineEntry['kind']): TimelineEntry => ({
  date,
  kind,
  status: 'claimed',
  document: 'doc_0000000000000000',
  claim: 'c1',
  outlet: null,
  note: null,
});

describe('timeline colours and shapes', () => {
  test('every kind of timeline entry has one colour and one shape of its own', () => {
    const kinds = TimelineEntrySchema.shape.kind.options;
    expect([...TIMELINE_KINDS].sort()).toEqual([...kinds].sort());
    const colours = kinds.map((k) => TIMELINE_COLOURS[k]);
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(colours).size).toBe(kinds.length);
    expect(new Set(kinds.map((k) => TIMELINE_SHAPES[k])).size).toBe(kinds.length);
  });

  test('a denial is drawn in the same colour whichever kinds come before it', () => {
    const denialMark = (entries: TimelineEntry[]) =>
      timelineSvg(timelineModel(entries)).value.match(
        /<text[^>]*>denial<\/text>.*?fill="(#[0-9a-f]{6})"/s,
      )?.[1];
    const a = denialMark([entry('2024-09-01', 'denial')]);
    const b = denialMark([
      entry('2024-09-01', 'first_report'),
      entry('2024-09-02', 'confirmation'),
      entry('2024-09-03', 'denial'),
    ]);
    expect(a).toBe(TIMELINE_COLOURS.denial);
    expect(b).toBe(TIMELINE_COLOURS.denial);
  });
});

describe('timelineModel', () => {
  test('places entries in proportion to time, so a long silence shows as a long gap', () => {
    const model = timelineModel([
      entry('2024-01-01', 'first_report'),
      entry('2024-01-11', 'confirmation'),
      entry('2024-12-26', 'denial'),
    ]);
    const x = (kind: string) => model.marks.find((m) => m.kind === kind)?.x;
    expect(x('first_report')).toBe(0);
    expect(x('denial')).toBe(1);
    expect(x('confirmation')).toBeCloseTo(10 / 360, 5);
    expect(model.ticks.length).toBeGreaterThan(3);
  });

  test('sets undated entries apart, never plotting them as a day', () => {
    const model = timelineModel([
      entry('2024-03-01', 'first_report'),
      entry(null, 'report'),
      entry('undated', 'report'),
    ]);
    expect(model.undated).toHaveLength(2);
    expect(model.marks).toHaveLength(1);
    expect(model.marks[0]?.x).toBe(0.5);
    expect(timelineSvg(model).value).not.toContain('undated');
  });

  test('counts entries of one kind on one day as one mark, and flags key statements on the axis', () => {
    const model = timelineModel(
      [entry('2024-03-01', 'report'), entry('2024-03-01', 'report'), entry('2024-03-05', 'denial')],
      [{ date: '2024-03-05', label: 'Denies: government of Iran', kind: 'denial' }],
    );
    expect(model.marks.find((m) => m.kind === 'report')?.count).toBe(2);
    expect(model.keys[0]?.x).toBe(1);
    const svg = timelineSvg(model).value;
    expect(svg).toContain('×2');
    expect(svg).toContain('Denies: government of Iran');
  });

  test('draws nothing for a timeline with no dated entry', () => {
    expect(timelineSvg(timelineModel([entry(null, 'report')])).value).toBe('');
  });
});
