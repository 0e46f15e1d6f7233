/**
 * The quantity pass of claim finding: the count before the event's weapons or troops. Times come from
 * time.ts, one per sentence.
 */
import type { Claim } from '../../domain/extraction.js';
import { quantityBefore } from '../quantity.js';
import type { Parsed } from '../text.js';
import type { WeaponReading } from './weapons.js';

/** The quantity of a claim: the first count before one of its weapons, else before the troops sent. */
export function claimQuantity(parsed: Parsed, reading: WeaponReading): Claim['quantity'] {
  let q: Claim['quantity'] = null;
  for (const w of reading.weapons) {
    q = quantityBefore(parsed, w.first);
    if (q) break;
  }
  if (!q && reading.troops >= 0) q = quantityBefore(parsed, reading.troops);
  return q;
}
