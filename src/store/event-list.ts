import type {
  AliasedSelectQueryBuilder,
  Expression,
  ExpressionBuilder,
  Kysely,
  SelectQueryBuilder,
  SqlBool,
} from 'kysely';
import { assembleEvent } from '../corroborate/event-head.js';
import type { EventFilter } from '../domain/event.js';
import type { QueryDeps } from './compiled-queries.js';
import { claimsOfEvents } from './event-claims.js';
import { readStoredEvent } from './event-data.js';
import { addDays, ReportSpan, SHORT_SPAN_DAYS } from './event-rows.js';
import { type SummaryText, summaryText } from './event-summary.js';
import { parseCount } from './parse-rows.js';
import type { Database } from './schema.js';
import type { EventPage, ListEventsOptions } from './store.js';

type Where = (eb: ExpressionBuilder<Database, 'events'>) => Expression<SqlBool>;

/** A filter's values, each bound as a parameter; which of them are set decides the queries' shape. */
interface FilterValues {
  readonly [name: string]: string | number | undefined;
  readonly actor?: string | undefined;
  readonly target?: string | undefined;
  readonly type?: string | undefined;
  readonly status?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  /** Set when a date window is read by report span: `until` plus SHORT_SPAN_DAYS (see `parts`). */
  readonly bound?: string | undefined;
  /** The weapon term, lower-cased. */
  readonly weapon?: string | undefined;
}

/** The values of a count: the filter's, and where to stop counting (none: count every match). */
interface CountValues extends FilterValues {
  readonly cap?: number | undefined;
}

/** The values of a page: the filter's, and which rows. */
interface PageValues extends FilterValues {
  readonly limit: number;
  readonly offset: number;
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

function filterValues(filter: EventFilter): FilterValues {
  const { actor, target, type, status, since, until, sort } = filter;
  // An unreadable `until` (2023-13-01) has no bound: its window is read as one range.
  const bound =
    sort === 'last_reported' && until !== undefined
      ? (addDays(until, SHORT_SPAN_DAYS) ?? undefined)
      : undefined;
  return { actor, target, type, status, since, until, bound, weapon: filter.weapon?.toLowerCase() };
}

/** The filter's conditions on the events table itself, all but the weapon; null when there are none. */
function conditions(v: FilterValues): Where | null {
  const { actor, target, type, status, since, until } = v;
  if ([actor, target, type, status, since, until].every((value) => value === undefined)) return null;
  return (eb) => {
    const all: Expression<SqlBool>[] = [];
    if (actor !== undefined) all.push(eb('actor', '=', actor));
    if (target !== undefined) all.push(eb('target', '=', target));
    if (type !== undefined) all.push(eb('type', '=', type));
    if (status !== undefined) all.push(eb('status', '=', status));
    if (since !== undefined) all.push(eb('last_reported', '>=', since));
    if (until !== undefined) all.push(eb('first_reported', '<=', until));
    return eb.and(all);
  };
}

const both =
  (a: Where | null, b: Where): Where =>
  (eb) =>
    a === null ? b(eb) : eb.and([a(eb), b(eb)]);

/**
 * The filter's conditions as the ranges the events are read along. With `until` and the default sort,
 * one scan newest first would step over every event reported after `until` before the first match, so
 * each report span is read apart: an event reported on one day matches when that day is in the window,
 * a short one (at most SHORT_SPAN_DAYS) was last reported by `bound`, and the few long ones are checked
 * one by one. The queries merge the three in order.
 */
function parts(v: FilterValues): readonly (Where | null)[] {
  const where = conditions(v);
  const { until, bound } = v;
  if (until === undefined || bound === undefined) return [where];
  return [
    both(where, (eb) =>
      eb.and([eb('report_span', '=', ReportSpan.oneDay), eb('last_reported', '<=', until)]),
    ),
    both(where, (eb) => eb.and([eb('report_span', '=', ReportSpan.short), eb('last_reported', '<=', bound)])),
    both(where, (eb) => eb('report_span', '=', ReportSpan.long)),
  ];
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

/**
 * How many events match, as `n`, counting no further than `cap`; with a weapon, also how many events
 * name the term, as `term_n`, up to one past FEW_WEAPON_EVENTS. A weapon term is counted from its
 * event_weapons rows (joined to their events when other conditions apply), which reads that term's rows alone.
 */
function countQuery(db: Kysely<Database>, v: CountValues) {
  const { weapon, cap } = v;
  const capped = <Q extends { limit(n: number): Q }>(query: Q): Q =>
    cap === undefined ? query : query.limit(cap);
  const windowed = parts(v);
  let matches: AliasedSelectQueryBuilder<{ id: string }, 'm'>;
  if (weapon !== undefined && windowed.length === 1 && windowed[0] === null) {
    // Every event_weapons row is an event's, so a weapon alone is counted without the events.
    matches = capped(
      db
        .selectFrom('event_weapons')
        .select('event_weapons.event_id as id')
        .where('event_weapons.term', '=', weapon),
    ).as('m');
  } else {
    const arms = windowed.map((part) => {
      const where = part ?? ((eb: ExpressionBuilder<Database, 'events'>) => eb.and([]));
      if (weapon === undefined) return db.selectFrom('events').select('events.id').where(where);
      return db
        .selectFrom('event_weapons')
        .innerJoin('events', 'events.id', 'event_weapons.event_id')
        .select('events.id')
        .where('event_weapons.term', '=', weapon)
        .where(where);
    });
    const [first, ...rest] = arms;
    if (first === undefined) throw new Error('a filter has at least one part');
    matches = capped(rest.reduce((all, arm) => all.unionAll(arm), first)).as('m');
  }
  return db
    .selectFrom(matches)
    .select((eb) => eb.fn.countAll().as('n'))
    .$if(weapon !== undefined, (qb) =>
      qb.select((eb) =>
        eb
          .selectFrom(
            eb
              .selectFrom('event_weapons')
              .select('event_weapons.event_id')
              .where('event_weapons.term', '=', weapon ?? '')
              .limit(FEW_WEAPON_EVENTS + 1)
              .as('w'),
          )
          .select((inner) => inner.fn.countAll().as('n'))
          .as('term_n'),
      ),
    );
}

type Keys = SelectQueryBuilder<Database, 'events', { id: string; key: string | number | null }>;

/**
 * The ids and sort values of one page, in the filter's order; only indexes are read. A date window's
 * parts each give their first `offset + limit` in order, and the page is cut from them merged.
 */
function pageKeys(
  db: Kysely<Database>,
  v: PageValues,
  sort: EventFilter['sort'],
  rare: boolean | null,
): Keys {
  const column = SORT_COLUMN[sort];
  const counts = column === 'claim_count' || column === 'origin_count';
  const weapon = v.weapon === undefined || rare === null ? null : hasWeapon(v.weapon, rare);
  const arms = parts(v).map((part) => {
    const where = part === null ? weapon : weapon === null ? part : both(part, weapon);
    return db
      .selectFrom('events')
      .select((eb) => ['events.id', eb.ref(column).as('key')])
      .where(where ?? ((eb) => eb.and([])));
  });
  const [first, ...rest] = arms;
  if (first === undefined) throw new Error('a filter has at least one part');
  if (rest.length === 0) {
    const ordered = counts
      ? first.orderBy(column, 'desc')
      : first.orderBy(column, (ob) => ob.desc().nullsLast());
    return ordered.orderBy('events.id').limit(v.limit).offset(v.offset);
  }
  // SQLite merges the parts read along their indexes (no sort); only the window's sort reaches here.
  return rest
    .reduce((all, arm) => all.unionAll(arm), first)
    .orderBy('key', (ob) => ob.desc().nullsLast())
    .orderBy('id')
    .limit(v.limit)
    .offset(v.offset);
}

/** The page's summaries, in its order. */
function summaryPage(db: Kysely<Database>, v: PageValues, sort: EventFilter['sort'], rare: boolean | null) {
  const joined = db
    .selectFrom(pageKeys(db, v, sort, rare).as('k'))
    .innerJoin('event_summaries', 'event_summaries.event_id', 'k.id')
    .select(['k.id', summaryText.as('summary')]);
  const counts = sort === 'claims' || sort === 'origins';
  return (
    counts ? joined.orderBy('k.key', 'desc') : joined.orderBy('k.key', (ob) => ob.desc().nullsLast())
  ).orderBy('k.id');
}

/** The page's whole events, as stored, in its order. */
function eventPage(db: Kysely<Database>, v: PageValues, sort: EventFilter['sort'], rare: boolean | null) {
  const joined = db
    .selectFrom(pageKeys(db, v, sort, rare).as('k'))
    .innerJoin('events as e', 'e.id', 'k.id')
    .select(['k.id', 'e.data']);
  const counts = sort === 'claims' || sort === 'origins';
  return (
    counts ? joined.orderBy('k.key', 'desc') : joined.orderBy('k.key', (ob) => ob.desc().nullsLast())
  ).orderBy('k.id');
}

/** How many events match (or up to the cap), and whether the filter's weapon term is a rare one. */
interface Counted {
  readonly total: number;
  readonly totalExact: boolean;
  readonly rare: boolean | null;
}

async function countMatches(deps: QueryDeps, v: FilterValues, options: ListEventsOptions): Promise<Counted> {
  const { countUpTo } = options;
  const values: CountValues = { ...v, cap: countUpTo === undefined ? undefined : countUpTo + 1 };
  const [row] = await deps.queries.execute('count', values, (c) => countQuery(deps.db, c));
  const total = parseCount(row?.n);
  return {
    total,
    totalExact: countUpTo === undefined || total <= countUpTo,
    rare: v.weapon === undefined ? null : parseCount(row?.term_n) <= FEW_WEAPON_EVENTS,
  };
}

/** The shape of a page's query: what it reads, the sort, and how a weapon is looked up. */
function pageShape(kind: string, filter: EventFilter, rare: boolean | null): string {
  return `${kind}:${filter.sort}:${rare === null ? '-' : rare ? 'rare' : 'frequent'}`;
}

/**
 * Lists events matching a filter, in its order: the count runs first (it says whether a weapon term is
 * rare, and an empty result needs no page), then one statement reads the page's keys from indexes and
 * joins only those rows. With `countUpTo`, counting stops past that many matches.
 */
export async function listEvents(
  deps: QueryDeps,
  filter: EventFilter,
  options: ListEventsOptions = {},
): Promise<EventPage> {
  const v = filterValues(filter);
  const { total, totalExact, rare } = await countMatches(deps, v, options);
  if (totalExact && total <= filter.offset) return { events: [], total, totalExact };
  const values: PageValues = { ...v, limit: filter.limit, offset: filter.offset };
  const rows = await deps.queries.execute(pageShape('events', filter, rare), values, (p) =>
    eventPage(deps.db, p, filter.sort, rare),
  );
  const claims = await claimsOfEvents(
    deps.db,
    rows.map((r) => r.id),
  );
  const events = rows.map((r) => {
    const { head, state } = readStoredEvent(r.data);
    return assembleEvent(head, state, claims.get(r.id) ?? []);
  });
  return { events, total, totalExact };
}

/**
 * As listEvents, each event's summary (a few hundred bytes) instead of the whole event, as the JSON
 * text the store wrote: the API sends it as is, a page parses it with `parseSummaries`.
 */
export async function listEventSummaries(
  deps: QueryDeps,
  filter: EventFilter,
  options: ListEventsOptions = {},
): Promise<EventPage<SummaryText>> {
  const v = filterValues(filter);
  const { total, totalExact, rare } = await countMatches(deps, v, options);
  if (totalExact && total <= filter.offset) return { events: [], total, totalExact };
  const values: PageValues = { ...v, limit: filter.limit, offset: filter.offset };
  const rows = await deps.queries.execute(pageShape('summaries', filter, rare), values, (p) =>
    summaryPage(deps.db, p, filter.sort, rare),
  );
  return { events: rows.map((r) => r.summary), total, totalExact };
}
