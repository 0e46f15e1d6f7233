import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database } from './schema.js';

/**
 * Brings a database up to the latest of the given migrations, applied in name order; `schema` is
 * where PostgreSQL keeps the bookkeeping tables (the one the store's tables land in).
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  migrations: Readonly<Record<string, Migration>>,
  schema?: string,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    // Own names, so that another Kysely app sharing the database keeps its migrations apart.
    migrationTableName: 'corroborate_migration',
    migrationLockTableName: 'corroborate_migration_lock',
    // Named, because Kysely otherwise takes a bookkeeping table in any schema as this one's.
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error(`store migration failed: ${String(error)}`);
  }
}
