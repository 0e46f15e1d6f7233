import { existsSync } from 'node:fs';
import { NotFoundError, StoreUnavailableError } from '../errors.js';
import type { Store } from '../index.js';

/** Opens the SQLite store in `file`, runs `work` with it and closes it, whatever happens. */
export async function withStore<T>(
  file: string,
  work: (store: Store) => Promise<T>,
  options: { readonly mustExist?: boolean } = {},
): Promise<T> {
  // Reading commands must not leave an empty database behind when the name is mistyped.
  if (options.mustExist && !existsSync(file)) {
    throw new NotFoundError(`no store at ${file}: run \`corroborate ingest PATH --db ${file}\` first`);
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
