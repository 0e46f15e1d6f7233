import type { Insertable } from 'kysely';
import type { SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import type {
  AttributionsTable,
  ClaimsTable,
  DocumentEntitiesTable,
  DocumentsTable,
  EntitiesTable,
} from './schema.js';

/** The rows one saved document writes, table by table. */
export interface DocumentRows {
  readonly document: Insertable<DocumentsTable>;
  readonly entities: readonly Insertable<EntitiesTable>[];
  readonly documentEntities: readonly Insertable<DocumentEntitiesTable>[];
  readonly attributions: readonly Insertable<AttributionsTable>[];
  readonly claims: readonly Insertable<ClaimsTable>[];
}

/** Turns a document and its extraction into the rows that store them. */
export function documentRows(doc: SourceDocument, extraction: Extraction, at: string): DocumentRows {
  if (extraction.document.id !== doc.id) {
    throw new Error(`extraction of ${extraction.document.id} cannot be saved with document ${doc.id}`);
  }
  const documentId = doc.id;
  const text = extraction.document.text;

  // An extraction lists each entity once; should one repeat, its mentions add up rather than
  // failing the whole document on the primary key.
  const entities = new Map<string, { id: string; kind: string; name: string; mentions: number }>();
  for (const entity of extraction.entities) {
    const row = entities.get(entity.id) ?? {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      mentions: 0,
    };
    row.mentions += entity.mentions.length;
    entities.set(entity.id, row);
  }

  const sourceNames = new Map(extraction.attributions.map((a) => [a.id, a.source.name]));

  return {
    document: {
      id: documentId,
      published: doc.published,
      outlet: doc.outlet ?? extraction.document.outlet,
      title: doc.title,
      url: doc.url,
      origin: doc.origin,
      format: doc.format,
      text: doc.text,
      warnings: JSON.stringify(doc.warnings),
      ingested_at: at,
      extraction: JSON.stringify(extraction),
      entity_count: entities.size,
      attribution_count: extraction.attributions.length,
      claim_count: extraction.claims.length,
    },
    entities: [...entities.values()].map(({ id, kind, name }) => ({ id, kind, name })),
    documentEntities: [...entities.values()].map(({ id, mentions }) => ({
      document_id: documentId,
      entity_id: id,
      mentions,
    })),
    attributions: extraction.attributions.map((a) => ({
      document_id: documentId,
      id: a.id,
      source_name: a.source.name,
      source_entity: a.source.entity,
      source_kind: a.source.kind,
      cue: a.cue,
      mode: a.mode ?? null,
      parent: a.parent,
      content_start: a.content.start,
      content_end: a.content.end,
    })),
    claims: extraction.claims.map((c) => ({
      document_id: documentId,
      id: c.id,
      type: c.type,
      actor: c.actor,
      target: c.target,
      status: c.status,
      source_id: c.source,
      source_name: c.source === null ? null : (sourceNames.get(c.source) ?? null),
      weapons: JSON.stringify(c.weapons),
      quantity: c.quantity == null ? null : JSON.stringify(c.quantity),
      time: c.time == null ? null : JSON.stringify(c.time),
      chain: JSON.stringify(c.chain),
      evidence_start: c.evidence.start,
      evidence_end: c.evidence.end,
      evidence_text: c.evidence.text ?? text.slice(c.evidence.start, c.evidence.end),
    })),
  };
}
