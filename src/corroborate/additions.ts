import type { ClaimStatus, ClaimType } from '../domain/extraction.js';

// What a batch is counted in: weapons, units, or the shipment itself.
const BATCH_NOUN =
  '(?:drones?|uavs?|missiles?|rockets?|shells?|rounds?|munitions?|ammunition|weapons?|arms|systems?|units?|' +
  'launchers?|batter(?:y|ies)|tanks?|jets?|aircraft|planes?|fighters?|vehicles?|howitzers?|guns?|' +
  'air defen[cs]es?|interceptors?|shipments?|deliver(?:y|ies)|batch(?:es)?|tranches?|consignments?|' +
  'packages?|supplies|equipment)';
// "more advanced drones" compares the weapons; it does not count another batch.
const COMPARATIVE =
  '(?:advanced|powerful|modern|capable|accurate|sophisticated|lethal|effective|precise|potent)';
const ADDITION = new RegExp(
  [
    // "additional Shahed drones", "further arms shipments", "more attack drones", "another shipment"
    `\\b(?:additional|further|more|another|extra)\\s+(?!${COMPARATIVE}\\b)(?:[\\w-]+\\s+){0,2}?${BATCH_NOUN}\\b`,
    // "a second batch", "a new shipment", "the next tranche"
    '\\b(?:second|third|fresh|new|next)\\s+(?:[\\w-]+\\s+)?(?:batch(?:es)?|shipments?|tranches?|consignments?|deliver(?:y|ies))\\b',
    // "three more are to follow", "more could follow"
    '\\b(?:\\d+|two|three|four|five|six|several|many|some|a few|dozens)\\s+more\\b',
    '\\bmore\\s+(?:could|would|will|may|might|are|were|is|to)\\s',
  ].join('|'),
  'i',
);

// Statuses that report or announce a batch; a denial or a non-answer ("declined to comment further")
// says nothing of which batch it is.
const TELLS: readonly ClaimStatus[] = ['asserted', 'planned', 'conditional', 'possible'];

/** Whether a statement counts its weapons as another batch than one told before ("three more units"). */
export function marksAddition(evidence: string): boolean {
  return ADDITION.test(evidence);
}

/**
 * Whether a claim tells of a batch on top of an earlier one: a transfer reported or announced by a
 * statement that marks its batch as additional ("Iran is preparing to send additional Shahed drones").
 */
export function tellsAddition(type: ClaimType, status: ClaimStatus, evidence: string): boolean {
  return type === 'transfer' && TELLS.includes(status) && marksAddition(evidence);
}
