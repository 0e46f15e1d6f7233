import { randomUUID } from 'node:crypto';
import { type Kysely, type Migration, Migrator } from 'kysely';

/** The alert tables, kept apart from the store's so both schemas evolve on their own. */
export interface AlertDatabase {
  /** A rule's first check, after which events are compared with what was notified. */
  alert_rule: { name: string; first_checked_at: string };
  /** The status each event was last notified with, per rule. */
  alert_notice: { rule: string; event_id: string; status: string; at: string };
  /** Every delivery attempt: to where, what, the answer or the error. */
  alert_delivery: {
    id: string;
    delivery: string;
    rule: string;
    event_id: string;
    kind: string;
    status: string;
    previous_status: string | null;
    url: string;
    attempt: number;
    ok: number;
    http_status: number | null;
    error: string | null;
    at: string;
  };
}

// Plain types both SQLite and PostgreSQL take (text, integer), so one migration serves both.
const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('alert_rule')
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('first_checked_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('alert_notice')
      .ifNotExists()
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('alert_notice_pk', ['rule', 'event_id'])
      .execute();
    await db.schema
      .createTable('alert_delivery')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('delivery', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('previous_status', 'text')
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('attempt', 'integer', (c) => c.notNull())
      .addColumn('ok', 'integer', (c) => c.notNull())
      .addColumn('http_status', 'integer')
      .addColumn('error', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('alert_delivery_at')
      .ifNotExists()
      .on('alert_delivery')
      .columns(['at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['alert_delivery', 'alert_notice', 'alert_rule'])
      await db.schema.dropTable(table).ifExists().execute();
  },
};

/** The alert tables' migrations, applied in name order. */
export const alertMigrations: Readonly<Record<string, Migration>> = { '0001-alerts': initial };

/** Creates or updates the alert tables, with bookkeeping of their own beside the store's. */
export async function migrateAlerts(db: Kysely<AlertDatabase>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...alertMigrations }) },
    migrationTableName: 'corroborate_alerts_migration',
    migrationLockTableName: 'corroborate_alerts_migration_lock',
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined)
    throw error instanceof Error ? error : new Error(`alert migration failed: ${String(error)}`);
}

/** One delivery attempt as recorded. */
export type DeliveryRecord = Omit<AlertDatabase['alert_delivery'], 'id' | 'ok'> & { readonly ok: boolean };

/** The alert tables through Kysely: what was notified, and every delivery attempt. */
export class AlertLog {
  constructor(readonly db: Kysely<AlertDatabase>) {}

  /** Whether a rule was checked before; the first call records that it now is. */
  async firstCheck(rule: string, at: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('alert_rule')
      .select('name')
      .where('name', '=', rule)
      .executeTakeFirst();
    if (row !== undefined) return false;
    await this.db.insertInto('alert_rule').values({ name: rule, first_checked_at: at }).execute();
    return true;
  }

  /** The status each event was last notified with under a rule. */
  async notices(rule: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('alert_notice')
      .select(['event_id', 'status'])
      .where('rule', '=', rule)
      .execute();
    return new Map(rows.map((r) => [r.event_id, r.status]));
  }

  /** Records that an event was notified (or remembered) with a status under a rule. */
  async notice(rule: string, eventId: string, status: string, at: string): Promise<void> {
    await this.db
      .insertInto('alert_notice')
      .values({ rule, event_id: eventId, status, at })
      .onConflict((c) => c.columns(['rule', 'event_id']).doUpdateSet({ status, at }))
      .execute();
  }

  /** Records one delivery attempt. */
  async record(attempt: DeliveryRecord): Promise<void> {
    await this.db
      .insertInto('alert_delivery')
      .values({ ...attempt, id: randomUUID(), ok: attempt.ok ? 1 : 0 })
      .execute();
  }

  /** Delivery attempts, oldest first, optionally of one rule. */
  async deliveries(rule?: string): Promise<DeliveryRecord[]> {
    let query = this.db.selectFrom('alert_delivery').selectAll().orderBy('at').orderBy('attempt');
    if (rule !== undefined) query = query.where('rule', '=', rule);
    const rows = await query.execute();
    return rows.map(({ id: _, ok, ...rest }) => ({ ...rest, ok: ok === 1 }));
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    await this.db.destroy();
  }
}
