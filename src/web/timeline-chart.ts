import type { TimelineEntry } from '../domain/event.js';
import { html, type SafeHtml } from './html.js';

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

/** One shape per kind as well, so that no reader needs the colour to tell a denial from a confirmation. */
export const TIMELINE_SHAPES: Readonly<
  Record<TimelineKind, 'square' | 'circle' | 'diamond' | 'triangle' | 'dot'>
> = {
  first_report: 'square',
  report: 'dot',
  confirmation: 'circle',
  denial: 'diamond',
  status_change: 'triangle',
};

/** The kinds in the order the chart's lanes and its legend list them. */
export const TIMELINE_KINDS = Object.keys(TIMELINE_COLOURS) as TimelineKind[];

/** A statement the chart flags above its lanes: the verdict's strongest ones. */
export interface KeyStatement {
  readonly date: string | null;
  readonly label: string;
  readonly kind: TimelineKind;
}

/** The chart as numbers: x from 0 to 1 in proportion to time, entries of a kind and day counted together. */
export interface TimelineModel {
  readonly start: string | null;
  readonly end: string | null;
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly marks: readonly {
    readonly kind: TimelineKind;
    readonly day: string;
    readonly x: number;
    readonly count: number;
  }[];
  readonly keys: readonly (KeyStatement & { readonly x: number })[];
  /** Entries without a full date: listed apart, never plotted as if "undated" were a day. */
  readonly undated: readonly TimelineEntry[];
}

const DAY_MS = 86_400_000;

/** The day of a date, or null when it is not a full, real date. */
export function dayOf(date: string | null): string | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const day = date.slice(0, 10);
  return Number.isNaN(Date.parse(day)) ? null : day;
}

/** Axis labels at a step that gives a handful over the span: weeks, months, quarters or years. */
function ticksOf(start: number, end: number, at: (t: number) => number) {
  const span = (end - start) / DAY_MS;
  const ticks: { x: number; label: string }[] = [];
  if (span <= 45) {
    for (let t = start; t <= end; t += 7 * DAY_MS)
      ticks.push({ x: at(t), label: new Date(t).toISOString().slice(0, 10) });
    return ticks;
  }
  const months = span <= 400 ? 1 : span <= 1200 ? 3 : 12;
  const d = new Date(start);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - (d.getUTCMonth() % months) + (d.getTime() < start ? months : 0));
  for (; d.getTime() <= end; d.setUTCMonth(d.getUTCMonth() + months)) {
    const iso = d.toISOString();
    ticks.push({ x: at(d.getTime()), label: months === 12 ? iso.slice(0, 4) : iso.slice(0, 7) });
  }
  return ticks;
}

/** Places an event's timeline on a time axis, gaps kept in proportion, undated entries set apart. */
export function timelineModel(
  timeline: readonly TimelineEntry[],
  keys: readonly KeyStatement[] = [],
): TimelineModel {
  const dated = timeline.flatMap((t) => {
    const day = dayOf(t.date);
    return day === null ? [] : [{ entry: t, day }];
  });
  const undated = timeline.filter((t) => dayOf(t.date) === null);
  const days = [...dated.map((d) => d.day), ...keys.flatMap((k) => dayOf(k.date) ?? [])].sort();
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined)
    return { start: null, end: null, ticks: [], marks: [], keys: [], undated };
  const start = Date.parse(first);
  const end = Date.parse(last);
  // One day on its own sits in the middle.
  const at = (t: number) => (end === start ? 0.5 : (t - start) / (end - start));
  const counts = new Map<string, { kind: TimelineKind; day: string; count: number }>();
  for (const { entry, day } of dated) {
    const key = `${entry.kind} ${day}`;
    const known = counts.get(key);
    counts.set(key, { kind: entry.kind, day, count: (known?.count ?? 0) + 1 });
  }
  return {
    start: first,
    end: last,
    ticks: end === start ? [{ x: 0.5, label: first }] : ticksOf(start, end, at),
    marks: [...counts.values()].map((m) => ({ ...m, x: at(Date.parse(m.day)) })),
    keys: keys.flatMap((k) => {
      const day = dayOf(k.date);
      return day === null ? [] : [{ ...k, x: at(Date.parse(day)) }];
    }),
    undated,
  };
}

/** An SVG marker of a kind's shape and colour, centred on x, y. */
export function markerSvg(kind: TimelineKind, x: number, y: number, r = 6): SafeHtml {
  const fill = TIMELINE_COLOURS[kind];
  switch (TIMELINE_SHAPES[kind]) {
    case 'square':
      return html`<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" fill="${fill}"/>`;
    case 'diamond':
      return html`<path d="M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z" fill="${fill}"/>`;
    case 'triangle':
      return html`<path d="M${x} ${y - r}L${x + r} ${y + r}L${x - r} ${y + r}Z" fill="${fill}"/>`;
    case 'dot':
      return html`<circle cx="${x}" cy="${y}" r="${r - 2}" fill="${fill}"/>`;
    default:
      return html`<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}"/>`;
  }
}

const WIDTH = 1000;
const LEFT = 130;
const RIGHT = 30;
const LANE = 30;
const KEY_ROW = 26;

const label = (kind: string) => kind.replaceAll('_', ' ');

/** The timeline as an SVG: a lane per kind, each entry at its date, key statements flagged above. */
export function timelineSvg(model: TimelineModel): SafeHtml {
  if (model.start === null) return html``;
  const kinds = TIMELINE_KINDS.filter((k) => model.marks.some((m) => m.kind === k));
  const keysHeight = model.keys.length * KEY_ROW;
  const top = 10 + keysHeight;
  const height = top + kinds.length * LANE + 40;
  const x = (f: number) => Math.round(LEFT + f * (WIDTH - LEFT - RIGHT));
  const lanes = kinds.map((kind, i) => {
    const y = top + i * LANE + LANE / 2;
    return html`<g data-kind="${kind}"><text x="${LEFT - 10}" y="${y + 4}" text-anchor="end">${label(kind)}</text><line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}" class="lane"/>${model.marks
      .filter((m) => m.kind === kind)
      .map(
        (m) =>
          html`<g>${markerSvg(kind, x(m.x), y)}<title>${m.day}: ${m.count} ${label(kind)}</title></g>${m.count > 1 ? html`<text x="${x(m.x) + 9}" y="${y - 6}" class="count">×${m.count}</text>` : ''}`,
      )}</g>`;
  });
  const axisY = top + kinds.length * LANE + 8;
  const ticks = model.ticks.map(
    (t) =>
      html`<line x1="${x(t.x)}" x2="${x(t.x)}" y1="${axisY}" y2="${axisY + 5}" class="tick"/><text x="${x(t.x)}" y="${axisY + 20}" text-anchor="middle">${t.label}</text>`,
  );
  const keys = model.keys.map((k, i) => {
    const y = 10 + i * KEY_ROW + KEY_ROW / 2;
    const right = k.x > 0.6;
    return html`<g class="key">${markerSvg(k.kind, x(k.x), y, 5)}<line x1="${x(k.x)}" x2="${x(k.x)}" y1="${y + 6}" y2="${axisY}" class="flag"/><text x="${x(k.x) + (right ? -10 : 10)}" y="${y + 4}" text-anchor="${right ? 'end' : 'start'}">${k.label}</text></g>`;
  });
  return html`<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="timeline-title"><title id="timeline-title">Timeline from ${model.start} to ${model.end}: ${model.marks.reduce((n, m) => n + m.count, 0)} dated entries on a time axis, key statements flagged; the table below lists them</title>
${keys}${lanes}<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${axisY}" y2="${axisY}" class="axis"/>${ticks}</svg>`;
}

/** The legend of the timeline's kinds, each with its shape and colour. */
export function timelineLegend(): SafeHtml {
  return html`<ul class="legend-list" aria-label="Timeline legend">${TIMELINE_KINDS.map(
    (kind) =>
      html`<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${markerSvg(kind, 8, 8, 5)}</svg> ${label(kind)}</li>`,
  )}</ul>`;
}
