import type { RawClause } from './clause-tree.js';
import type { Context } from './context.js';
import type { MutableRoles } from './relations.js';
import type { Attachment, Clause, Nominal, NounChunk, VerbGroup } from './types.js';
import type { Unit } from './units.js';
import { aspectOf, type RawGroup, tenseOf } from './verbs.js';

/** Freezes a raw verb group with its clause and roles into the layer's `VerbGroup`. */
export function freezeGroup(
  ctx: Context,
  g: RawGroup,
  id: number,
  clause: number,
  r: MutableRoles,
  coordinatedWith: number | null,
): VerbGroup {
  const a = aspectOf(ctx, g);
  const negators = g.segments.flatMap((s) => s.neg);
  const main = g.segments[g.segments.length - 1];
  return {
    id,
    first: g.first,
    last: g.last,
    head: g.head,
    lemma: g.lemma,
    particle: g.particle,
    voice: a.passive ? 'passive' : 'active',
    tense: tenseOf(ctx, g),
    perfect: a.perfect,
    progressive: a.progressive,
    nonFinite: a.nonFinite,
    negated: (main?.neg.length ?? 0) > 0,
    negators,
    chain: g.links,
    coordinatedWith,
    clause,
    roles: {
      subject: r.subject,
      agent: r.agent,
      patient: r.patient,
      object: r.object,
      indirectObject: r.indirectObject,
      attribute: r.attribute,
      attachments: r.attachments,
      gap: r.gap,
      control: r.control,
    },
  };
}

/** Freezes the clauses with the span of the units each was given. */
export function freezeClauses(
  clauses: readonly RawClause[],
  units: readonly Unit[],
  clauseOfUnit: readonly number[],
  groupIds: ReadonlyMap<RawGroup, number>,
): Clause[] {
  const first: number[] = new Array(clauses.length).fill(-1);
  const last: number[] = new Array(clauses.length).fill(-1);
  units.forEach((u, i) => {
    const c = clauseOfUnit[i] ?? 0;
    if ((first[c] ?? -1) < 0) first[c] = u.first;
    last[c] = Math.max(last[c] ?? -1, u.last);
  });
  return clauses.map((c) => ({
    id: c.id,
    kind: c.kind,
    first: first[c.id] ?? -1,
    last: last[c.id] ?? -1,
    parent: c.parent,
    marker: c.marker,
    governor: c.governor === null ? null : (groupIds.get(c.governor) ?? null),
    antecedent: c.antecedent,
    inverted: c.inverted,
  }));
}

/** A nominal for each chunk that has a possessor or attachments of its own, in sentence order. */
export function nominalsOf(
  chunks: readonly NounChunk[],
  own: ReadonlyMap<NounChunk, Attachment[]>,
): Nominal[] {
  const seen = new Set<NounChunk>();
  const out: Nominal[] = [];
  const add = (c: NounChunk) => {
    if (seen.has(c)) return;
    seen.add(c);
    const attachments = own.get(c) ?? [];
    if (c.possessor === null && attachments.length === 0) return;
    out.push({ chunk: c, lemma: c.lemma, possessor: c.possessor, attachments });
  };
  for (const c of chunks) add(c);
  for (const c of own.keys()) add(c);
  return out.sort((a, b) => a.chunk.first - b.chunk.first);
}
