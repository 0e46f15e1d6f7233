import { existsSync } from 'node:fs';
import { NotFoundError, StoreUnavailableError } from '../errors.js';
import type { Store } from '../index.js';
import { DEFAULT_DEMO_DB } from './options.js';
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
    // After `demo`, the store that exists is the demo's: say how to read it rather than only how to fill another.
    const demo = existsSync(DEFAULT_DEMO_DB) && db !== DEFAULT_DEMO_DB;
    const hint = demo ? `; to read the demo's store add --db ${DEFAULT_DEMO_DB}` : '';
    throw new NotFoundError(`no store at ${db}: run \`npx corroborate ingest PATH --db ${db}\` first${hint}`);
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
