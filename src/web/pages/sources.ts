import type { SourceRecord } from '../../api/source-records.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';

/** The sources page: every source named in the newest `window` events, with how the events it spoke to stand now. */
export function sourcesPage(records: readonly SourceRecord[], window: number): SafeHtml {
  const body =
    records.length === 0
      ? html`<h1>Sources</h1><p class="muted">No events yet, so no source has a track record.</p>`
      : html`<h1>Sources</h1><p class="muted">Track records over the newest ${window.toLocaleString('en')} events (last reported first).</p><div class="table-wrap"><table class="stack"><caption class="visually-hidden">Sources and their track record</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Claims</th><th scope="col">Events</th><th scope="col">As origin</th><th scope="col">Events now</th></tr></thead>
<tbody>${records.map(
          (r) =>
            html`<tr><td><a href="/sources/${encodeURIComponent(r.name)}">${r.name}</a></td><td data-label="Claims">${r.claims}</td><td data-label="Events">${r.events}</td><td data-label="As origin">${r.asOrigin}</td><td data-label="Events now">${Object.entries(
              r.byStatus,
            )
              .map(([status, n]) => `${status.replaceAll('_', ' ')} ${n}`)
              .join(', ')}</td></tr>`,
        )}</tbody></table></div>`;
  return page({ title: 'Sources', section: 'sources', body });
}
