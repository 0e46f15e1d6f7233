import { existsSync } from 'node:fs';
import { NotFoundError, StoreUnavailableError } from '../errors.js';
import type { Store } from '../index.js';
import { DEFAULT_DEMO_DB } from './options.js';

/** Opens the SQLite store in `file`, runs `work` with it and closes it, whatever happens. */
export async function withStore<T>(
  file: string,
  work: (store: Store) => Promise<T>,
  options: { readonly mustExist?: boolean } = {},
): Promise<T> {
  // Reading commands must not leave an empty database behind when the name is mistyped.
  if (options.mustExist && !existsSync(file)) {
    // After `demo`, the store that exists is the demo's: say how to read it rather than only how to fill another.
    const demo = existsSync(DEFAULT_DEMO_DB) && file !== DEFAULT_DEMO_DB;
    const hint = demo ? `; to read the demo's store add --db ${DEFAULT_DEMO_DB}` : '';
    throw new NotFoundError(
      `no store at ${file}: run \`npx corroborate ingest PATH --db ${file}\` first${hint}`,
    );
  }
  // Loaded here, not at start-up, so `--help` and usage errors stay quick.
  const { openStore } = await import('../index.js');
  let store: Store;
  try {
    store = await openStore({ kind: 'sqlite', file });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(`cannot open the store ${file}: ${reason}`, { cause: error });
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
