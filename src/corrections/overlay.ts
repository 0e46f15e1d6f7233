import { ClaimFix, type StoredCorrection } from '../domain/correction.js';
import type { Attribution, Claim, Extraction, Weapon } from '../domain/extraction.js';
import { claimsOfKey } from './claim-key.js';

/** The attribution id a correction's source gets when no speaker of the document has that name. */
export const correctionSourceId = (correction: Pick<StoredCorrection, 'id'>) => `correction:${correction.id}`;

function withWeapons(claim: Claim, classes: readonly Weapon['class'][]): Weapon[] {
  // A class kept keeps the systems the extraction named for it.
  return classes.flatMap((cls) => {
    const named = claim.weapons.filter((w) => w.class === cls);
    return named.length > 0 ? named : [{ class: cls, system: null }];
  });
}

function chainOf(id: string, byId: ReadonlyMap<string, Attribution>): string[] {
  const chain: string[] = [];
  for (let at: string | null = id; at !== null && !chain.includes(at); at = byId.get(at)?.parent ?? null) {
    chain.unshift(at);
  }
  return chain;
}

/** A claim with a fix's fields set; null when the fix marks it wrong. */
function fixed(
  claim: Claim,
  fix: ClaimFix,
  sourceId: string | null,
  byId: ReadonlyMap<string, Attribution>,
): Claim | null {
  if (fix.wrong === true) return null;
  let out: Claim = { ...claim };
  if (fix.status !== undefined) {
    out = { ...out, status: fix.status };
    // A status set by hand is not the pause the extraction read.
    delete out.halted;
  }
  if (fix.actor !== undefined) out = { ...out, actor: fix.actor };
  if (fix.target !== undefined) out = { ...out, target: fix.target };
  if (fix.actor !== undefined || fix.target !== undefined) delete out.inferred;
  if (fix.weapons !== undefined) out = { ...out, weapons: withWeapons(claim, fix.weapons) };
  if (sourceId !== null) out = { ...out, source: sourceId, chain: chainOf(sourceId, byId) };
  return out;
}

/**
 * An extraction as the analysts corrected it: an excluded document has no claims; a claim marked wrong
 * is dropped; the others get the status, source, parties and weapons set on them, the later correction
 * winning. A new source name becomes an attribution of its own over the claim's evidence. Pure.
 */
export function overlayExtraction(
  extraction: Extraction,
  corrections: readonly StoredCorrection[],
): Extraction {
  const document = extraction.document.id;
  const own = corrections.filter((c) => c.document === document);
  if (own.length === 0) return extraction;
  if (own.some((c) => c.kind === 'exclude_document')) return { ...extraction, claims: [] };
  const attributions = [...extraction.attributions];
  const byId = new Map(attributions.map((a) => [a.id, a]));
  const claims = new Map<string, Claim | null>(extraction.claims.map((c) => [c.id, c]));
  for (const correction of own) {
    const parsed = ClaimFix.safeParse(correction.after);
    if (correction.kind !== 'claim' || correction.claim === null || !parsed.success) continue;
    const fix = parsed.data;
    let sourceId: string | null = null;
    if (fix.source !== undefined) {
      const name = fix.source.toLowerCase();
      const known = attributions.find((a) => a.source.name.toLowerCase() === name);
      sourceId = known?.id ?? correctionSourceId(correction);
      if (known === undefined) {
        for (const target of claimsOfKey(extraction, correction.claim)) {
          const a: Attribution = {
            id: sourceId,
            source: { name: fix.source, entity: null, kind: 'person' },
            cue: 'corrected by an analyst',
            content: { start: target.evidence.start, end: target.evidence.end },
            parent: null,
          };
          attributions.push(a);
          byId.set(a.id, a);
          break;
        }
      }
    }
    for (const target of claimsOfKey(extraction, correction.claim)) {
      const current = claims.get(target.id);
      if (current === undefined || current === null) continue;
      claims.set(target.id, fixed(current, fix, sourceId, byId));
    }
  }
  return {
    ...extraction,
    attributions,
    claims: [...claims.values()].filter((c): c is Claim => c !== null),
  };
}
