import type { Event, EventClaim, Origin } from '../domain/event.js';
import type { ProvenanceGraph } from './schemas.js';

type NodeKind = ProvenanceGraph['nodes'][number]['kind'];
type Edge = ProvenanceGraph['edges'][number];

const RANK: Readonly<Record<NodeKind, number>> = { source: 0, outlet: 1, origin: 2 };

/** An event's claims grouped under the independent origin each goes back to, origins in the event's order. */
export function claimsByOrigin(event: Event): { origin: Origin; claims: EventClaim[] }[] {
  const groups = new Map<string, { origin: Origin; claims: EventClaim[] }>();
  for (const origin of event.origins) groups.set(origin.name, { origin, claims: [] });
  for (const claim of event.claims) {
    let group = groups.get(claim.origin);
    if (group === undefined) {
      // A claim whose origin the event does not list still shows, under an origin of its own.
      const origin: Origin = {
        name: claim.origin,
        stance: 'asserts',
        claims: 0,
        echoes: [],
        kind: claim.originKind,
        official: false,
        speakers: [],
        documents: 0,
      };
      group = { origin, claims: [] };
      groups.set(claim.origin, group);
    }
    group.claims.push(claim);
  }
  return [...groups.values()];
}

/** The path one claim took: the outlet that printed it, each source it cites, down to its origin. */
function pathOf(claim: EventClaim): string[] {
  const path = claim.chain.filter((name) => name.trim() !== '');
  if (claim.outlet !== null && path[0] !== claim.outlet) path.unshift(claim.outlet);
  if (path[path.length - 1] !== claim.origin) path.push(claim.origin);
  return path.filter((name, i) => name !== path[i - 1]);
}

/** The provenance graph of an event: outlets to cited sources to origins, echoing outlets drawn as echoes. */
export function provenanceGraph(event: Event): ProvenanceGraph {
  const nodes = new Map<string, NodeKind>();
  const edges = new Map<string, Edge>();
  const addNode = (name: string, kind: NodeKind) => {
    const known = nodes.get(name);
    if (known === undefined || RANK[kind] > RANK[known]) nodes.set(name, kind);
  };
  const addEdge = (source: string, target: string, kind: Edge['kind']) => {
    const id = `${source}\u2192${target}`;
    const edge = edges.get(id);
    if (edge === undefined) edges.set(id, { id, source, target, kind, claims: kind === 'cites' ? 1 : 0 });
    else if (kind === 'cites') edges.set(id, { ...edge, claims: edge.claims + 1 });
    else edges.set(id, { ...edge, kind });
  };
  for (const claim of event.claims) {
    const path = pathOf(claim);
    path.forEach((name, i) => {
      addNode(name, i === path.length - 1 ? 'origin' : i === 0 ? 'outlet' : 'source');
      const previous = path[i - 1];
      if (previous !== undefined) addEdge(previous, name, 'cites');
    });
  }
  const outletOf = new Map(event.claims.map((claim) => [claim.document, claim.outlet]));
  for (const claim of event.claims) {
    // A near-duplicate repeats the earlier document: its outlet echoes that document's outlet.
    const echoed = claim.echoOf === null ? null : (outletOf.get(claim.echoOf) ?? null);
    if (claim.outlet !== null && echoed !== null && echoed !== claim.outlet) {
      addNode(echoed, 'outlet');
      addEdge(claim.outlet, echoed, 'echoes');
    }
  }
  for (const origin of event.origins) {
    addNode(origin.name, 'origin');
    for (const outlet of origin.echoes) {
      addNode(outlet, 'outlet');
      if (outlet !== origin.name) addEdge(outlet, origin.name, 'echoes');
    }
  }
  return {
    nodes: [...nodes].map(([name, kind]) => ({ id: name, label: name, kind })),
    edges: [...edges.values()],
  };
}
