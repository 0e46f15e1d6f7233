import type { Event, TimelineEntry } from '../../domain/event.js';
import { idPart } from '../highlight.js';
import { html, type SafeHtml } from '../html.js';
import { dayOf, type KeyStatement, timelineLegend, timelineModel, timelineSvg } from '../timeline-chart.js';
import type { Verdict, VerdictStance } from '../verdict.js';

const label = (value: string) => value.replaceAll('_', ' ');
const KEY_KIND: Readonly<Record<VerdictStance, KeyStatement['kind']>> = {
  confirms: 'confirmation',
  reports: 'confirmation',
  denies: 'denial',
  declines: 'status_change',
};
// A longer table starts folded: the chart and the verdict carry the story.
const OPEN_ROWS = 20;

const entryHref = (t: TimelineEntry) =>
  `/documents/${encodeURIComponent(t.document)}?claim=${encodeURIComponent(t.claim)}#claim-${idPart(t.claim)}`;

/**
 * The timeline's table, a body per day: the day once for its rows, the status only where it changes,
 * the outlet only where it differs from the row above.
 */
function timelineTable(entries: readonly TimelineEntry[]): SafeHtml {
  const days = new Map<string, TimelineEntry[]>();
  for (const t of entries) {
    const day = dayOf(t.date) ?? 'undated';
    days.set(day, [...(days.get(day) ?? []), t]);
  }
  let status: string | null = null;
  const bodies = [...days].map(([day, rows]) => {
    let outlet: string | null | undefined;
    return html`<tbody>${rows.map((t, i) => {
      const newStatus = t.status !== status;
      status = t.status;
      const newOutlet = t.outlet !== outlet;
      outlet = t.outlet;
      return html`<tr>${i === 0 ? html`<th scope="rowgroup" rowspan="${rows.length}">${day}</th>` : ''}<td data-label="What"><a href="${entryHref(t)}">${label(t.kind)}</a></td><td data-label="Status after">${newStatus ? label(t.status) : ''}</td><td data-label="Outlet">${newOutlet ? (t.outlet ?? '') : ''}</td><td data-label="Note">${t.note ?? ''}</td></tr>`;
    })}</tbody>`;
  });
  return html`<details${entries.length <= OPEN_ROWS ? html` open` : ''}><summary>The timeline as a table (${entries.length} entries)</summary>
<div class="table-wrap"><table class="stack"><caption class="visually-hidden">Timeline of the event</caption><thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Status after</th><th scope="col">Outlet</th><th scope="col">Note</th></tr></thead>${bodies}</table></div></details>`;
}

/** The timeline section: a time axis with gaps in proportion, key statements flagged, undated entries apart. */
export function timelineSection(event: Event, verdict: Verdict): SafeHtml {
  const keys = verdict.rows.map((r) => ({
    date: r.claim.published,
    label: `${label(r.stance)}: ${r.origin.name}`,
    kind: KEY_KIND[r.stance],
  }));
  const model = timelineModel(event.timeline, keys);
  const dated = event.timeline.filter((t) => dayOf(t.date) !== null);
  const undated =
    model.undated.length > 0
      ? html`<p class="muted">Undated, not on the axis (${model.undated.length}): ${model.undated.map(
          (t, i) =>
            html`${i > 0 ? ', ' : ''}<a href="${entryHref(t)}">${label(t.kind)}${t.outlet ? ` (${t.outlet})` : ''}</a>`,
        )}</p>`
      : '';
  return html`<h2>Timeline</h2>${timelineLegend()}<div class="timeline-wrap" tabindex="0" role="region" aria-label="Timeline chart">${timelineSvg(model)}</div>${undated}${dated.length > 0 ? timelineTable(dated) : ''}`;
}
