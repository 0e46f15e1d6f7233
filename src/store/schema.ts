import type { ColumnType, Generated } from 'kysely';

/** A JSON column: written as JSON text, read back as text (SQLite) or already parsed (PostgreSQL jsonb). */
export type JsonColumn<Nullable extends null = never> = ColumnType<
  unknown,
  string | Nullable,
  string | Nullable
>;

/** One ingested document with its whole extraction and its counts. */
export interface DocumentsTable {
  id: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  origin: string | null;
  format: string;
  text: string;
  warnings: JsonColumn;
  ingested_at: string;
  extraction: JsonColumn;
  entity_count: number;
  attribution_count: number;
  claim_count: number;
}

/** A canonical entity; the first name seen is kept. */
export interface EntitiesTable {
  id: string;
  kind: string;
  name: string;
  /** How many documents name it, kept as documents are saved. */
  documents: ColumnType<number, number | undefined, unknown>;
  /** How often those documents name it, kept as documents are saved. */
  mentions: ColumnType<number, number | undefined, unknown>;
}

/** A counter kept as the store is written (`documents`, `type:transfer`, `week:2024-09-02`...). */
export interface StoreCountsTable {
  key: string;
  /** A bigint on PostgreSQL, which its driver reads as text. */
  n: ColumnType<number | string, number, unknown>;
}

/** Which documents mention an entity, and how often. */
export interface DocumentEntitiesTable {
  document_id: string;
  entity_id: string;
  mentions: number;
}

/** One reported statement in a document. */
export interface AttributionsTable {
  document_id: string;
  id: string;
  source_name: string;
  source_entity: string | null;
  source_kind: string;
  cue: string;
  mode: string | null;
  parent: string | null;
  content_start: number;
  content_end: number;
}

/** One claim in a document, with its evidence span. */
export interface ClaimsTable {
  document_id: string;
  id: string;
  type: string;
  actor: string | null;
  target: string | null;
  status: string;
  source_id: string | null;
  source_name: string | null;
  weapons: JsonColumn;
  quantity: JsonColumn<null>;
  time: JsonColumn<null>;
  chain: JsonColumn;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
}

/** An input kept aside at ingest. */
export interface RejectionsTable {
  id: Generated<number>;
  origin: string;
  code: string;
  reason: string;
  at: string;
}

/**
 * One event as merged across documents: the block it is merged in, filterable columns, and as `data`
 * its head (the event without claims and timeline) and the state of its claims (StoredEventData).
 */
export interface EventsTable {
  id: string;
  block: string;
  type: string;
  phase: string;
  actor: string | null;
  target: string | null;
  status: string;
  first_reported: string | null;
  last_reported: string | null;
  event_time: string | null;
  event_time_end: string | null;
  claim_count: number;
  origin_count: number;
  /** Weapon classes and systems, space-delimited with a space at each end (filters read event_weapons). */
  weapon_terms: string;
  /** How long the event was reported over (ReportSpan): 0 on one day, 1 up to SHORT_SPAN_DAYS, 2 longer. */
  report_span: ColumnType<number, number | undefined, number>;
  data: JsonColumn;
  /** Raised each time the event is saved, so that a process holding it in memory knows when to read it again. */
  version: ColumnType<number, number | undefined, number>;
}

/** What an event list shows of each event (EventSummary as JSON), apart from the whole event so a page reads only these. */
export interface EventSummariesTable {
  event_id: string;
  summary: JsonColumn;
}

/** Each weapon class and system an event names, lower-cased, for the weapon filter. */
export interface EventWeaponsTable {
  term: string;
  event_id: string;
}

/**
 * Which event each stored claim was merged into, and the claim as the event holds it (EventClaim as
 * JSON, citations linked): an event's claims are these rows, so adding one writes one row.
 */
export interface EventClaimsTable {
  document_id: string;
  claim_id: string;
  event_id: string;
  /** Its document's publication date, so that the claims near a date are read by index. */
  published: ColumnType<string | null, string | null | undefined, string | null>;
  outlet: ColumnType<string | null, string | null | undefined, string | null>;
  /** The outlets the claim cites, each between bars (`|Reuters|AP|`); null when it cites none. */
  cites: ColumnType<string | null, string | null | undefined, string | null>;
  data: ColumnType<unknown, string | null | undefined, string | null>;
  /** The claim's origin as linked, so that one origin's claims are read alone when a relink moves a claim. */
  origin: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A stored document's MinHash signature, and the earlier document it is a near-duplicate of. */
export interface DocumentFingerprintsTable {
  document_id: string;
  published: string | null;
  outlet: string | null;
  signature: JsonColumn;
  echo_of: string | null;
  origin_outlet: string | null;
}

/** The LSH bands of each fingerprint, to find near-duplicate candidates without a scan. */
export interface FingerprintBandsTable {
  band: string;
  document_id: string;
  /** The document's publication date, so that a band's candidates are read nearest first, within a window. */
  published: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The tables every backend creates, as Kysely sees them. */
export interface Database {
  documents: DocumentsTable;
  entities: EntitiesTable;
  store_counts: StoreCountsTable;
  document_entities: DocumentEntitiesTable;
  attributions: AttributionsTable;
  claims: ClaimsTable;
  rejections: RejectionsTable;
  events: EventsTable;
  event_claims: EventClaimsTable;
  event_weapons: EventWeaponsTable;
  event_summaries: EventSummariesTable;
  document_fingerprints: DocumentFingerprintsTable;
  fingerprint_bands: FingerprintBandsTable;
}
