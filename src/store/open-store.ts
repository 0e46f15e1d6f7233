import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { createPgliteStore, createPostgresStore } from './postgres/create-postgres-store.js';
import { createSqliteStore } from './sqlite/create-sqlite-store.js';
import type { Store } from './store.js';
import { StoreConfig } from './store-config.js';

/** Opens the store a config names, creating its tables if need be; throws on a bad config or an unreachable database. */
export async function openStore(config: StoreConfig): Promise<Store> {
  const result = StoreConfig.safeParse(config);
  if (!result.success) {
    throw new InvalidArgumentError(`invalid store config: ${z.prettifyError(result.error)}`, {
      cause: result.error,
    });
  }
  const parsed = result.data;
  switch (parsed.kind) {
    case 'sqlite':
      return createSqliteStore(parsed.file);
    case 'postgres':
      return createPostgresStore({ connectionString: parsed.url });
    case 'pglite':
      return createPgliteStore(parsed.dataDir);
  }
}
