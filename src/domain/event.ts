import { z } from 'zod';
import { ClaimStatus, ClaimType, Quantity, Weapon } from './extraction.js';

/** The status of an event across all its reports (rules in docs/STATUS.md). */
export const EventStatus = z.enum([
  'claimed',
  'corroborated',
  'officially_confirmed',
  'disputed',
  'denied',
  'unconfirmed',
  'planned',
  'threatened',
]);
export type EventStatus = z.infer<typeof EventStatus>;

/** Admiralty-style grade: source reliability A-F and information credibility 1-6. */
export const Grade = z.object({
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  credibility: z.number().int().min(1).max(6),
  reasons: z.array(z.string()),
});
export type Grade = z.infer<typeof Grade>;

/** One claim as an event holds it: where it was printed and who made it. */
export const EventClaim = z.object({
  document: z.string(),
  /** The document's file or URL as ingested. */
  file: z.string().nullable(),
  url: z.string().nullable(),
  claim: z.string(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  status: ClaimStatus,
  source: z.string().nullable(),
  chain: z.array(z.string()),
  origin: z.string(),
  evidence: z.string(),
  quantity: Quantity.nullable().optional(),
  /** What the claim says was moved or used. */
  weapons: z.array(Weapon).default([]),
  /** When the claim says it happened (`claim.time.start`), null when it does not say. */
  time: z.string().nullable().default(null),
  /** What kind of origin `origin` is. */
  originKind: z
    .enum(['outlet', 'sources', 'government', 'person', 'organization', 'group', 'unknown'])
    .default('unknown'),
  /** Outlets the claim's chain cites, outermost first (not the document's own outlet). */
  cites: z.array(z.string()).default([]),
  /** The stored document a cited outlet's hop links to, when it is in the same event. */
  linked: z.string().nullable().default(null),
  /**
   * The cited outlet whose linked story gave the claim its origin: the claim's own origin was that
   * outlet, so that linking it again to another story starts from there, in whatever order stories came.
   */
  originVia: z.string().optional(),
  /** The earlier document this one is a near-duplicate of (syndicated copy, repost). */
  echoOf: z.string().nullable().default(null),
  /** When the claim's source took its stance, where the text dates it (the extraction's `stated`). */
  stated: z.string().optional(),
  /** Set when the stance is told as an old one (a recap): it does not replace a stance another document set. */
  retrospective: z.literal(true).optional(),
});
export type EventClaim = z.infer<typeof EventClaim>;

/** An independent origin of an event's claims and what it says. */
export const Origin = z.object({
  name: z.string(),
  stance: z.enum(['asserts', 'denies', 'unconfirmed', 'hedges', 'plans', 'conditional']),
  claims: z.number().int(),
  /** Outlets that only repeat this origin. */
  echoes: z.array(z.string()),
  kind: z
    .enum(['outlet', 'sources', 'government', 'person', 'organization', 'group', 'unknown'])
    .default('unknown'),
  /** A government of the event's actor or target. */
  official: z.boolean().default(false),
  /** The speakers heard for this origin (an official, a spokesman, a ministry). */
  speakers: z.array(z.string()).default([]),
  /** Documents that carry this origin's claims. */
  documents: z.number().int().default(0),
});
export type Origin = z.infer<typeof Origin>;

/** A change in an event's story on a publication date. */
export const TimelineEntry = z.object({
  date: z.string().nullable(),
  status: EventStatus,
  kind: z.enum(['first_report', 'status_change', 'denial', 'confirmation', 'report']),
  document: z.string(),
  claim: z.string(),
  outlet: z.string().nullable(),
  /** Why the entry is there, in words (which origin, a temporal echo). */
  note: z.string().nullable().default(null),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** One real-world event as many documents report it. */
export const Event = z.object({
  id: z.string(),
  type: ClaimType,
  actor: z.string().nullable(),
  target: z.string().nullable(),
  weapons: z.array(Weapon),
  status: EventStatus,
  grade: Grade,
  independentOrigins: z.number().int(),
  circular: z.boolean(),
  origins: z.array(Origin),
  claims: z.array(EventClaim),
  timeline: z.array(TimelineEntry),
  firstReported: z.string().nullable(),
  lastReported: z.string().nullable(),
  eventTime: z.string().nullable(),
  /** The latest time the event's claims give (their own times and the first report's date). */
  eventTimeEnd: z.string().nullable().default(null),
  /** A planned (or conditional) event is kept apart from the delivery it announces. */
  phase: z.enum(['actual', 'planned']).default('actual'),
  /** Outlets that carry the event's claims but originate none of them. */
  echoes: z.array(z.string()).default([]),
  /** Documents that report the event. */
  reports: z.number().int().default(0),
  /** Linked but distinct events: the negotiation, the planned and the delivered transfer of one batch. */
  related: z.array(z.string()).default([]),
});
export type Event = z.infer<typeof Event>;

/** Filters for listing events (CLI flags, HTTP query). */
export const EventFilter = z.object({
  actor: z.string().optional(),
  target: z.string().optional(),
  type: ClaimType.optional(),
  status: EventStatus.optional(),
  weapon: z.string().optional(),
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  limit: z.number().int().min(1).max(1000).default(50),
  offset: z.number().int().min(0).default(0),
  sort: z.enum(['last_reported', 'first_reported', 'claims', 'origins']).default('last_reported'),
});
export type EventFilter = z.infer<typeof EventFilter>;
