import { type Kysely, type Migration, sql } from 'kysely';
import type { DocumentRows } from './document-rows.js';
import { parseClaimGroups, parseCount } from './parse-rows.js';
import type { Database } from './schema.js';
import type { StoreSummary } from './store.js';

/** The Monday starting the ISO week of a date (`YYYY-MM-DD`, any time after it is ignored). */
export function weekOf(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

const isDay = (value: string | null | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

/**
 * What saving one document adds to the store's counters, by key (`claims`, `type:transfer`,
 * `week:2024-09-02`...); `entities` is counted apart, as entities are first named (PendingCounts).
 */
export function documentCounts(rows: DocumentRows): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, n: number) => {
    if (n !== 0) counts.set(key, (counts.get(key) ?? 0) + n);
  };
  add('documents', 1);
  add('attributions', rows.attributions.length);
  add('claims', rows.claims.length);
  for (const claim of rows.claims) {
    add(`type:${claim.type}`, 1);
    add(`status:${claim.status}`, 1);
  }
  const published = rows.document.published;
  if (isDay(published)) add(`week:${weekOf(published)}`, rows.claims.length);
  return counts;
}

/**
 * Adds to the counters inside the caller's transaction, keys in one order so that two writers on
 * PostgreSQL wait for each other rather than deadlock.
 */
export async function addCounts(trx: Kysely<Database>, counts: ReadonlyMap<string, number>): Promise<void> {
  const rows = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => ({ key, n }));
  if (rows.length === 0) return;
  await trx
    .insertInto('store_counts')
    .values(rows)
    .onConflict((oc) => oc.column('key').doUpdateSet({ n: sql<number>`store_counts.n + excluded.n` }))
    .execute();
}

// Entities per statement: three bound values each, well under SQLite's and PostgreSQL's limits.
const ENTITIES_PER_STATEMENT = 300;

/**
 * Adds documents' entities to their counters (documents naming them, mentions), one statement per few
 * hundred entities, in id order; returns how many entities were named for the first time (counted from
 * zero), which is what the `entities` counter counts.
 */
export async function addEntityCounts(
  trx: Kysely<Database>,
  entities: ReadonlyMap<string, { readonly documents: number; readonly mentions: number }>,
): Promise<number> {
  const sorted = [...entities].sort(([a], [b]) => (a < b ? -1 : 1));
  let fresh = 0;
  for (let i = 0; i < sorted.length; i += ENTITIES_PER_STATEMENT) {
    const part = sorted.slice(i, i + ENTITIES_PER_STATEMENT);
    // VALUES columns are column1..3 on both backends; UPDATE ... FROM is SQLite 3.33+ and PostgreSQL.
    const values = sql.join(
      part.map(([id, c]) => sql`(${id}, cast(${c.documents} as integer), cast(${c.mentions} as integer))`),
    );
    const { rows } = await sql<{ id: string; documents: number }>`update entities
      set documents = entities.documents + v.column2, mentions = entities.mentions + v.column3
      from (values ${values}) as v where entities.id = v.column1
      returning entities.id, entities.documents`.execute(trx);
    const added = new Map(part);
    for (const r of rows) if (Number(r.documents) === added.get(r.id)?.documents) fresh += 1;
  }
  return fresh;
}

/**
 * Counters a transaction adds up as it saves documents and writes once, at its end: one statement for
 * the store's counters and one per few hundred entities, and on PostgreSQL the counter rows are locked
 * only for the end of the transaction, not from its first document on.
 */
export class PendingCounts {
  private readonly counts = new Map<string, number>();
  private readonly entities = new Map<string, { documents: number; mentions: number }>();

  /** Adds what one saved document (or rejection) counts, and the entities it names with their mentions. */
  add(
    counts: ReadonlyMap<string, number>,
    entities: readonly { readonly entity_id: string; readonly mentions: number }[] = [],
  ): void {
    for (const [key, n] of counts) this.counts.set(key, (this.counts.get(key) ?? 0) + n);
    for (const { entity_id, mentions } of entities) {
      const c = this.entities.get(entity_id) ?? { documents: 0, mentions: 0 };
      c.documents += 1;
      c.mentions += mentions;
      this.entities.set(entity_id, c);
    }
  }

  /** Writes the counters added so far in `trx` and starts again from nothing. */
  async flush(trx: Kysely<Database>): Promise<void> {
    const fresh = await addEntityCounts(trx, this.entities);
    if (fresh > 0) this.counts.set('entities', (this.counts.get('entities') ?? 0) + fresh);
    await addCounts(trx, this.counts);
    this.counts.clear();
    this.entities.clear();
  }
}

/** Every counter, by key. */
async function readCounts(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('store_counts').select(['key', 'n']).execute();
  return new Map(rows.map((r) => [r.key, parseCount(r.n)]));
}

/** The store's counts as the counters hold them: a handful of rows, whatever the store's size. */
export async function countedSummary(db: Kysely<Database>): Promise<StoreSummary> {
  const counts = await readCounts(db);
  const groups = (prefix: string) =>
    [...counts]
      .filter(([key, n]) => key.startsWith(prefix) && n !== 0)
      .map(([key, n]) => ({ key: key.slice(prefix.length), n }));
  return {
    documents: counts.get('documents') ?? 0,
    entities: counts.get('entities') ?? 0,
    attributions: counts.get('attributions') ?? 0,
    claims: counts.get('claims') ?? 0,
    rejections: counts.get('rejections') ?? 0,
    ...parseClaimGroups(groups('type:'), groups('status:')),
  };
}

/** Claims per ISO week of publication (its Monday), oldest first, from the counters. */
export async function countedWeeks(db: Kysely<Database>): Promise<{ week: string; claims: number }[]> {
  const rows = await db
    .selectFrom('store_counts')
    .select(['key', 'n'])
    .where('key', '>=', 'week:')
    .where('key', '<', 'week;')
    .orderBy('key')
    .execute();
  return rows
    .map((r) => ({ week: r.key.slice('week:'.length), claims: parseCount(r.n) }))
    .filter((w) => w.claims > 0);
}

async function backfillCounts(db: Kysely<Database>): Promise<void> {
  const counts = new Map<string, number>();
  const one = async (key: string, table: keyof Database) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    counts.set(key, parseCount(row?.n));
  };
  await one('documents', 'documents');
  await one('entities', 'entities');
  await one('attributions', 'attributions');
  await one('claims', 'claims');
  await one('rejections', 'rejections');
  for (const column of ['type', 'status'] as const) {
    const rows = await db
      .selectFrom('claims')
      .select((eb) => [eb.ref(column).as('key'), eb.fn.countAll().as('n')])
      .groupBy(column)
      .execute();
    for (const r of rows) counts.set(`${column}:${r.key}`, parseCount(r.n));
  }
  const days = await db
    .selectFrom('documents')
    .select((eb) => [sql<string>`substr(published, 1, 10)`.as('day'), eb.fn.sum('claim_count').as('n')])
    .where('published', 'is not', null)
    .groupBy(sql`substr(published, 1, 10)`)
    .execute();
  for (const { day, n } of days) {
    if (!isDay(day)) continue;
    const key = `week:${weekOf(day)}`;
    counts.set(key, (counts.get(key) ?? 0) + parseCount(n));
  }
  await addCounts(db, counts);
}

/**
 * Counters kept as documents are saved (issue 17: pages under 300 ms at 100,000 documents), the same on
 * SQLite and PostgreSQL: the store's counts by key, and each entity's documents and mentions, so that the
 * overview and the entities list read a few rows instead of grouping every document's.
 */
export const countsMigration: Migration = {
  async up(db) {
    await db.schema
      .createTable('store_counts')
      .ifNotExists()
      .addColumn('key', 'text', (col) => col.primaryKey())
      .addColumn('n', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .alterTable('entities')
      .addColumn('documents', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable('entities')
      .addColumn('mentions', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await sql`update entities set
      documents = (select count(*) from document_entities de where de.entity_id = entities.id),
      mentions = (select coalesce(sum(de.mentions), 0) from document_entities de where de.entity_id = entities.id)`.execute(
      db,
    );
    await sql`create index if not exists entities_ranked on entities (documents desc, name, id)`.execute(db);
    await sql`create index if not exists entities_kind_ranked on entities (kind, documents desc, name, id)`.execute(
      db,
    );
    await backfillCounts(db as Kysely<Database>);
  },
};
