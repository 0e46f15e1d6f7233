import type { Event, EventClaim, Origin } from '../domain/event.js';
import { claimSource, eventTitle, gradeCode, quantityText, weaponsText } from './describe.js';
import { stixId } from './ids.js';

/** One STIX 2.1 object as exported: its common properties and whatever its type adds. */
export type StixObject = Readonly<Record<string, unknown>> & { readonly type: string; readonly id: string };

/** A STIX 2.1 bundle. */
export interface StixBundle {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
}

// STIX 2.1 Appendix A maps the Admiralty credibility scale to confidence; 6 ("cannot be judged") has none.
const CONFIDENCE: Readonly<Record<number, number>> = { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10 };

/** The MISP admiralty-scale machine tags of an event's grade, used as STIX labels and MISP tags alike. */
export function admiraltyTags(event: Event): string[] {
  return [
    `admiralty-scale:source-reliability="${event.grade.reliability.toLowerCase()}"`,
    `admiralty-scale:information-credibility="${event.grade.credibility}"`,
  ];
}

const TOOL_ID = stixId('identity', 'corroborate');

type IdentityClass = 'individual' | 'group' | 'organization' | 'unknown';

function identityClass(kind: Origin['kind'] | 'outlet'): IdentityClass {
  switch (kind) {
    case 'person':
      return 'individual';
    case 'group':
      return 'group';
    case 'outlet':
    case 'government':
    case 'organization':
      return 'organization';
    case 'sources':
    case 'unknown':
      return 'unknown';
  }
}

// STIX timestamps are RFC 3339 in UTC; a day alone is read as its midnight.
function timestamp(day: string | null, fallback: string): string {
  if (day === null) return fallback;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00.000Z` : day);
  return Number.isNaN(date.getTime()) ? fallback : date.toISOString();
}

/** Builds the objects of a bundle, sharing one identity per name across events. */
class BundleBuilder {
  readonly objects = new Map<string, StixObject>();

  constructor(private readonly now: string) {
    this.add({ type: 'identity', id: TOOL_ID, name: 'Corroborate', identity_class: 'system' });
  }

  add(object: StixObject): string {
    if (!this.objects.has(object.id)) {
      const { type, id, ...rest } = object;
      const by = id === TOOL_ID ? {} : { created_by_ref: TOOL_ID };
      const common = { type, spec_version: '2.1', id, created: this.now, modified: this.now, ...by };
      this.objects.set(id, { ...common, ...rest });
    }
    return object.id;
  }

  identity(name: string, kind: Origin['kind'] | 'outlet', role: 'outlet' | 'source'): string {
    const id = stixId('identity', name.toLowerCase());
    const extra = role === 'outlet' ? { sectors: ['communications'] } : {};
    return this.add({
      type: 'identity',
      id,
      name,
      identity_class: identityClass(kind),
      ...extra,
      x_corroborate_role: role,
    });
  }

  relationship(type: string, source: string, target: string): string {
    const id = stixId('relationship', `${type}|${source}|${target}`);
    return this.add({
      type: 'relationship',
      id,
      relationship_type: type,
      source_ref: source,
      target_ref: target,
    });
  }
}

function claimObject(event: Event, claim: EventClaim, reportId: string): StixObject {
  const key = `${event.id}|${claim.document}|${claim.claim}`;
  const authors = [claim.chain.length > 0 ? claim.chain.join(' > ') : claimSource(claim)];
  const refs =
    claim.url === null
      ? {}
      : { external_references: [{ source_name: claim.outlet ?? 'web', url: claim.url }] };
  const x_corroborate_claim = {
    document: claim.document,
    claim: claim.claim,
    status: claim.status,
    source: claim.source,
    chain: claim.chain,
    origin: claim.origin,
    outlet: claim.outlet,
    published: claim.published,
    time: claim.time,
    quantity: quantityText(claim.quantity) || null,
    weapons: weaponsText(claim.weapons),
  };
  // A denial is an opinion on the report's story; every other claim is a note attached to it.
  if (claim.status === 'denied') {
    const id = stixId('opinion', key);
    return {
      type: 'opinion',
      id,
      opinion: 'strongly-disagree',
      explanation: claim.evidence,
      authors,
      object_refs: [reportId],
      ...refs,
      x_corroborate_claim,
    };
  }
  const id = stixId('note', key);
  const abstract = `${claimSource(claim)}: ${claim.status} ${event.type} ${event.actor ?? '?'} -> ${event.target ?? '?'}`;
  return {
    type: 'note',
    id,
    abstract,
    content: claim.evidence,
    authors,
    object_refs: [reportId],
    ...refs,
    x_corroborate_claim,
  };
}

function addEvent(builder: BundleBuilder, event: Event, now: string): void {
  const reportId = stixId('report', event.id);
  const refs: string[] = [];
  for (const claim of event.claims) {
    const claimId = builder.add(claimObject(event, claim, reportId));
    // The origin's kind describes the source only when the source is the origin itself (not its spokesman).
    const name = claimSource(claim);
    const kind = claim.source === null ? 'outlet' : name === claim.origin ? claim.originKind : 'unknown';
    const source = builder.identity(name, kind, 'source');
    refs.push(claimId, source, builder.relationship('attributed-to', claimId, source));
    if (claim.outlet !== null) {
      const outlet = builder.identity(claim.outlet, 'outlet', 'outlet');
      refs.push(outlet, builder.relationship('published-by', claimId, outlet));
    }
  }
  for (const other of event.related)
    refs.push(builder.relationship('related-to', reportId, stixId('report', other)));
  const confidence = CONFIDENCE[event.grade.credibility];
  builder.add({
    type: 'report',
    id: reportId,
    name: eventTitle(event),
    description: event.grade.reasons.join(' '),
    published: timestamp(event.lastReported ?? event.firstReported, now),
    report_types: ['threat-report'],
    labels: [
      ...admiraltyTags(event),
      `corroborate:status="${event.status}"`,
      `corroborate:type="${event.type}"`,
    ],
    ...(confidence === undefined ? {} : { confidence }),
    object_refs: [...new Set(refs)],
    x_corroborate_event: {
      id: event.id,
      type: event.type,
      phase: event.phase,
      actor: event.actor,
      target: event.target,
      weapons: event.weapons.map((w) => ({ class: w.class, system: w.system ?? null })),
      status: event.status,
      independent_origins: event.independentOrigins,
      circular: event.circular,
      first_reported: event.firstReported,
      last_reported: event.lastReported,
      event_time: event.eventTime,
    },
    x_corroborate_grade: gradeCode(event),
  });
}

/**
 * A STIX 2.1 bundle of events: a report per event (Admiralty grade as labels, confidence and
 * `x_corroborate_grade`), a note per claim (an opinion per denial), identities for sources and
 * outlets, and the relationships between them.
 */
export function stixBundle(events: Iterable<Event>, now: Date): StixBundle {
  const stamp = now.toISOString();
  const builder = new BundleBuilder(stamp);
  const ids: string[] = [];
  for (const event of events) {
    addEvent(builder, event, stamp);
    ids.push(event.id);
  }
  // A relationship to a related event left out by the filter would point outside the bundle.
  const objects = [...builder.objects.values()].filter(
    (o) => o.type !== 'relationship' || builder.objects.has(String(o.target_ref)),
  );
  const kept = new Set(objects.map((o) => o.id));
  const resolved = objects.map((o) =>
    o.type === 'report' ? { ...o, object_refs: (o.object_refs as string[]).filter((r) => kept.has(r)) } : o,
  );
  return { type: 'bundle', id: stixId('bundle', `${stamp}|${ids.join(',')}`), objects: resolved };
}
