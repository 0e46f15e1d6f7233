import type { Event, EventClaim, Origin } from '../domain/event.js';
import type { ProvenanceGraph } from './schemas.js';

type NodeKind = ProvenanceGraph['nodes'][number]['kind'];
type Edge = ProvenanceGraph['edges'][number];

/** An event's claims grouped under the independent origin each goes back to, origins in the event's order. */
export function claimsByOrigin(event: Event): { origin: Origin; claims: EventClaim[] }[] {
  const groups = new Map<string, { origin: Origin; claims: EventClaim[] }>();
  for (const origin of event.origins) groups.set(origin.name, { origin, claims: [] });
  for (const claim of event.claims) {
    let group = groups.get(claim.origin);
    if (group === undefined) {
      // A claim whose origin the event does not list still shows, under an origin of its own.
      group = { origin: unlistedOrigin(claim), claims: [] };
      groups.set(claim.origin, group);
    }
    group.claims.push(claim);
  }
  return [...groups.values()];
}

function unlistedOrigin(claim: EventClaim): Origin {
  return {
    name: claim.origin,
    stance: 'asserts',
    claims: 0,
    echoes: [],
    kind: claim.originKind,
    official: false,
    speakers: [],
    documents: 0,
  };
}

/** The hops of a claim between the outlet that printed it and its origin, as the text names them. */
export function hopsOf(claim: EventClaim): string[] {
  const chain = claim.chain.filter((name) => name.trim() !== '');
  const inner = claim.outlet !== null && chain[0] === claim.outlet ? chain.slice(1) : chain;
  // The last hop is the origin's own speaker when it names the origin; the origin node stands for it.
  if (inner.at(-1) === claim.origin) inner.pop();
  return inner.filter((name, i) => name !== inner[i - 1]);
}

/**
 * The provenance graph of an event: outlets to cited sources to origins, echoing outlets drawn as echoes.
 * A node's id is its kind and name (`outlet:Reuters`, `origin:Reuters`): an outlet that prints and a
 * voice of the same name are two nodes, and every edge runs downwards, printer to citer to origin.
 * With `unknownOutlet`, a claim whose outlet is not known starts at a node of that name, not at its
 * first hop.
 */
export function provenanceGraph(
  event: Event,
  options: { readonly unknownOutlet?: string } = {},
): ProvenanceGraph {
  const nodes = new Map<string, { id: string; label: string; kind: NodeKind }>();
  const edges = new Map<string, Edge>();
  const node = (kind: NodeKind, name: string) => {
    const id = `${kind}:${name}`;
    if (!nodes.has(id)) nodes.set(id, { id, label: name, kind });
    return id;
  };
  const addEdge = (source: string, target: string, kind: Edge['kind']) => {
    if (source === target) return;
    const id = `${source}\u2192${target}`;
    const edge = edges.get(id);
    if (edge === undefined) edges.set(id, { id, source, target, kind, claims: kind === 'cites' ? 1 : 0 });
    else if (kind === 'cites') edges.set(id, { ...edge, claims: edge.claims + 1 });
    else edges.set(id, { ...edge, kind });
  };
  // A cited hop that is also an outlet of this event (AFP citing Reuters) is that outlet's node.
  const outlets = new Set(event.claims.flatMap((claim) => (claim.outlet === null ? [] : [claim.outlet])));
  const hop = (name: string) => node(outlets.has(name) ? 'outlet' : 'source', name);
  for (const claim of event.claims) {
    const outlet = claim.outlet ?? options.unknownOutlet ?? null;
    const ids = [
      ...(outlet === null ? [] : [node('outlet', outlet)]),
      ...hopsOf(claim).map(hop),
      node('origin', claim.origin),
    ];
    ids.forEach((id, i) => {
      const previous = ids[i - 1];
      if (previous !== undefined) addEdge(previous, id, 'cites');
    });
  }
  const outletOf = new Map(event.claims.map((claim) => [claim.document, claim.outlet]));
  for (const claim of event.claims) {
    // A near-duplicate repeats the earlier document: its outlet echoes that document's outlet.
    const echoed = claim.echoOf === null ? null : (outletOf.get(claim.echoOf) ?? null);
    if (claim.outlet !== null && echoed !== null && echoed !== claim.outlet)
      addEdge(node('outlet', claim.outlet), node('outlet', echoed), 'echoes');
  }
  for (const origin of event.origins) {
    const target = node('origin', origin.name);
    for (const outlet of origin.echoes) addEdge(node('outlet', outlet), target, 'echoes');
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
