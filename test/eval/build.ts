import type { Attribution, Claim, Extraction, WeaponClass } from '../../src/domain/extraction.js';
import { Gold } from '../../src/eval/index.js';

/** A system claim in short form: weapons by class, everything else defaulted. */
export interface ClaimSketch extends Partial<Omit<Claim, 'weapons'>> {
  readonly weapons?: readonly WeaponClass[];
}

/** An attribution in short form: its id, the source's name and optionally its entity id. */
export interface AttributionSketch {
  readonly id: string;
  readonly name: string;
  readonly entity?: string | null;
}

/** Builds a valid Extraction around the given claims, attributions and entity ids. */
export function extraction(sketch: {
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly claims?: readonly ClaimSketch[];
  readonly attributions?: readonly AttributionSketch[];
  readonly entities?: readonly string[];
}): Extraction {
  const text = 'Evidence text.';
  const claims = (sketch.claims ?? []).map(
    (c, i): Claim => ({
      id: `c${i + 1}`,
      type: 'transfer',
      actor: 'IRN',
      target: 'RUS',
      status: 'asserted',
      source: null,
      chain: [],
      evidence: { start: 0, end: text.length, text },
      ...c,
      weapons: (c.weapons ?? []).map((cls) => ({ class: cls })),
    }),
  );
  const attributions = (sketch.attributions ?? []).map(
    (a): Attribution => ({
      id: a.id,
      source: { name: a.name, entity: a.entity ?? null, kind: 'person' },
      cue: 'said',
      content: { start: 0, end: text.length },
      parent: null,
    }),
  );
  return {
    schema: 'corroborate/extraction@1',
    document: {
      id: 'doc_0000000000000000',
      published: sketch.published ?? null,
      outlet: sketch.outlet ?? null,
      text,
    },
    entities: (sketch.entities ?? []).map((id) => ({ id, kind: 'country', name: id, mentions: [] })),
    attributions,
    claims,
  };
}

/** Parses a gold file's content, filling the defaults as a gold file on disk would get them. */
export function gold(content: unknown): Gold {
  return Gold.parse(content);
}

/** A claim of a gold file with the usual fields defaulted. */
export function goldClaim(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'transfer',
    actor: 'IRN',
    target: 'RUS',
    weapons: [],
    status: 'asserted',
    source: '*',
    ...fields,
  };
}
