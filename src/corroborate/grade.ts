import type { EventStatus, Grade } from '../domain/event.js';
import type { Knowledge } from '../knowledge/index.js';
import type { OriginKind } from './origins.js';
import { countStances, type OriginStance, supports } from './status.js';

/** An Admiralty source-reliability letter: A completely reliable to F cannot be judged. */
export type Reliability = Grade['reliability'];

/** The reliability of each kind of origin; outlets by name, the others by kind. Configurable. */
export interface ReliabilityTable {
  readonly outlets: Readonly<Record<string, Reliability>>;
  /** An outlet not in `outlets`. */
  readonly unknownOutlet: Reliability;
  /** A government of the event's actor or target, speaking on the record. */
  readonly partyGovernment: Reliability;
  /** Any other government. */
  readonly otherGovernment: Reliability;
  /** An international body or organisation. */
  readonly organization: Reliability;
  /** Unnamed sources of an outlet. */
  readonly anonymous: Reliability;
  /** A named person who speaks for no government. */
  readonly person: Reliability;
  /** A group (a movement, "Iranians"). */
  readonly group: Reliability;
  readonly unknown: Reliability;
}

/** The default table: outlets graded as the knowledge base grades them, the rest by kind of source. */
export function defaultReliability(knowledge: Knowledge): ReliabilityTable {
  return {
    outlets: Object.fromEntries(knowledge.outlets.map((o) => [o.name, o.reliability])),
    unknownOutlet: 'F',
    partyGovernment: 'B',
    otherGovernment: 'C',
    organization: 'C',
    anonymous: 'C',
    person: 'D',
    group: 'E',
    unknown: 'F',
  };
}

/** An origin as grading sees it. */
export interface GradedOrigin extends OriginStance {
  readonly kind: OriginKind;
}

/** The reliability of one origin by the table. */
export function originReliability(origin: GradedOrigin, table: ReliabilityTable): Reliability {
  switch (origin.kind) {
    case 'outlet':
      return table.outlets[origin.name] ?? table.unknownOutlet;
    case 'government':
      return origin.official ? table.partyGovernment : table.otherGovernment;
    case 'organization':
      return table.organization;
    case 'sources':
      return table.anonymous;
    case 'person':
      return table.person;
    case 'group':
      return table.group;
    case 'unknown':
      return table.unknown;
  }
}

/**
 * Information credibility 1-6 from independent corroboration and contradiction: 1 only when two or
 * more independent origins support the event and none denies it (rules in docs/STATUS.md).
 */
export function credibility(origins: readonly OriginStance[]): number {
  const c = countStances(origins);
  if (c.supporting === 0) return c.denying > 0 ? 5 : 6;
  if (c.denying >= c.supporting) return 4;
  if (c.supporting >= 2) return c.denying === 0 ? 1 : 2;
  return c.officialSupporting > 0 ? 2 : 3;
}

/** The Admiralty grade of an event: its best source for what its status says, and its credibility. */
export function gradeEvent(
  status: EventStatus,
  origins: readonly GradedOrigin[],
  table: ReliabilityTable,
): Grade {
  // The letter rates the sources behind the status: deniers for a denied event, supporters otherwise.
  const behind =
    status === 'denied'
      ? origins.filter((o) => o.stance === 'denies')
      : status === 'unconfirmed'
        ? origins
        : origins.filter((o) => supports(o.stance));
  let reliability: Reliability = 'F';
  let best: GradedOrigin | null = null;
  for (const o of behind) {
    const r = originReliability(o, table);
    if (best === null || r < reliability) {
      reliability = r;
      best = o;
    }
  }
  const c = countStances(origins);
  const reasons = [
    best === null ? 'no source to rate' : `best source: ${best.name} (${reliability})`,
    `${c.supporting} independent origin(s) support, ${c.denying} deny, ${c.doubting} decline to confirm or hedge`,
  ];
  return { reliability, credibility: credibility(origins), reasons };
}
