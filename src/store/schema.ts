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

/** The tables every backend creates, as Kysely sees them. */
export interface Database {
  documents: DocumentsTable;
  entities: EntitiesTable;
  document_entities: DocumentEntitiesTable;
  attributions: AttributionsTable;
  claims: ClaimsTable;
  rejections: RejectionsTable;
}
