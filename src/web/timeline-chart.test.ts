import { describe, expect, test } from 'vitest';
import { type TimelineEntry, TimelineEntry as TimelineEntrySchema } from '../domain/event.js';
import { TIMELINE_COLOURS, TIMELINE_KINDS, timelineSpec } from './timeline-chart.js';

const entry = (date: string | null, kind: TimelineEntry['kind']): TimelineEntry => ({
  date,
  kind,
  status: 'claimed',
  document: 'doc_0000000000000000',
  claim: 'c1',
  outlet: null,
  note: null,
});

describe('timeline colours', () => {
  test('every kind of timeline entry has one colour of its own', () => {
    const kinds = TimelineEntrySchema.shape.kind.options;
    expect([...TIMELINE_KINDS].sort()).toEqual([...kinds].sort());
    const colours = kinds.map((k) => TIMELINE_COLOURS[k]);
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(colours).size).toBe(kinds.length);
  });

  test('a denial has the same colour whichever kinds come before it', () => {
    const a = timelineSpec([entry('2024-09-01', 'denial')]);
    const b = timelineSpec([
      entry('2024-09-01', 'first_report'),
      entry('2024-09-02', 'confirmation'),
      entry('2024-09-03', 'denial'),
    ]);
    const denial = (spec: typeof a) => spec.datasets.find((d) => d.kind === 'denial')?.color;
    expect(denial(a)).toBe(TIMELINE_COLOURS.denial);
    expect(denial(b)).toBe(TIMELINE_COLOURS.denial);
    for (const d of b.datasets) expect(d.color).toBe(TIMELINE_COLOURS[d.kind]);
  });
});

describe('timelineSpec', () => {
  test('keeps the gaps between dates on the axis and leaves undated items off it', () => {
    const spec = timelineSpec([
      entry('2024-09-01', 'first_report'),
      entry(null, 'report'),
      entry('2024-09-04', 'denial'),
      entry('2024-09-04', 'report'),
    ]);
    expect(spec.labels).toEqual(['2024-09-01', '2024-09-02', '2024-09-03', '2024-09-04']);
    expect(spec.undated).toBe(1);
    expect(spec.labels).not.toContain('undated');
    const report = spec.datasets.find((d) => d.kind === 'report');
    expect(report?.data).toEqual([0, 0, 0, 1]);
    expect(spec.datasets.map((d) => d.kind)).toEqual(['first_report', 'report', 'denial']);
  });

  test('counts months, gaps included, when a story runs longer than a few months', () => {
    const spec = timelineSpec([entry('2023-11-20', 'first_report'), entry('2024-09-06', 'confirmation')]);
    expect(spec.labels[0]).toBe('2023-11');
    expect(spec.labels.at(-1)).toBe('2024-09');
    expect(spec.labels).toHaveLength(11);
  });

  test('an event with no dated item has no chart data', () => {
    expect(timelineSpec([entry(null, 'first_report')])).toMatchObject({
      labels: [],
      datasets: [],
      undated: 1,
    });
  });
});
