import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database } from './schema.js';

/** Brings a database up to the latest of the given migrations, which are applied in name order. */
export async function migrateToLatest(
  db: Kysely<Database>,
  migrations: Readonly<Record<string, Migration>>,
): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations }) } });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error(`store migration failed: ${String(error)}`);
  }
}
