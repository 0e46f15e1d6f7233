import type { TimelineEntry } from '../domain/event.js';

/** What a timeline entry is: a first report, a report, a confirmation, a denial or a change of status. */
export type TimelineKind = TimelineEntry['kind'];

/**
 * One colour per kind of timeline entry, the same on every event: a denial is always red, a
 * confirmation always green (colours picked apart for colour-blind readers by hue and lightness).
 */
export const TIMELINE_COLOURS: Readonly<Record<TimelineKind, string>> = {
  first_report: '#0b57d0',
  report: '#868e96',
  confirmation: '#2f9e44',
  denial: '#c92a2a',
  status_change: '#f08c00',
};

/** The kinds in the order the chart stacks and its legend lists them, whichever an event has. */
export const TIMELINE_KINDS = Object.keys(TIMELINE_COLOURS) as TimelineKind[];

/** The data a page hands the client to draw the timeline: days with gaps kept, datasets coloured by kind. */
export interface TimelineSpec {
  readonly type: 'bar';
  readonly stacked: true;
  readonly labels: readonly string[];
  readonly datasets: readonly {
    readonly label: string;
    readonly kind: TimelineKind;
    readonly color: string;
    readonly data: readonly number[];
  }[];
  /** Entries without a full date: listed in the table, not plotted as if "undated" were a day. */
  readonly undated: number;
}

// Past this many days the axis counts months, so a long story still fits the chart's width.
const MAX_DAYS = 120;
const DAY = /^\d{4}-\d{2}-\d{2}/;

function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function monthAfter(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every bucket from the first to the last date, empty ones included, so time gaps show on the axis. */
function buckets(days: readonly string[]): { labels: string[]; bucketOf: (day: string) => string } {
  const sorted = [...days].sort();
  const first = sorted[0] as string;
  const last = sorted.at(-1) as string;
  const span = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  const byMonth = span > MAX_DAYS;
  const bucketOf = (day: string) => (byMonth ? day.slice(0, 7) : day.slice(0, 10));
  const step = byMonth ? monthAfter : dayAfter;
  const labels: string[] = [];
  for (let b = bucketOf(first); b <= bucketOf(last); b = step(b)) labels.push(b);
  return { labels, bucketOf };
}

/** The chart of an event's timeline: entries per day (or month), stacked by kind in the kind's own colour. */
export function timelineSpec(timeline: readonly TimelineEntry[]): TimelineSpec {
  const dated = timeline.filter(
    (t) => t.date !== null && DAY.test(t.date) && !Number.isNaN(Date.parse(t.date.slice(0, 10))),
  );
  const undated = timeline.length - dated.length;
  if (dated.length === 0) return { type: 'bar', stacked: true, labels: [], datasets: [], undated };
  const { labels, bucketOf } = buckets(dated.map((t) => (t.date as string).slice(0, 10)));
  const index = new Map(labels.map((l, i) => [l, i]));
  const datasets = TIMELINE_KINDS.filter((kind) => dated.some((t) => t.kind === kind)).map((kind) => {
    const data = labels.map(() => 0);
    for (const t of dated) {
      const i = index.get(bucketOf(t.date as string));
      if (t.kind === kind && i !== undefined) data[i] = (data[i] ?? 0) + 1;
    }
    return { label: kind.replaceAll('_', ' '), kind, color: TIMELINE_COLOURS[kind], data };
  });
  return { type: 'bar', stacked: true, labels, datasets, undated };
}
