import { existsSync } from 'node:fs';
import { NotFoundError, StoreUnavailableError } from '../errors.js';
import type { Store } from '../index.js';
import { displayStore, isPostgresUrl, storeConfigOf } from './store-location.js';

/**
 * Opens the store `db` names (a SQLite file, or a PostgreSQL server for a postgres:// URL, its tables
 * made on first use), runs `work` with it and closes it, whatever happens.
 */
export async function withStore<T>(
  db: string,
  work: (store: Store) => Promise<T>,
  options: { readonly mustExist?: boolean } = {},
): Promise<T> {
  // Reading commands must not leave an empty database behind when the name is mistyped.
  if (options.mustExist && !isPostgresUrl(db) && !existsSync(db)) {
    throw new NotFoundError(`no store at ${db}: run \`corroborate ingest PATH --db ${db}\` first`);
  }
  // Loaded here, not at start-up, so `--help` and usage errors stay quick.
  const { openStore } = await import('../index.js');
  let store: Store;
  try {
    store = await openStore(storeConfigOf(db));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(`cannot open the store ${displayStore(db)}: ${reason}`, { cause: error });
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
