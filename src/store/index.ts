export { openStore } from './open-store.js';
export {
  createPgliteStore,
  createPostgresStore,
  type PostgresStoreOptions,
} from './postgres/create-postgres-store.js';
export { createSqliteStore } from './sqlite/create-sqlite-store.js';
export type {
  DocumentSummary,
  EntitySummary,
  SaveResult,
  Store,
  StoredDocument,
  StoredRejection,
  StoreSummary,
} from './store.js';
export { StoreConfig } from './store-config.js';
