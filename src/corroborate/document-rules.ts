import type { ClaimStatus, ClaimType } from '../domain/extraction.js';
import { claimTypes } from '../knowledge/claim-types.js';
import type { MergeClaim } from './merge.js';

/** Whether a claim type is a measure a state takes or threatens (sanction, threat, referral, coordination). */
export function isMeasure(type: ClaimType): boolean {
  return claimTypes[type].measure;
}

/** Whether a claim is a measure addressed to an international body or to no one named ("at the UN"). */
export function addressedToBody(claim: {
  readonly type: ClaimType;
  readonly target: string | null;
}): boolean {
  return isMeasure(claim.type) && (claim.target === null || claim.target.startsWith('igo:'));
}

/** A claim of the document already placed, with the event it went to. */
export interface Placed<W> {
  readonly claim: MergeClaim;
  readonly status: ClaimStatus;
  /** Where the claim's statement is in its document. */
  readonly span: readonly [number, number];
  readonly working: W;
}

// A body (`igo:unsc`) or an unknown party stands for the measure's addressee, not another target.
function addresseeCompatible(a: string | null, b: string | null): boolean {
  return a === b || a === null || b === null || a.startsWith('igo:') || b.startsWith('igo:');
}

/**
 * M5: the event of a measure of the same type announced in the same document by the same actor
 * against a compatible target ("sanctions on Iran ... sanctions at the UN"): one measure. Measures
 * of different types (a threat, a referral, sanctions) are distinct events even when announced
 * together.
 */
export function packageOf<W>(claim: MergeClaim, placed: readonly Placed<W>[]): W | undefined {
  if (!isMeasure(claim.type) || claim.actor === null) return undefined;
  return placed.find(
    (p) =>
      p.claim.type === claim.type &&
      p.claim.actor === claim.actor &&
      addresseeCompatible(p.claim.target, claim.target),
  )?.working;
}

/**
 * M7: for a measure that fits no event of its block, the event of a claim of the same statement
 * that says the same of another actor ("the UK, France and Germany imposed sanctions on Iran Air":
 * one joint decision, one claim per state): same type, status, target and weapons.
 */
export function jointActOf<W>(
  claim: MergeClaim,
  status: ClaimStatus,
  span: readonly [number, number],
  placed: readonly Placed<W>[],
): W | undefined {
  // Donors named together each send their own batch; states named together in a measure take one decision.
  if (!isMeasure(claim.type) || claim.actor === null || claim.target === null) return undefined;
  if (span[1] <= span[0]) return undefined;
  const weaponKey = (m: MergeClaim) =>
    [...new Set(m.weapons.map((w) => `${w.class}:${w.system ?? ''}`))].sort().join();
  return placed.find(
    (p) =>
      p.span[0] === span[0] &&
      p.span[1] === span[1] &&
      p.status === status &&
      p.claim.type === claim.type &&
      p.claim.target === claim.target &&
      p.claim.actor !== null &&
      p.claim.actor !== claim.actor &&
      weaponKey(p.claim) === weaponKey(claim),
  )?.working;
}

/**
 * M6: the event a claim of no specific type (`other`: training, "cooperation in all areas") joins:
 * the one its document puts most of its typed claims about the same two parties in (either direction).
 */
export function storyOf<W>(claim: MergeClaim, placed: readonly Placed<W>[]): W | undefined {
  if (claim.type !== 'other' || claim.actor === null || claim.target === null) return undefined;
  const pair = new Set([claim.actor, claim.target]);
  const counts = new Map<W, number>();
  for (const p of placed) {
    if (p.claim.type === 'other' || p.claim.actor === null || p.claim.target === null) continue;
    if (!pair.has(p.claim.actor) || !pair.has(p.claim.target) || p.claim.actor === p.claim.target) continue;
    counts.set(p.working, (counts.get(p.working) ?? 0) + 1);
  }
  let best: W | undefined;
  for (const [w, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = w;
  return best;
}
