import type { Event } from '../../domain/event.js';
import { html, jsonData, type SafeHtml } from '../html.js';
import {
  GRAPH_LIMIT,
  type ProvenanceView,
  provenanceLegend,
  provenanceView,
  STANCE_STYLE,
  stanceIcon,
} from '../provenance.js';
import { originHref } from './event-claims.js';

const label = (value: string) => value.replaceAll('_', ' ');

function graph(event: Event, view: ProvenanceView): SafeHtml {
  const data = {
    nodes: view.nodes,
    edges: view.edges,
    styles: STANCE_STYLE,
    filter: Object.fromEntries(
      view.nodes.filter((n) => n.kind === 'origin').map((n) => [n.id, originHref(event.id, n.label)]),
    ),
  };
  return html`<div id="graph" class="graph wide-only" data-graph="graph-data" role="img" aria-label="Provenance graph: outlets on top, the sources they cite, origins at the bottom coloured and shaped by their answer; select an origin to show its claims; the list says the same"></div>${jsonData('graph-data', data)}`;
}

function matrix(event: Event, view: ProvenanceView): SafeHtml {
  const { outlets, rows } = view.matrix;
  return html`<div class="table-wrap wide-only" tabindex="0" role="region" aria-label="Origin by outlet matrix, scrolls sideways when wide"><table class="matrix"><caption>Claims by origin (rows) and the outlet that printed them (columns)</caption>
<thead><tr><th scope="col">Origin</th>${outlets.map((o) => html`<th scope="col">${o}</th>`)}</tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row">${stanceIcon(r.stance)} <a href="${originHref(event.id, r.origin.name)}">${r.origin.name}</a> <span class="muted">${label(r.origin.stance)}</span></th>${r.counts.map(
        (n) => html`<td>${n > 0 ? n : ''}</td>`,
      )}</tr>`,
  )}</tbody></table></div>`;
}

function list(event: Event, view: ProvenanceView): SafeHtml {
  return html`<ul class="prov-list">${view.matrix.rows.map((r) => {
    const carried = view.matrix.outlets
      .map((o, i) => ({ o, n: r.counts[i] ?? 0 }))
      .filter((x) => x.n > 0)
      .map((x) => `${x.o} (${x.n})`);
    return html`<li>${stanceIcon(r.stance)} <a href="${originHref(event.id, r.origin.name)}">${r.origin.name}</a> <span class="badge">${label(r.origin.stance)}</span><br><span class="muted">carried by ${carried.join(', ') || 'no outlet'}</span></li>`;
  })}</ul>`;
}

/** The provenance section: a drawing for a small event, a matrix above GRAPH_LIMIT nodes, a list always. */
export function provenanceSection(event: Event): { readonly markup: SafeHtml; readonly drawn: boolean } {
  const view = provenanceView(event);
  const drawn = view.nodes.length <= GRAPH_LIMIT;
  const markup = html`<h2>Provenance</h2>${provenanceLegend()}
${drawn ? graph(event, view) : matrix(event, view)}
<h3>Origins and the outlets that carry them</h3>${list(event, view)}`;
  return { markup, drawn };
}
