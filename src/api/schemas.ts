import { z } from 'zod';
import { InputFormat } from '../domain/document.js';
import { Event, EventClaim, EventStatus, Origin } from '../domain/event.js';
import { ClaimType, EntityKind, Extraction } from '../domain/extraction.js';
import { EventSummary } from '../store/index.js';

const Limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const Offset = z.coerce.number().int().min(0).max(10_000_000).default(0);
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .optional();
// A query's "2024-13-45" has the shape of a date but is none; a posted article's goes to ingest, which
// rejects it as that article's date (422).
const QueryDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(realDay, 'expected a real calendar date')
  .optional();
/** Whether a YYYY-MM-DD string names a day of the calendar. */
function realDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const Name = z.string().trim().min(1).max(200).optional();
// As the CLI reads them: a three-letter country code in any case (irn) is the entity id IRN.
const EntityRef = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .transform((s) => (/^[a-z]{3}$/i.test(s) ? s.toUpperCase() : s))
  .optional();

/** Query of `GET /api/documents`: a page, optionally of one outlet, within days, holding a claim of a type. */
export const DocumentsQuery = z.strictObject({
  limit: Limit(1000, 50),
  offset: Offset,
  outlet: Name,
  since: QueryDay,
  until: QueryDay,
  type: ClaimType.optional(),
});

/** Query of `GET /api/entities`. */
export const EntitiesQuery = z.strictObject({
  kind: EntityKind.optional(),
  limit: Limit(10_000, 100),
  offset: Offset,
});

/** Query of `GET /api/search`. */
export const SearchQuery = z.strictObject({ q: z.string().trim().min(1).max(500), limit: Limit(200, 20) });

/** Query of `GET /api/events`: the CLI's filters, as strings in the URL. */
export const EventsQuery = z.strictObject({
  actor: EntityRef,
  target: EntityRef,
  type: ClaimType.optional(),
  status: EventStatus.optional(),
  weapon: Name,
  since: QueryDay,
  until: QueryDay,
  limit: Limit(1000, 50),
  offset: Offset,
  sort: z.enum(['last_reported', 'first_reported', 'claims', 'origins']).default('last_reported'),
});
export type EventsQuery = z.infer<typeof EventsQuery>;

/** How many of an event's claims a page shows unless asked for another number. */
export const DEFAULT_CLAIMS = 200;

/** Query of `GET /api/events/:id`: which page of the event's claims to send. */
export const EventClaimsQuery = z.strictObject({
  claimsOffset: z.coerce.number().int().min(0).default(0),
  claimsLimit: z.coerce.number().int().min(1).max(5000).default(DEFAULT_CLAIMS),
});
export type EventClaimsQuery = z.infer<typeof EventClaimsQuery>;

/** A document id as the store makes them. */
export const DocumentIdParam = z.string().regex(/^doc_[0-9a-f]{16}$/, 'expected doc_ and 16 hex digits');
/** An entity or event id: short, printable, no slashes. */
export const IdParam = z.string().regex(/^[\w.:-]{1,200}$/, 'expected an id of letters, digits and ._:-');

/** Body of `POST /api/documents` as JSON: one article and its metadata. */
export const DocumentBody = z.strictObject({
  text: z.string().refine((s) => s.trim() !== '', 'is empty'),
  title: z.string().max(1000).nullable().optional(),
  url: z.string().max(2000).nullable().optional(),
  outlet: z.string().max(200).nullable().optional(),
  date: Day.nullable(),
});
export type DocumentBody = z.infer<typeof DocumentBody>;

/** Every error the API returns. */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

/** A document in a list. */
export const DocumentSummary = z.object({
  id: z.string(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  origin: z.string().nullable(),
  entities: z.number().int(),
  attributions: z.number().int(),
  claims: z.number().int(),
});

/** One stored document with its text and every annotation. */
export const StoredDocument = DocumentSummary.extend({
  format: InputFormat,
  text: z.string(),
  warnings: z.array(z.string()),
  ingestedAt: z.string(),
  extraction: Extraction,
});

/** An entity across the store. */
export const EntitySummary = z.object({
  id: z.string(),
  kind: EntityKind,
  name: z.string(),
  documents: z.number().int(),
  mentions: z.number().int(),
});

/** One entity, the documents that name it and its roles in events. */
export const EntityDetail = z.object({
  entity: EntitySummary,
  documents: z.array(DocumentSummary),
  roles: z.object({ actor: z.number().int(), target: z.number().int(), weapon: z.number().int() }),
});

/** Counts over the store. */
export const StoreSummary = z.object({
  documents: z.number().int(),
  entities: z.number().int(),
  attributions: z.number().int(),
  claims: z.number().int(),
  rejections: z.number().int(),
  claimsByType: z.record(z.string(), z.number().int()),
  claimsByStatus: z.record(z.string(), z.number().int()),
});

/** A page of events, each as its summary (`GET /api/events/{id}` gives the whole event). */
export const EventPage = z.object({
  events: z.array(EventSummary),
  limit: z.number().int(),
  offset: z.number().int(),
  /** How many events match; when `totalExact` is false, at least this many (counting stops 1,000 past the page). */
  total: z.number().int().nullable(),
  totalExact: z.boolean(),
});

/** A node or edge of an event's provenance graph. */
export const ProvenanceGraph = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      kind: z.enum(['outlet', 'source', 'origin']),
    }),
  ),
  edges: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      target: z.string(),
      kind: z.enum(['cites', 'echoes']),
      claims: z.number().int(),
    }),
  ),
});
export type ProvenanceGraph = z.infer<typeof ProvenanceGraph>;

/** One event with a page of its claims, those grouped by independent origin, and their provenance graph. */
export const EventDetail = z.object({
  event: Event,
  /** Which of the event's claims `event.claims` holds, and how many it holds in all. */
  claimsPage: z.object({ offset: z.number().int(), limit: z.number().int(), total: z.number().int() }),
  claimsByOrigin: z.array(z.object({ origin: Origin, claims: z.array(EventClaim) })),
  graph: ProvenanceGraph,
});

/** The result of `POST /api/documents`. */
export const PostedDocument = z.object({
  status: z.enum(['stored', 'duplicate']),
  id: z.string(),
  extraction: Extraction,
  merged: z.boolean(),
});

/** A source as events name it (`U.S. officials`, `Reuters`): printable text, no control characters. */
export const SourceName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]+$/u, 'expected printable text');

/** Query of `GET /api/sources`. */
export const SourcesQuery = z.strictObject({ limit: Limit(10_000, 100) });

/** A source's track record across events. */
export const SourceRecord = z.object({
  name: z.string(),
  claims: z.number().int(),
  events: z.number().int(),
  asOrigin: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
});
