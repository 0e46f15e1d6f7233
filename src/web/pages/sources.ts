import type { SourceRecord } from '../../api/source-records.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { Namer } from '../names.js';
import type { SourceGroup } from '../source-groups.js';

function sourceRow(r: SourceRecord): SafeHtml {
  return html`<tr><td><a href="/sources/${encodeURIComponent(r.name)}">${r.name}</a></td><td data-label="Claims">${r.claims}</td><td data-label="Events">${r.events}</td><td data-label="As origin">${r.asOrigin}</td><td data-label="Events now">${Object.entries(
    r.byStatus,
  )
    .map(([status, n]) => `${status.replaceAll('_', ' ')} ${n}`)
    .join(', ')}</td></tr>`;
}

// The sources speaking for one state under a heading row, so Moscow, the Kremlin and its spokesman read as one voice.
function groupRows(group: SourceGroup, name: Namer): SafeHtml {
  if (group.state === null) return html`${group.records.map(sourceRow)}`;
  return html`<tr class="source-group"><th scope="rowgroup" colspan="5">${name(group.state)}: ${group.records.length} sources</th></tr>${group.records.map(sourceRow)}`;
}

/**
 * The sources page: every source named in the newest `window` events, with how the events it spoke to
 * stand now, those speaking for one state grouped under it.
 */
export function sourcesPage(groups: readonly SourceGroup[], window: number, name: Namer): SafeHtml {
  const body =
    groups.length === 0
      ? html`<h1>Sources</h1><p class="muted">No events yet, so no source has a track record.</p>`
      : html`<h1>Sources</h1><p class="muted">Track records over the newest ${window.toLocaleString('en')} events (last reported first); sources speaking for one state are grouped under it.</p><div class="table-wrap"><table class="stack"><caption class="visually-hidden">Sources and their track record</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Claims</th><th scope="col">Events</th><th scope="col">As origin</th><th scope="col">Events now</th></tr></thead>
<tbody>${groups.map((g) => groupRows(g, name))}</tbody></table></div>`;
  return page({ title: 'Sources', section: 'sources', body });
}
