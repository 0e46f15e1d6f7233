import type { ClaimKey } from '../domain/correction.js';
import type { Claim, Extraction } from '../domain/extraction.js';

/** The stable key of an extracted claim of a document: its evidence offsets, type and parties. */
export function claimKey(document: string, claim: Claim): ClaimKey {
  return {
    document,
    start: claim.evidence.start,
    end: claim.evidence.end,
    type: claim.type,
    actor: claim.actor,
    target: claim.target,
  };
}

const sameReading = (key: ClaimKey, c: Claim) =>
  c.type === key.type && c.actor === key.actor && c.target === key.target;

/**
 * The claims of an extraction a key names: those with its offsets and reading; when re-extraction moved
 * the evidence's bounds, those of the same reading whose evidence overlaps the key's.
 */
export function claimsOfKey(extraction: Extraction, key: ClaimKey): Claim[] {
  const exact = extraction.claims.filter(
    (c) => c.evidence.start === key.start && c.evidence.end === key.end && sameReading(key, c),
  );
  if (exact.length > 0) return exact;
  return extraction.claims.filter(
    (c) => sameReading(key, c) && c.evidence.start < key.end && key.start < c.evidence.end,
  );
}
