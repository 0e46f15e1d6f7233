import type { Event, EventClaim } from '../domain/event.js';
import { claimSource, eventTitle, quantityText } from './describe.js';
import { stableUuid } from './ids.js';
import type { MispAttribute, MispEvent, MispExport } from './misp-schema.js';
import { admiraltyTags } from './stix.js';

// Attributes inherit the event's distribution; the event stays with the analyst's organisation until shared.
const INHERIT = '5';
const YOUR_ORGANISATION = '0';
const THREAT_UNDEFINED = '4';
const ANALYSIS_ONGOING = '1';

function claimComment(claim: EventClaim): string {
  const via = claim.chain.length > 1 ? ` via ${claim.chain.join(' > ')}` : '';
  const quantity = quantityText(claim.quantity);
  return [
    `${claim.status} by ${claimSource(claim)}${via}`,
    `in ${claim.outlet ?? 'an unknown outlet'} ${claim.published ?? 'undated'}`,
    claim.time === null ? '' : `time ${claim.time}`,
    quantity === '' ? '' : `quantity ${quantity}`,
    `(${claim.document}#${claim.claim})`,
  ]
    .filter((s) => s !== '')
    .join(', ');
}

function claimAttributes(event: Event, claim: EventClaim, timestamp: string): MispAttribute[] {
  const key = `${event.id}|${claim.document}|${claim.claim}`;
  const comment = claimComment(claim);
  const Tag = [{ name: `corroborate:claim-status="${claim.status}"` }];
  const common = { comment, to_ids: false, distribution: INHERIT, timestamp, Tag } as const;
  const evidence: MispAttribute = {
    uuid: stableUuid(`misp|${key}|evidence`),
    type: 'text',
    category: 'External analysis',
    value: claim.evidence.replace(/\s+/g, ' ').trim() || '(no evidence text)',
    ...common,
  };
  if (claim.url === null) return [evidence];
  const link: MispAttribute = {
    uuid: stableUuid(`misp|${key}|link`),
    type: 'link',
    category: 'External analysis',
    value: claim.url,
    ...common,
  };
  return [evidence, link];
}

/** One MISP event for a Corroborate event: its grade as `admiralty-scale` tags, each claim's evidence and link. */
export function mispEvent(event: Event, now: Date): MispEvent {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const date = event.firstReported ?? now.toISOString().slice(0, 10);
  return {
    Event: {
      uuid: stableUuid(`misp|${event.id}`),
      info: eventTitle(event),
      date: /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : now.toISOString().slice(0, 10),
      threat_level_id: THREAT_UNDEFINED,
      analysis: ANALYSIS_ONGOING,
      distribution: YOUR_ORGANISATION,
      published: false,
      timestamp,
      Tag: [
        ...admiraltyTags(event),
        `corroborate:status="${event.status}"`,
        `corroborate:type="${event.type}"`,
        `corroborate:event-id="${event.id}"`,
      ].map((name) => ({ name })),
      Attribute: event.claims.flatMap((claim) => claimAttributes(event, claim, timestamp)),
    },
  };
}

/** MISP events for many Corroborate events, in the `{ "response": [...] }` shape of MISP's restSearch. */
export function mispExport(events: Iterable<Event>, now: Date): MispExport {
  return { response: [...events].map((event) => mispEvent(event, now)) };
}
