import type { Selectable } from 'kysely';
import { z } from 'zod';
import { InputFormat, RejectionCode } from '../domain/document.js';
import { ClaimStatus, ClaimType, EntityKind, Extraction } from '../domain/extraction.js';
import type { DocumentsTable, RejectionsTable } from './schema.js';
import type {
  DocumentSummary,
  EntitySummary,
  StoredDocument,
  StoredRejection,
  StoreSummary,
} from './store.js';

/** The documents columns a summary needs, for `select`. */
export const SUMMARY_COLUMNS = [
  'id',
  'published',
  'outlet',
  'title',
  'url',
  'origin',
  'entity_count',
  'attribution_count',
  'claim_count',
] as const;

/** A documents row as selected with SUMMARY_COLUMNS. */
export type SummaryRow = Pick<Selectable<DocumentsTable>, (typeof SUMMARY_COLUMNS)[number]>;

// PostgreSQL returns bigint counts as strings (pg) or numbers (PGlite); SQLite returns numbers.
const Count = z.union([z.number(), z.string(), z.bigint()]).transform((n, ctx) => {
  const value = Number(n);
  if (!Number.isSafeInteger(value) || value < 0) {
    ctx.addIssue({ code: 'custom', message: `not a count: ${String(n)}` });
    return z.NEVER;
  }
  return value;
});

const Warnings = z.array(z.string());

/** Parses a JSON column: text from SQLite, already parsed jsonb from PostgreSQL. */
function parseJson<T>(value: unknown, schema: z.ZodType<T>): T {
  return schema.parse(typeof value === 'string' ? JSON.parse(value) : value);
}

/** Reads a count out of an aggregate row, whatever numeric type the driver gave it. */
export function parseCount(value: unknown): number {
  // SQLite's counts are plain numbers already: a list reads several a row, too many for the schema's cost.
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  return Count.parse(value ?? 0);
}

/** Turns a documents row into the summary a list shows. */
export function parseSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    published: row.published,
    outlet: row.outlet,
    title: row.title,
    url: row.url,
    origin: row.origin,
    entities: parseCount(row.entity_count),
    attributions: parseCount(row.attribution_count),
    claims: parseCount(row.claim_count),
  };
}

/** Turns a whole documents row into a stored document, checking its JSON columns. */
export function parseStoredDocument(row: Selectable<DocumentsTable>): StoredDocument {
  return {
    ...parseSummary(row),
    format: InputFormat.parse(row.format),
    text: row.text,
    warnings: parseJson(row.warnings, Warnings),
    ingestedAt: row.ingested_at,
    extraction: parseJson(row.extraction, Extraction),
  };
}

/** The row an entity listing selects. */
export interface EntityRow {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly documents: unknown;
  readonly mentions: unknown;
}

/** Turns an aggregated entity row into an entity summary. */
export function parseEntitySummary(row: EntityRow): EntitySummary {
  return {
    id: row.id,
    kind: EntityKind.parse(row.kind),
    name: row.name,
    documents: parseCount(row.documents),
    mentions: parseCount(row.mentions),
  };
}

/** Turns a rejections row into a stored rejection. */
export function parseRejection(row: Selectable<RejectionsTable>): StoredRejection {
  return { origin: row.origin, code: RejectionCode.parse(row.code), reason: row.reason, at: row.at };
}

/** A `group by` row: one key and how many rows have it. */
export interface GroupCountRow {
  readonly key: string;
  readonly n: unknown;
}

/** Turns claim counts grouped by type and by status into the summary's records. */
export function parseClaimGroups(
  byType: readonly GroupCountRow[],
  byStatus: readonly GroupCountRow[],
): Pick<StoreSummary, 'claimsByType' | 'claimsByStatus'> {
  const claimsByType: Partial<Record<ClaimType, number>> = {};
  for (const row of byType) claimsByType[ClaimType.parse(row.key)] = parseCount(row.n);
  const claimsByStatus: Partial<Record<ClaimStatus, number>> = {};
  for (const row of byStatus) claimsByStatus[ClaimStatus.parse(row.key)] = parseCount(row.n);
  return { claimsByType, claimsByStatus };
}
