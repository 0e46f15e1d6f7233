import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledQueries, type QueryValues } from './compiled-queries.js';

interface Tables {
  items: { id: string; kind: string; size: number };
}

interface ItemValues extends QueryValues {
  readonly kind?: string | undefined;
  readonly minSize?: number | undefined;
  readonly limit: number;
}

describe('compiledQueries', () => {
  let db: Kysely<Tables>;
  beforeEach(async () => {
    db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) });
    await sql`create table items (id text primary key, kind text not null, size integer not null)`.execute(
      db,
    );
    await db
      .insertInto('items')
      .values([
        { id: 'a', kind: 'drone', size: 1 },
        { id: 'b', kind: 'drone', size: 5 },
        { id: 'c', kind: 'missile', size: 3 },
        { id: 'd', kind: 'missile', size: 9 },
      ])
      .execute();
  });
  afterEach(async () => {
    await db.destroy();
  });

  // Which values are set decides the conditions, as the events list's filters do.
  const items = (v: ItemValues) => {
    let query = db.selectFrom('items').select('id').where('size', '>', 0);
    if (v.kind !== undefined) query = query.where('kind', '=', v.kind);
    if (v.minSize !== undefined) query = query.where('size', '>=', v.minSize);
    return query.orderBy('id').limit(v.limit);
  };

  it('binds each call its own values, for every set of values given, building each shape once', async () => {
    const queries = compiledQueries(db);
    let builds = 0;
    const run = async (values: ItemValues) =>
      (
        await queries.execute('items', values, (v) => {
          builds += 1;
          return items(v);
        })
      ).map((r) => r.id);
    expect(await run({ kind: 'drone', limit: 10 })).toEqual(['a', 'b']);
    expect(await run({ kind: 'missile', limit: 10 })).toEqual(['c', 'd']);
    expect(await run({ kind: 'missile', limit: 1 })).toEqual(['c']);
    expect(await run({ minSize: 3, limit: 10 })).toEqual(['b', 'c', 'd']);
    expect(await run({ kind: 'drone', minSize: 3, limit: 10 })).toEqual(['b']);
    expect(await run({ kind: undefined, limit: 2 })).toEqual(['a', 'b']);
    expect(await run({ kind: 'drone', minSize: 0, limit: 10 })).toEqual(['a', 'b']);
    // Four sets of values; each is built twice the first time (stand-ins, then checked against the real values).
    expect(builds).toBe(8);
  });

  it('keeps apart shapes that build different queries from the same values', async () => {
    const queries = compiledQueries(db);
    const bySize = await queries.execute('by size', { limit: 2 }, (v) =>
      db.selectFrom('items').select('id').orderBy('size', 'desc').limit(v.limit),
    );
    const byId = await queries.execute('by id', { limit: 2 }, (v) =>
      db.selectFrom('items').select('id').orderBy('id').limit(v.limit),
    );
    expect([bySize.map((r) => r.id), byId.map((r) => r.id)]).toEqual([
      ['d', 'b'],
      ['a', 'b'],
    ]);
  });

  it('refuses a query that computes on a value or writes it into its SQL, rather than bind the wrong one', async () => {
    const queries = compiledQueries(db);
    await expect(
      queries.execute('computed', { limit: 1 }, (v) =>
        db
          .selectFrom('items')
          .select('id')
          .limit(v.limit + 1),
      ),
    ).rejects.toThrow(/does not bind its values/);
    await expect(
      queries.execute('inlined', { kind: 'drone' }, (v) =>
        db.selectFrom('items').select('id').where('kind', '=', sql.lit(v.kind)),
      ),
    ).rejects.toThrow(/does not bind its values/);
  });
});
