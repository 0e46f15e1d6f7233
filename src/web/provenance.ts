import { claimsByOrigin, provenanceGraph } from '../api/event-view.js';
import type { Event, EventClaim, Origin } from '../domain/event.js';
import { html, type SafeHtml } from './html.js';
import { type VerdictStance, verdictStance } from './verdict.js';

/** A node of the page's provenance view: an outlet that printed, a source it cites, or an origin. */
export interface ProvenanceNode {
  readonly id: string;
  readonly label: string;
  readonly kind: 'outlet' | 'source' | 'origin';
  /** An origin's answer, drawn as its colour and shape. */
  readonly stance?: VerdictStance;
}

/** A link from a printer or a citer to what it cites (outlet, source, origin), or from an outlet to the one it echoes. */
export interface ProvenanceEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: 'cites' | 'echoes';
  readonly claims: number;
}

/** The provenance of an event as the page draws it, and the origin-by-outlet counts behind the matrix. */
export interface ProvenanceView {
  readonly nodes: readonly ProvenanceNode[];
  readonly edges: readonly ProvenanceEdge[];
  readonly matrix: {
    readonly outlets: readonly string[];
    readonly rows: readonly {
      readonly origin: Origin;
      readonly stance: VerdictStance;
      readonly counts: readonly number[];
    }[];
  };
}

/** Past this many nodes a drawing is a hairball: the page shows the matrix instead. */
export const GRAPH_LIMIT = 15;

/** One colour and one shape per answer, the same in the graph, the matrix, the list and the verdict. */
export const STANCE_STYLE: Readonly<
  Record<VerdictStance, { readonly colour: string; readonly shape: string; readonly label: string }>
> = {
  confirms: { colour: '#2f9e44', shape: 'ellipse', label: 'confirms on the record' },
  reports: { colour: '#1864ab', shape: 'round-rectangle', label: 'reports (outlet or unnamed sources)' },
  denies: { colour: '#c92a2a', shape: 'diamond', label: 'denies' },
  declines: { colour: '#e67700', shape: 'triangle', label: 'declines to confirm or hedges' },
};

const UNKNOWN_OUTLET = 'unknown outlet';

/**
 * The event's provenance as the page draws it: the API's graph (an outlet and an origin of the same
 * name are two nodes, edges run from printer to citer to origin, echoes apart), each origin with its
 * stance, and the origin-by-outlet counts for the matrix and the list.
 */
export function provenanceView(event: Event): ProvenanceView {
  const stances = new Map(event.origins.map((o) => [o.name, verdictStance(o)]));
  const graph = provenanceGraph(event, { unknownOutlet: UNKNOWN_OUTLET });
  const nodes = graph.nodes.map((n) =>
    n.kind === 'origin' ? { ...n, stance: stances.get(n.label) ?? 'reports' } : n,
  );
  const outletOf = (claim: EventClaim) => claim.outlet ?? UNKNOWN_OUTLET;
  const columns = [...new Set(event.claims.map(outletOf))].sort((a, b) => a.localeCompare(b));
  const rows = claimsByOrigin(event).map(({ origin, claims }) => {
    const carried = new Map<string, number>();
    for (const claim of claims) carried.set(outletOf(claim), (carried.get(outletOf(claim)) ?? 0) + 1);
    return {
      origin,
      stance: stances.get(origin.name) ?? 'reports',
      counts: columns.map((c) => carried.get(c) ?? 0),
    };
  });
  return { nodes, edges: graph.edges, matrix: { outlets: columns, rows } };
}

/** A small picture of an answer's shape and colour, for the legend, the matrix, the list and the verdict. */
export function stanceIcon(stance: VerdictStance): SafeHtml {
  const { colour, shape } = STANCE_STYLE[stance];
  const path =
    shape === 'diamond'
      ? html`<path d="M8 1L15 8L8 15L1 8Z" fill="${colour}"/>`
      : shape === 'triangle'
        ? html`<path d="M8 1L15 14H1Z" fill="${colour}"/>`
        : shape === 'round-rectangle'
          ? html`<rect x="1" y="3" width="14" height="10" rx="3" fill="${colour}"/>`
          : html`<circle cx="8" cy="8" r="7" fill="${colour}"/>`;
  return html`<svg class="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${path}</svg>`;
}

/** The legend of answers and node kinds. */
export function provenanceLegend(): SafeHtml {
  const stances = (Object.keys(STANCE_STYLE) as VerdictStance[]).map(
    (s) => html`<li>${stanceIcon(s)} origin that ${STANCE_STYLE[s].label}</li>`,
  );
  return html`<ul class="legend-list" aria-label="Provenance legend">${stances}<li><span class="key-outlet" aria-hidden="true"></span> outlet that printed it</li><li><span class="key-source" aria-hidden="true"></span> source it cites</li></ul>`;
}
