import type { ProvenanceGraph } from '../../api/schemas.js';
import type { Event, EventClaim, Origin } from '../../domain/event.js';
import { idPart } from '../highlight.js';
import { html, jsonData, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { Namer } from '../names.js';
import { timelineSpec } from '../timeline-chart.js';
import { eventTitle, gradeCode } from './events.js';

const label = (value: string) => value.replaceAll('_', ' ');

/** The link from a claim to its highlighted evidence in its document. */
export const evidenceHref = (claim: EventClaim) =>
  `/documents/${encodeURIComponent(claim.document)}?claim=${encodeURIComponent(claim.claim)}#claim-${idPart(claim.claim)}`;

function timelineChart(event: Event): SafeHtml {
  const spec = timelineSpec(event.timeline);
  const chart =
    spec.labels.length === 0
      ? ''
      : html`<div class="chart"><canvas data-chart="timeline-data" role="img" aria-label="Reports of this event per publication date, by kind; the table below lists them"></canvas></div>${jsonData('timeline-data', spec)}`;
  const undated =
    spec.undated > 0
      ? html`<p class="muted">${spec.undated} undated item(s) are not plotted; the table lists them.</p>`
      : '';
  return html`${chart}${undated}
<div class="table-wrap"><table><caption>Timeline</caption><thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Status after</th><th scope="col">Outlet</th><th scope="col">Note</th></tr></thead>
<tbody>${event.timeline.map(
    (t) =>
      html`<tr><td>${t.date ?? 'undated'}</td><td><a href="/documents/${encodeURIComponent(t.document)}?claim=${encodeURIComponent(t.claim)}#claim-${idPart(t.claim)}">${label(t.kind)}</a></td><td>${label(t.status)}</td><td>${t.outlet ?? ''}</td><td>${t.note ?? ''}</td></tr>`,
  )}</tbody></table></div>`;
}

function originGroup(origin: Origin, claims: readonly EventClaim[]): SafeHtml {
  return html`<li><h3>${origin.name} <span class="badge">${label(origin.stance)}</span></h3>
<p class="muted">${label(origin.kind)}${origin.official ? ', official' : ''}${origin.speakers.length > 0 ? `; speakers: ${origin.speakers.join(', ')}` : ''}${origin.echoes.length > 0 ? `; echoed by ${origin.echoes.join(', ')}` : ''}</p>
<ul>${claims.map(
    (
      c,
    ) => html`<li><a href="${evidenceHref(c)}">${c.outlet ?? 'unknown outlet'}, ${c.published ?? 'undated'}</a> <span class="badge ${c.status}">${c.status}</span>${c.echoOf ? html` <span class="badge">echo</span>` : ''}
<br><q>${c.evidence}</q><br><span class="muted">chain: ${c.chain.join(' › ') || 'none'}</span></li>`,
  )}</ul></li>`;
}

function graphPart(graph: ProvenanceGraph): SafeHtml {
  return html`<div id="graph" class="graph" data-graph="graph-data" role="img" aria-label="Provenance graph: outlets, the sources they cite and the origins; the list below says the same"></div>${jsonData('graph-data', graph)}
<details><summary>The graph as a list (${graph.edges.length} links)</summary><ul>${graph.edges.map(
    (e) =>
      html`<li>${e.source} ${e.kind === 'echoes' ? 'echoes' : 'cites'} ${e.target}${e.claims > 0 ? ` (${e.claims} claim(s))` : ''}</li>`,
  )}</ul></details>`;
}

/** Where a page of a big event's claims stands: the claims shown, from which, of how many, and the next page's start. */
export interface ClaimsMore {
  readonly shown: number;
  readonly offset: number;
  readonly total: number;
  readonly next: number;
}

/** The event page: status and grade with reasons, timeline, claims by independent origin, provenance graph. */
export function eventPage(
  event: Event,
  groups: readonly { readonly origin: Origin; readonly claims: readonly EventClaim[] }[],
  graph: ProvenanceGraph,
  name: Namer,
  more: ClaimsMore | null = null,
): SafeHtml {
  const body = html`<h1>${eventTitle(event, name)}</h1>
<p><span class="badge ${event.status}">${label(event.status)}</span> grade <strong>${gradeCode(event)}</strong> · ${event.independentOrigins} independent origin(s)${event.circular ? ' · circular reporting' : ''} · ${event.phase} · first ${event.firstReported ?? 'undated'}, last ${event.lastReported ?? 'undated'}</p>
<p class="muted">Weapons: ${event.weapons.map((w) => (w.system ? name(w.system) : label(w.class))).join(', ') || 'none named'}${event.eventTime ? `; happened ${event.eventTime}` : ''}</p>
<h2>Why this status and grade</h2><ul>${event.grade.reasons.map((r) => html`<li>${r}</li>`)}</ul>
<h2>Timeline</h2>${timelineChart(event)}
<h2>Claims by independent origin</h2><ol class="origins">${groups.map((g) => originGroup(g.origin, g.claims))}</ol>
${more === null ? '' : html`<p>Claims ${more.offset + 1} to ${more.offset + more.shown} of ${more.total}. <a href="?claimsOffset=${more.next}">More claims</a></p>`}
<h2>Provenance</h2>${graphPart(graph)}
${event.related.length > 0 ? html`<h2>Related events</h2><ul>${event.related.map((id) => html`<li><a href="/events/${encodeURIComponent(id)}">${id}</a></li>`)}</ul>` : ''}`;
  return page({
    title: eventTitle(event, name),
    section: 'events',
    body,
    libraries: ['chart', 'cytoscape'],
  });
}
