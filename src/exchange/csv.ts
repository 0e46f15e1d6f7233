import type { Event, EventClaim } from '../domain/event.js';
import { claimSource, gradeCode, quantityText, weaponsText } from './describe.js';

/** The CSV columns, one row per claim of an event. */
export const CSV_COLUMNS = [
  'event_id',
  'event_type',
  'phase',
  'actor',
  'target',
  'weapons',
  'event_status',
  'grade',
  'independent_origins',
  'claim_status',
  'source',
  'chain',
  'outlet',
  'published',
  'claim_time',
  'quantity',
  'document',
  'claim_id',
  'url',
  'evidence',
] as const;

// A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR) is prefixed with a quote, so an
// article cannot run code in an analyst's spreadsheet.
function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function row(event: Event, claim: EventClaim): string {
  const values = [
    event.id,
    event.type,
    event.phase,
    event.actor,
    event.target,
    weaponsText(claim.weapons.length > 0 ? claim.weapons : event.weapons),
    event.status,
    gradeCode(event),
    event.independentOrigins,
    claim.status,
    claimSource(claim),
    claim.chain.join(' > '),
    claim.outlet,
    claim.published,
    claim.time,
    quantityText(claim.quantity),
    claim.document,
    claim.claim,
    claim.url,
    claim.evidence.replace(/\s+/g, ' ').trim(),
  ];
  return `${values.map(cell).join(',')}\r\n`;
}

/** The CSV header line (RFC 4180, CRLF line ends). */
export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

/** The CSV rows of one event, one per claim. */
export function csvRows(event: Event): string {
  return event.claims.map((claim) => row(event, claim)).join('');
}
