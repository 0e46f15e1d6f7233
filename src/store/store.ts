import type { Rejection, SourceDocument } from '../domain/document.js';
import type { ClaimStatus, ClaimType, EntityKind, Extraction } from '../domain/extraction.js';

/** A stored document in a list: metadata and counts, no text. */
export interface DocumentSummary {
  readonly id: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly origin: string | null;
  readonly entities: number;
  readonly attributions: number;
  readonly claims: number;
}

/** A stored document with its text and its whole extraction. */
export interface StoredDocument extends DocumentSummary {
  readonly format: SourceDocument['format'];
  readonly text: string;
  readonly warnings: readonly string[];
  readonly ingestedAt: string;
  readonly extraction: Extraction;
}

/** An entity across the store, with how many documents mention it. */
export interface EntitySummary {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly documents: number;
  readonly mentions: number;
}

/** A stored rejection, with when it happened. */
export interface StoredRejection extends Rejection {
  readonly at: string;
}

/** Counts over the whole store. */
export interface StoreSummary {
  readonly documents: number;
  readonly entities: number;
  readonly attributions: number;
  readonly claims: number;
  readonly rejections: number;
  readonly claimsByType: Readonly<Partial<Record<ClaimType, number>>>;
  readonly claimsByStatus: Readonly<Partial<Record<ClaimStatus, number>>>;
}

/** Outcome of saving one document: stored anew, or already there (same normalised text). */
export type SaveResult = { readonly status: 'stored' | 'duplicate'; readonly id: string };

/** The persistence interface every backend (SQLite, PostgreSQL) implements the same way. */
export interface Store {
  /** Saves a document and its extraction in one transaction; a document already stored is left as is. */
  saveDocument(doc: SourceDocument, extraction: Extraction, at: string): Promise<SaveResult>;
  /** Records an input that was kept aside. */
  saveRejection(rejection: Rejection, at: string): Promise<void>;
  listDocuments(query: { readonly limit: number; readonly offset: number }): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listEntities(query: { readonly kind?: EntityKind; readonly limit: number }): Promise<EntitySummary[]>;
  listRejections(): Promise<StoredRejection[]>;
  summary(): Promise<StoreSummary>;
  close(): Promise<void>;
}
