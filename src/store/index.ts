export type { ClaimCursor, NearQuery } from './event-claims.js';
export type { StoredEvent } from './event-data.js';
export { EventSummary, parseSummaries, type SummaryText, summaryOf } from './event-summary.js';
export { openStore } from './open-store.js';
export {
  createPgliteStore,
  createPostgresStore,
  type PostgresStoreOptions,
} from './postgres/create-postgres-store.js';
export { createSqliteStore } from './sqlite/create-sqlite-store.js';
export type {
  ClaimPage,
  DocumentSummary,
  EntitySummary,
  EventChange,
  EventEntry,
  EventPage,
  EventPlacement,
  FingerprintEntry,
  ListEventsOptions,
  SaveResult,
  Store,
  StoredDocument,
  StoredFingerprint,
  StoredRejection,
  StoreSummary,
  TimeWindow,
} from './store.js';
export { StoreConfig } from './store-config.js';
