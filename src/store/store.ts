import type { EventHead } from '../corroborate/event-head.js';
import type { EventState } from '../corroborate/event-state.js';
import type { Rejection, SourceDocument } from '../domain/document.js';
import type { Event, EventClaim, EventFilter } from '../domain/event.js';
import type { ClaimStatus, ClaimType, EntityKind, Extraction } from '../domain/extraction.js';
import type { CorrectionStore } from './corrections-store.js';
import type { ClaimsOf, NearQuery } from './event-claims.js';
import type { StoredEvent } from './event-data.js';
import type { SummaryText } from './event-summary.js';
import type { SourceTally } from './source-tally.js';
import type { StoreConfig } from './store-config.js';

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

/** A page of documents, optionally of one outlet, published within days, or holding a claim of a type. */
export interface DocumentQuery {
  readonly limit: number;
  readonly offset: number;
  readonly outlet?: string | undefined;
  /** YYYY-MM-DD: published on or after this day. */
  readonly since?: string | undefined;
  /** YYYY-MM-DD: published on or before this day. */
  readonly until?: string | undefined;
  readonly claimType?: ClaimType | undefined;
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

/** The stored events counted, by status and by type. */
export interface EventCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly byType: Readonly<Record<string, number>>;
}

/** Outcome of saving one document: stored anew, or already there (same normalised text). */
export type SaveResult = { readonly status: 'stored' | 'duplicate'; readonly id: string };

/** A stored document's MinHash signature, and the document whose copy it is (null for an original). */
export interface StoredFingerprint {
  readonly document: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly signature: readonly number[];
  /** The earliest document this one is a near-duplicate of. */
  readonly echoOf: string | null;
  /** The outlet that first printed the text (this document's own for an original). */
  readonly originOutlet: string | null;
}

/** A near-duplicate candidate as the LSH band index gives it: its document, date and signature. */
export interface BandCandidate {
  readonly document: string;
  readonly published: string | null;
  readonly signature: readonly number[];
}

/** A fingerprint to save with its LSH bands. */
export interface FingerprintEntry {
  readonly fingerprint: StoredFingerprint;
  readonly bands: readonly string[];
}

/** An event to save whole, with the merge block it belongs to (type, phase, actor, target). */
export interface EventEntry {
  readonly event: Event;
  readonly block: string;
  /** The state of its claims; by default folded from them with the bundled knowledge. */
  readonly state?: EventState;
}

/** What merging changed in one event: its new head and state, and the claims to write as its rows. */
export interface EventChange {
  readonly head: EventHead;
  readonly state: EventState;
  readonly block: string;
  /** Claims new to the event, or whose form changed (citations linked anew); the others are left as stored. */
  readonly claims: readonly EventClaim[];
}

/** Which of an event's claims to read, in its order (publication date, document, claim). */
export interface ClaimPage {
  readonly offset: number;
  readonly limit: number;
}

/** Where one stored claim was merged. */
export interface EventPlacement {
  readonly document: string;
  readonly claim: string;
  readonly event: string;
}

/** A span of days (`YYYY-MM-DD`, both ends included) that events must overlap to be merge candidates. */
export interface TimeWindow {
  readonly from: string;
  readonly to: string;
  /** Also events reported on or after this day (that a denial may answer), whatever their time span. */
  readonly reportedSince?: string | null;
}

/** A page of events (or of their summaries) and how many match the filter in all. */
export interface EventPage<E = Event> {
  readonly events: E[];
  /** How many match in all; when `totalExact` is false, counting stopped there and at least that many match. */
  readonly total: number;
  readonly totalExact: boolean;
}

/** How listing events counts the matches. */
export interface ListEventsOptions {
  /** Stop counting past this many matches (an exact count walks every match); by default count them all. */
  readonly countUpTo?: number;
}

/** The persistence interface every backend (SQLite, PostgreSQL) implements the same way. */
export interface Store extends CorrectionStore {
  /**
   * Where another thread can open this store again (the server writes on a thread of its own); absent
   * for a store only this thread can reach: in-memory SQLite, PGlite in-process.
   */
  readonly location?: StoreConfig;
  /** Saves a document and its extraction in one transaction; a document already stored is left as is. */
  saveDocument(doc: SourceDocument, extraction: Extraction, at: string): Promise<SaveResult>;
  /** Records an input that was kept aside. */
  saveRejection(rejection: Rejection, at: string): Promise<void>;
  /**
   * Stores the extractions' entities (id, kind, name) not stored yet, in a transaction of their own,
   * counted only once a document naming them is saved: a writer that then holds its transaction open
   * (a queue worker waiting its turn to merge) never makes another wait on a new entity's row.
   */
  addEntities(extractions: readonly Extraction[]): Promise<void>;
  /** Lists documents, newest publication date first (undated last), then by id; optionally filtered. */
  listDocuments(query: DocumentQuery): Promise<DocumentSummary[]>;
  /** Reads one document with its text and extraction, or null when no such id is stored. */
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Lists entities, those in most documents first, then by name; optionally of one kind. */
  listEntities(query: {
    readonly kind?: EntityKind;
    /** Only this entity: its counts without grouping every other. */
    readonly id?: string;
    readonly limit: number;
    readonly offset?: number;
  }): Promise<EntitySummary[]>;
  /** Lists every rejection, oldest first. */
  listRejections(): Promise<StoredRejection[]>;
  /** Counts documents, entities, attributions, claims (by type and status) and rejections. */
  summary(): Promise<StoreSummary>;
  /** Claims per ISO week of publication (the week's Monday), oldest first, as counted when documents were saved. */
  claimsPerWeek(): Promise<{ week: string; claims: number }[]>;
  /** The newest `window` events (last reported first) for the sources' track record, claims counted per source. */
  sourceTally(window: number): Promise<SourceTally>;
  /** How many events there are, by status and by type. */
  eventCounts(): Promise<EventCounts>;
  /** Finds documents whose title or text has every word of the query, best match first; any input is safe. */
  searchDocuments(query: string, limit: number): Promise<DocumentSummary[]>;
  /**
   * Stored fingerprints sharing at least one LSH band with the given bands (near-duplicate candidates);
   * with `published`, only those of documents published within it (both ends included) or undated.
   */
  fingerprintsSharingBands(
    bands: readonly string[],
    published?: { readonly from: string; readonly to: string } | null,
  ): Promise<StoredFingerprint[]>;
  /**
   * The same candidates as `fingerprintsSharingBands`, by document id, each with only its date and
   * signature: what the near-duplicate lookup compares (`fingerprintOf` then reads the one it keeps).
   */
  nearDuplicateCandidates(
    bands: readonly string[],
    published: { readonly from: string; readonly to: string } | null,
  ): Promise<BandCandidate[]>;
  /** One document's stored fingerprint, or null. */
  fingerprintOf(document: string): Promise<StoredFingerprint | null>;
  /** Saves a document's fingerprint and its LSH bands; one already saved is kept. */
  saveFingerprint(fingerprint: StoredFingerprint, bands: readonly string[]): Promise<void>;
  /**
   * The events of the given merge blocks, each as its head and the state of its claims (not the claims):
   * all incremental merging reads. With a window, only events without a time or whose time span overlaps it.
   */
  eventsInBlocks(blocks: readonly string[], window?: TimeWindow | null): Promise<StoredEvent[]>;
  /** Inserts or replaces whole events (their claims become rows), records claims' placements and saves fingerprints, in one transaction. */
  saveEvents(
    events: readonly EventEntry[],
    placements: readonly EventPlacement[],
    fingerprints?: readonly FingerprintEntry[],
  ): Promise<void>;
  /**
   * Writes what merging changed, in one transaction: each event's head and state (a few hundred
   * bytes, whatever its size) and only its new claims' rows, the placements and the fingerprints.
   */
  saveEventChanges(
    changes: readonly EventChange[],
    placements: readonly EventPlacement[],
    fingerprints?: readonly FingerprintEntry[],
  ): Promise<void>;
  /**
   * Up to `limit` claims of one event published within the span (both ends included) and the undated
   * ones (with no span, only those), of the given outlets or citing the given one, the earliest first.
   */
  claimsNear(query: NearQuery): Promise<EventClaim[]>;
  /** Every claim of an event, in no particular order. */
  eventClaims(id: string): Promise<EventClaim[]>;
  /** The claims of one event that one origin made or one document carries, in no particular order. */
  claimsOf(id: string, of: ClaimsOf): Promise<EventClaim[]>;
  /** Lists events matching a filter, in its order, with the number matching in all (or up to a cap). */
  listEvents(filter: EventFilter, options?: ListEventsOptions): Promise<EventPage>;
  /**
   * As `listEvents`, each event's summary instead of the whole event (what a list shows, far less to read),
   * as the JSON text the store wrote: `parseSummaries` reads it.
   */
  listEventSummaries(filter: EventFilter, options?: ListEventsOptions): Promise<EventPage<SummaryText>>;
  /**
   * Reads one event, or null when no such id is stored; with `claims`, only that page of its claims
   * (origins, status and timeline are still the whole event's; `claimCount` gives the total).
   */
  getEvent(id: string, claims?: ClaimPage): Promise<Event | null>;
  /** The event a stored claim was merged into, or null. */
  eventOfClaim(document: string, claim: string): Promise<string | null>;
  /** Counts the stored events. */
  countEvents(): Promise<number>;
  /**
   * Runs `work` with a store bound to one transaction, committed when `work` resolves and rolled back
   * when it throws; retried from the start (up to a few times) when the database reports a conflict
   * with another writer. On SQLite the transaction takes the write lock at once (BEGIN IMMEDIATE), so
   * writers of a store take turns whole; within a transaction it runs `work` on the same store.
   */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /**
   * Inside `transaction`, holds the named keys (event blocks, LSH bands) until it ends, so that two
   * writers never merge into the same events at once: advisory locks on PostgreSQL; nothing on SQLite,
   * whose write transaction already holds the whole store.
   */
  lockKeys(keys: readonly string[]): Promise<void>;
  /** Up to `limit` stored documents never merged into events (no fingerprint), as an interrupted older version left them. */
  unmergedDocuments(limit: number): Promise<string[]>;
  /** Whether a stored document was merged into events (its fingerprint saved with its placements). */
  isMerged(document: string): Promise<boolean>;
  /** Closes the connection or pool; the store is unusable afterwards. */
  close(): Promise<void>;
}
