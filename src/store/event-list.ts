import type { AliasedSelectQueryBuilder, Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Event, EventFilter } from '../domain/event.js';
import { readEvent } from './event-json.js';
import { addDays, SHORT_SPAN_DAYS } from './event-rows.js';
import { parseCount } from './parse-rows.js';
import type { Database } from './schema.js';
import type { EventPage, ListEventsOptions } from './store.js';

type Where = (eb: ExpressionBuilder<Database, 'events'>) => Expression<SqlBool>;

/** One listed event's id and the value it sorts by, before its JSON is read. */
interface Key {
  readonly id: string;
  readonly key: string | number | null;
}

const SORT_COLUMN = {
  last_reported: 'last_reported',
  first_reported: 'first_reported',
  claims: 'claim_count',
  origins: 'origin_count',
} as const;

// A weapon term of at most this many events is read from event_weapons first and its events sorted; a
// frequent one is checked event by event along the sort order, which fills a page within a few hundred.
const FEW_WEAPON_EVENTS = 500;

/** The filter's conditions on the events table itself, all but the weapon; null when there are none. */
function conditions(filter: EventFilter): Where | null {
  const { actor, target, type, status, since, until } = filter;
  if ([actor, target, type, status, since, until].every((v) => v === undefined)) return null;
  return (eb) => {
    const all: Expression<SqlBool>[] = [];
    if (filter.actor !== undefined) all.push(eb('actor', '=', filter.actor));
    if (filter.target !== undefined) all.push(eb('target', '=', filter.target));
    if (filter.type !== undefined) all.push(eb('type', '=', filter.type));
    if (filter.status !== undefined) all.push(eb('status', '=', filter.status));
    if (filter.since !== undefined) all.push(eb('last_reported', '>=', filter.since));
    if (filter.until !== undefined) all.push(eb('first_reported', '<=', filter.until));
    return eb.and(all);
  };
}

/** The weapon condition: a rare term's events looked up first, a frequent one checked event by event. */
function hasWeapon(term: string, rare: boolean): Where {
  return (eb) => {
    const events = eb
      .selectFrom('event_weapons')
      .select('event_weapons.event_id')
      .where('event_weapons.term', '=', term);
    return rare
      ? eb('events.id', 'in', events)
      : eb.exists(events.whereRef('event_weapons.event_id', '=', 'events.id'));
  };
}

const all: Where = (eb) => eb.and([]);

const both =
  (a: Where, b: Where): Where =>
  (eb) =>
    eb.and([a(eb), b(eb)]);

async function weaponIsRare(db: Kysely<Database>, term: string): Promise<boolean> {
  const row = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('event_weapons')
        .select('event_id')
        .where('term', '=', term)
        .limit(FEW_WEAPON_EVENTS + 1)
        .as('w'),
    )
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return parseCount(row?.n) <= FEW_WEAPON_EVENTS;
}

/** The ids (and sort values) of one page, in the filter's order; only indexes are read. */
async function pageKeys(
  db: Kysely<Database>,
  where: Where,
  sort: EventFilter['sort'],
  limit: number,
  offset: number,
): Promise<Key[]> {
  const column = SORT_COLUMN[sort];
  let query = db
    .selectFrom('events')
    .select((eb) => ['events.id', eb.ref(column).as('key')])
    .where(where);
  query =
    column === 'claim_count' || column === 'origin_count'
      ? query.orderBy(column, 'desc')
      : query.orderBy(column, (ob) => ob.desc().nullsLast());
  return query.orderBy('events.id').limit(limit).offset(offset).execute();
}

// The order of the default sort, as SQL gives it: newest report first, undated last, then by id.
function byReported(a: Key, b: Key): number {
  if (a.key !== b.key) {
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return a.key < b.key ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * With `until` and the default sort, a plain scan newest first would step over every event reported
 * after `until` before the first match. A short event (reported over at most SHORT_SPAN_DAYS) that
 * matches was last reported by `until` plus that span, so its scan starts there; the long ones are
 * looked at apart, then both are merged.
 */
function windowParts(filter: EventFilter, where: Where): readonly Where[] | null {
  if (filter.until === undefined) return null;
  const bound = addDays(filter.until, SHORT_SPAN_DAYS);
  return [
    both(where, (eb) => eb.and([eb('long_span', '=', 0), eb('last_reported', '<=', bound)])),
    both(where, (eb) => eb('long_span', '=', 1)),
  ];
}

/**
 * How many events match, exactly, or counting no further than `upTo` (then `exact` is false). A weapon
 * term is counted from its event_weapons rows joined to their events, which reads that term's rows alone.
 */
async function countMatches(
  db: Kysely<Database>,
  where: Where | null,
  weapon: string | undefined,
  upTo: number | undefined,
): Promise<{ n: number; exact: boolean }> {
  const cap = upTo === undefined ? null : upTo + 1;
  const capped = <Q extends { limit(n: number): Q }>(query: Q): Q =>
    cap === null ? query : query.limit(cap);
  let matches: AliasedSelectQueryBuilder<{ id: string }, 'm'>;
  if (weapon === undefined) {
    matches = capped(
      db
        .selectFrom('events')
        .select('events.id')
        .where(where ?? all),
    ).as('m');
  } else if (where === null) {
    // Every event_weapons row is an event's, so a weapon alone is counted without the events.
    matches = capped(
      db.selectFrom('event_weapons').select('event_weapons.event_id as id').where('term', '=', weapon),
    ).as('m');
  } else {
    matches = capped(
      db
        .selectFrom('event_weapons')
        .innerJoin('events', 'events.id', 'event_weapons.event_id')
        .select('events.id')
        .where('event_weapons.term', '=', weapon)
        .where(where),
    ).as('m');
  }
  const row = await db
    .selectFrom(matches)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const n = parseCount(row?.n);
  return { n, exact: upTo === undefined || n <= upTo };
}

/** Reads the events of the given ids, in that order. */
async function readEvents(db: Kysely<Database>, ids: readonly string[]): Promise<Event[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('events')
    .select(['id', 'data'])
    .where('id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r.data]));
  return ids.flatMap((id) => {
    const data = byId.get(id);
    return data === undefined ? [] : [readEvent(data)];
  });
}

/**
 * Lists events matching a filter, in its order: the page's ids come from indexes first, then only
 * those rows' JSON is read. With `countUpTo`, counting stops past that many matches.
 */
export async function listEvents(
  db: Kysely<Database>,
  filter: EventFilter,
  options: ListEventsOptions = {},
): Promise<EventPage> {
  const term = filter.weapon?.toLowerCase();
  const where = conditions(filter);
  const parts = (filter.sort === 'last_reported' && where !== null ? windowParts(filter, where) : null) ?? [
    where,
  ];
  const weapon = term === undefined ? null : hasWeapon(term, await weaponIsRare(db, term));
  const found: Key[] = [];
  let total = 0;
  let exact = true;
  for (const part of parts) {
    const matching = part === null ? weapon : weapon === null ? part : both(part, weapon);
    // One part reads its page directly; window parts each read up to the page's end, then merge.
    const [limit, offset] =
      parts.length === 1 ? [filter.limit, filter.offset] : [filter.offset + filter.limit, 0];
    found.push(...(await pageKeys(db, matching ?? all, filter.sort, limit, offset)));
    const count = await countMatches(db, part, term, options.countUpTo);
    total += count.n;
    exact &&= count.exact;
  }
  const keys =
    parts.length === 1 ? found : found.sort(byReported).slice(filter.offset, filter.offset + filter.limit);
  const events = await readEvents(
    db,
    keys.map((k) => k.id),
  );
  return { events, total, totalExact: exact };
}
