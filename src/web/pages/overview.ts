import type { Event, TimelineEntry } from '../../domain/event.js';
import type { DocumentSummary, StoreSummary } from '../../store/store.js';
import { html, jsonData, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { Namer } from '../names.js';
import { eventTitle } from './events.js';

const label = (value: string) => value.replaceAll('_', ' ');

/** The Monday starting the ISO week of a YYYY-MM-DD date. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/** Claims per week of publication, oldest week first, from dated documents. */
export function claimsPerWeek(documents: readonly DocumentSummary[]): { week: string; claims: number }[] {
  const weeks = new Map<string, number>();
  for (const d of documents) {
    if (d.published === null || d.claims === 0) continue;
    const week = weekOf(d.published);
    weeks.set(week, (weeks.get(week) ?? 0) + d.claims);
  }
  return [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([week, claims]) => ({ week, claims }));
}

/** The newest entries of the events' timelines that changed a status, newest first. */
export function statusChanges(
  events: readonly Event[],
  count: number,
): { event: Event; entry: TimelineEntry }[] {
  const changes = events.flatMap((event) =>
    event.timeline
      .filter((t) => t.kind !== 'report' && t.kind !== 'first_report')
      .map((entry) => ({ event, entry })),
  );
  return changes.sort((a, b) => (b.entry.date ?? '').localeCompare(a.entry.date ?? '')).slice(0, count);
}

function countTable(caption: string, counts: Readonly<Partial<Record<string, number>>>): SafeHtml {
  const rows = Object.entries(counts).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  return html`<table><caption>${caption}</caption><tbody>${rows.map(
    ([key, n]) => html`<tr><th scope="row">${label(key)}</th><td>${n ?? 0}</td></tr>`,
  )}</tbody></table>`;
}

/** What the overview shows: counts, claims per week and, once events exist, the newest status changes. */
export interface OverviewData {
  readonly summary: StoreSummary;
  readonly weeks: readonly { readonly week: string; readonly claims: number }[];
  readonly events: {
    readonly total: number;
    readonly byStatus: Readonly<Partial<Record<string, number>>>;
    readonly byType: Readonly<Partial<Record<string, number>>>;
    readonly changes: readonly { event: Event; entry: TimelineEntry }[];
  };
}

/** The overview page. */
export function overviewPage({ summary, weeks, events }: OverviewData, name: Namer): SafeHtml {
  const chart = {
    type: 'bar',
    labels: weeks.map((w) => w.week),
    datasets: [{ label: 'claims', data: weeks.map((w) => w.claims) }],
  };
  const eventsPart =
    events.total === 0
      ? html`<p class="muted">No events yet: they are merged as documents are stored.</p>`
      : html`<p>${events.total} events merged from the claims.</p><div class="cards">${countTable('Events by status', events.byStatus)}${countTable('Events by type', events.byType)}</div>
<h2>Newest changes of status</h2>${
          events.changes.length === 0
            ? html`<p>No changes of status yet.</p>`
            : html`<ol>${events.changes.map(
                ({ event, entry }) =>
                  html`<li>${entry.date ?? 'undated'}: <a href="/events/${encodeURIComponent(event.id)}">${eventTitle(event, name)}</a> became <span class="badge ${entry.status}">${label(entry.status)}</span> (${label(entry.kind)}${entry.outlet ? `, ${entry.outlet}` : ''})</li>`,
              )}</ol>`
        }`;
  const body = html`<h1>Overview</h1>
<div class="cards">
<div class="card"><strong>${summary.documents}</strong> documents</div>
<div class="card"><strong>${summary.claims}</strong> claims</div>
<div class="card"><strong>${summary.attributions}</strong> attributions</div>
<div class="card"><strong>${summary.entities}</strong> entities</div>
<div class="card"><strong>${summary.rejections}</strong> rejected inputs</div>
</div>
<h2>Claims per week</h2>
<div class="chart"><canvas data-chart="weeks-data" role="img" aria-label="Claims per week of publication, ${weeks.length} weeks"></canvas></div>${jsonData('weeks-data', chart)}
<div class="cards">${countTable('Claims by status', summary.claimsByStatus)}${countTable('Claims by type', summary.claimsByType)}</div>
<h2>Events</h2>${eventsPart}`;
  return page({ title: 'Overview', section: 'overview', body, libraries: ['chart'] });
}
