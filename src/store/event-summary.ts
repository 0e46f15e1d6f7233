import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { EventHead } from '../corroborate/event-head.js';
import type { EventState } from '../corroborate/event-state.js';
import { type Event, EventStatus, Grade } from '../domain/event.js';
import { ClaimType, Weapon } from '../domain/extraction.js';
import { readEvent } from './event-json.js';
import type { EventSummariesTable } from './schema.js';

// A headline longer than this is cut at a word boundary: a list row shows a sentence, not a paragraph.
const HEADLINE_CHARS = 200;

/** An event as a list shows it: who did what to whom, its standing and its counts, without its claims, origins and timeline. */
export const EventSummary = z.object({
  id: z.string(),
  type: ClaimType,
  phase: z.enum(['actual', 'planned']),
  actor: z.string().nullable(),
  target: z.string().nullable(),
  weapons: z.array(Weapon),
  status: EventStatus,
  /** The event's grade without its reasons (the event itself gives them). */
  grade: Grade.pick({ reliability: true, credibility: true }),
  independentOrigins: z.number().int(),
  circular: z.boolean(),
  /** How many claims the event holds. */
  claims: z.number().int(),
  /** How many documents report the event. */
  reports: z.number().int(),
  firstReported: z.string().nullable(),
  lastReported: z.string().nullable(),
  eventTime: z.string().nullable(),
  eventTimeEnd: z.string().nullable(),
  /** The evidence of the event's first claim, cut to about 200 characters; null without a claim. */
  headline: z.string().nullable(),
});
export type EventSummary = z.infer<typeof EventSummary>;

function headline(first: string | undefined): string | null {
  const evidence = first?.replace(/\s+/g, ' ').trim();
  if (evidence === undefined || evidence === '') return null;
  if (evidence.length <= HEADLINE_CHARS) return evidence;
  const cut = evidence.slice(0, HEADLINE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > HEADLINE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

/** The summary of an event that the store keeps beside it and lists. */
export function summaryOf(event: Event): EventSummary {
  return summaryFrom(event, event.claims.length, event.claims[0]?.evidence);
}

/** The summary of an event from its head, how many claims it has and its first claim's evidence. */
function summaryFrom(event: EventHead, claims: number, first: string | undefined): EventSummary {
  return {
    id: event.id,
    type: event.type,
    phase: event.phase,
    actor: event.actor,
    target: event.target,
    weapons: event.weapons,
    status: event.status,
    grade: { reliability: event.grade.reliability, credibility: event.grade.credibility },
    independentOrigins: event.independentOrigins,
    circular: event.circular,
    claims,
    reports: event.reports,
    firstReported: event.firstReported,
    lastReported: event.lastReported,
    eventTime: event.eventTime,
    eventTimeEnd: event.eventTimeEnd,
    headline: headline(first),
  };
}

/** The event_summaries row of an event stored as its head and its claims' state. */
export function summaryRowOf(head: EventHead, state: EventState): { event_id: string; summary: string } {
  return {
    event_id: head.id,
    summary: JSON.stringify(summaryFrom(head, state.claims, state.headline?.evidence)),
  };
}

/** The event_summaries row of an event. */
export function summaryRow(event: Event): { event_id: string; summary: string } {
  return { event_id: event.id, summary: JSON.stringify(summaryOf(event)) };
}

/** An event's summary as the JSON text the store wrote (`summaryRow`), ready to send as is. */
export type SummaryText = string & { readonly __json: EventSummary };

/** The summary column as text on every backend (PostgreSQL would otherwise parse its jsonb). */
export const summaryText = sql<SummaryText>`cast(event_summaries.summary as text)`;

/** Parses summaries read as text, through the schema. */
export function parseSummaries(texts: readonly SummaryText[]): EventSummary[] {
  return texts.map((text) => EventSummary.parse(JSON.parse(text)));
}

// Rows read and written per statement while filling the summaries of events saved before they existed.
const BACKFILL_BATCH = 500;

/**
 * Writes the summary of every stored event that has none (a migration's backfill), reading the events
 * in id order a batch at a time so that memory stays flat at any size.
 */
export async function backfillEventSummaries(database: Kysely<unknown>): Promise<void> {
  const db = database.withTables<{
    events: { id: string; data: unknown };
    event_summaries: EventSummariesTable;
  }>();
  let after: string | null = null;
  for (;;) {
    let query = db.selectFrom('events').select(['id', 'data']).orderBy('id').limit(BACKFILL_BATCH);
    if (after !== null) query = query.where('id', '>', after);
    const rows = await query.execute();
    const last = rows[rows.length - 1];
    if (last === undefined) return;
    await db
      .insertInto('event_summaries')
      .values(rows.map((r) => summaryRow(readEvent(r.data))))
      .onConflict((oc) => oc.column('event_id').doNothing())
      .execute();
    after = last.id;
  }
}
