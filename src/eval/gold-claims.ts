import type { Claim, ClaimStatus, ClaimType, Extraction, Weapon, WeaponClass } from '../domain/extraction.js';
import {
  ClaimStatus as ClaimStatusSchema,
  ClaimType as ClaimTypeSchema,
  WeaponClass as WeaponClassSchema,
} from '../domain/extraction.js';
import type { Gold } from './gold.js';

// The first alternative of a gold pattern; `*`, `null` and an empty pattern stand for no value.
function first(pattern: string | null | undefined): string | null {
  const value = pattern?.split('|')[0]?.trim() ?? '';
  return value === '' || value === '*' || value === 'null' ? null : value;
}

function weaponsOf(
  slots: readonly (string | null)[] | null,
  systems: readonly string[],
  classOf: (system: string) => WeaponClass | null,
): Weapon[] {
  const out: Weapon[] = [];
  const named = new Set<string>();
  for (const slot of slots ?? []) {
    const parsed = WeaponClassSchema.safeParse(first(slot));
    const cls: WeaponClass = parsed.success ? parsed.data : 'unspecified';
    const system = systems.find((s) => !named.has(s) && classOf(s) === cls) ?? null;
    if (system !== null) named.add(system);
    out.push({ class: cls, system });
  }
  return out;
}

/**
 * A gold file's claims as an extraction of its document, to measure merging apart from extraction:
 * the first alternative of each pattern, the weapon classes with the gold's named systems, the
 * outlet's own voice as source and no time (gold files give none).
 */
export function goldClaimsExtraction(
  gold: Gold,
  document: Extraction['document'],
  classOf: (system: string) => WeaponClass | null,
): Extraction {
  const claims: Claim[] = [];
  gold.claims.forEach((g, i) => {
    const type = ClaimTypeSchema.safeParse(first(g.type));
    const status = ClaimStatusSchema.safeParse(first(g.status));
    claims.push({
      id: `c${i + 1}`,
      type: (type.success ? type.data : 'other') satisfies ClaimType,
      actor: first(g.actor),
      target: first(g.target),
      weapons: weaponsOf(g.weapons, g.systems ?? [], classOf),
      time: null,
      status: (status.success ? status.data : 'asserted') satisfies ClaimStatus,
      source: null,
      chain: document.outlet === null ? [] : [document.outlet],
      evidence: { start: 0, end: 0, text: g.note ?? '' },
    });
  });
  return { schema: 'corroborate/extraction@1', document, entities: [], attributions: [], claims };
}
