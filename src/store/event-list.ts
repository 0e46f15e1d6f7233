import type { AliasedSelectQueryBuilder, Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { EventFilter } from '../domain/event.js';
import { readEvent } from './event-json.js';
import { addDays, SHORT_SPAN_DAYS } from './event-rows.js';
import { type SummaryText, summaryText } from './event-summary.js';
import { parseCount } from './parse-rows.js';
import type { Database } from './schema.js';
import type { EventPage, ListEventsOptions } from './store.js';

type Where = (eb: ExpressionBuilder<Database, 'events'>) => Expression<SqlBool>;

/** One listed event's id and the value it sorts by, and its summary when the page's query read it too. */
interface Key {
  readonly id: string;
  readonly key: string | number | null;
  readonly summary?: SummaryText;
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

/**
 * The ids (and sort values) of one page, in the filter's order; only indexes are read. With `summaries`,
 * each page row is joined to its summary in the same statement.
 */
async function pageKeys(
  db: Kysely<Database>,
  where: Where,
  sort: EventFilter['sort'],
  page: { readonly limit: number; readonly offset: number; readonly summaries: boolean },
): Promise<Key[]> {
  const column = SORT_COLUMN[sort];
  const counts = column === 'claim_count' || column === 'origin_count';
  let query = db
    .selectFrom('events')
    .select((eb) => ['events.id', eb.ref(column).as('key')])
    .where(where);
  query = counts ? query.orderBy(column, 'desc') : query.orderBy(column, (ob) => ob.desc().nullsLast());
  const keys = query.orderBy('events.id').limit(page.limit).offset(page.offset);
  if (!page.summaries) return keys.execute();
  const joined = db
    .selectFrom(keys.as('k'))
    .innerJoin('event_summaries', 'event_summaries.event_id', 'k.id')
    .select(['k.id', 'k.key', summaryText.as('summary')]);
  return (counts ? joined.orderBy('k.key', 'desc') : joined.orderBy('k.key', (ob) => ob.desc().nullsLast()))
    .orderBy('k.id')
    .execute();
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

/** The page's keys in the filter's order, with how many match in all (or up to a cap). */
async function listKeys(
  db: Kysely<Database>,
  filter: EventFilter,
  options: ListEventsOptions,
  summaries: boolean,
): Promise<EventPage<Key>> {
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
    // One part reads its page directly, summaries too; window parts each read keys up to the page's
    // end, then merge, and the summaries of the merged page are read after.
    const page =
      parts.length === 1
        ? { limit: filter.limit, offset: filter.offset, summaries }
        : { limit: filter.offset + filter.limit, offset: 0, summaries: false };
    found.push(...(await pageKeys(db, matching ?? all, filter.sort, page)));
    const count = await countMatches(db, part, term, options.countUpTo);
    total += count.n;
    exact &&= count.exact;
  }
  const keys =
    parts.length === 1 ? found : found.sort(byReported).slice(filter.offset, filter.offset + filter.limit);
  return { events: keys, total, totalExact: exact };
}

/** The values of the given ids, keyed by id, from rows `read` gives for a list of ids. */
async function byId<T>(
  ids: readonly string[],
  rows: (ids: string[]) => Promise<readonly { id: string; data: T }[]>,
): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map();
  return new Map((await rows([...ids])).map((r) => [r.id, r.data]));
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
  const page = await listKeys(db, filter, options, false);
  const data = await byId(
    page.events.map((k) => k.id),
    (ids) => db.selectFrom('events').select(['id', 'data']).where('id', 'in', ids).execute(),
  );
  const events = page.events.flatMap((k) => {
    const row = data.get(k.id);
    return row === undefined ? [] : [readEvent(row)];
  });
  return { ...page, events };
}

/**
 * As listEvents, each event's summary (a few hundred bytes) instead of the whole event, as the JSON
 * text the store wrote: the API sends it as is, a page parses it with `parseSummaries`.
 */
export async function listEventSummaries(
  db: Kysely<Database>,
  filter: EventFilter,
  options: ListEventsOptions = {},
): Promise<EventPage<SummaryText>> {
  const page = await listKeys(db, filter, options, true);
  const missing = page.events.filter((k) => k.summary === undefined).map((k) => k.id);
  const read = await byId(missing, (ids) =>
    db
      .selectFrom('event_summaries')
      .select(['event_id as id', summaryText.as('data')])
      .where('event_id', 'in', ids)
      .execute(),
  );
  const events = page.events.flatMap((k) => {
    const summary = k.summary ?? read.get(k.id);
    return summary === undefined ? [] : [summary];
  });
  return { ...page, events };
}
