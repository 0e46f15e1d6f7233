import type { Kysely } from 'kysely';
import { chunks } from './chunks.js';
import type { CompiledQueries } from './compiled-queries.js';
import type { EventCacheView } from './event-cache.js';
import { readStoredEvent, type StoredEvent } from './event-data.js';
import type { PendingEvents } from './pending-events.js';
import type { Database } from './schema.js';
import type { TimeWindow } from './store.js';

/**
 * How a store reads the events a document may join: the events of its blocks whose time span meets the
 * window, each from the cache when it holds the row's version, a transaction's pending events as they
 * are now.
 */
export function candidateEvents(
  db: Kysely<Database>,
  queries: CompiledQueries,
  cache: EventCacheView | null,
  pending: PendingEvents | null,
) {
  // Reads the events of these ids and versions, each from the cache when it holds that version.
  const eventsOf = async (rows: readonly { id: string; version: number }[]): Promise<StoredEvent[]> => {
    const found = new Map<string, StoredEvent>();
    const missing: string[] = [];
    for (const { id, version } of rows) {
      const hit = cache?.get(id, version);
      if (hit === undefined) missing.push(id);
      else found.set(id, hit);
    }
    for (const batch of chunks(missing)) {
      const read = await db
        .selectFrom('events')
        .select(['id', 'version', 'data'])
        .where('id', 'in', batch)
        .execute();
      for (const r of read) {
        const event = { id: r.id, ...readStoredEvent(r.data) };
        found.set(r.id, event);
        cache?.set(r.id, r.version, event);
      }
    }
    return rows.flatMap(({ id }) => found.get(id) ?? []);
  };
  return async (blocks: readonly string[], window: TimeWindow | null): Promise<StoredEvent[]> => {
    const out: StoredEvent[] = [];
    for (const batch of chunks([...new Set(blocks)])) {
      // Ids and versions first: the JSON of an event this process already holds is not read again.
      const since = window?.reportedSince ?? null;
      const values: Record<string, string> =
        window === null ? {} : { from: window.from, to: window.to, ...(since === null ? {} : { since }) };
      batch.forEach((block, i) => {
        values[`b${i}`] = block;
      });
      // Compiled once per number of blocks and form of window: built by Kysely each time, it cost
      // about as much as SQLite took to run it.
      const shape = `candidate events of ${batch.length} blocks`;
      const rows = await queries.execute(shape, values, (v) => {
        const named = batch.map((_, i) => `${v[`b${i}`]}`);
        const query = db.selectFrom('events').select(['id', 'version']);
        if (window === null) return query.where('block', 'in', named).orderBy('id');
        // An undated event may be any event; a dated one must overlap the window (or have been
        // reported since the window's report date, for the denials that answer a report). Each
        // branch names the blocks and one bounded range, so that each reads its own index
        // (events_block, events_block_reported) rather than every event of the blocks.
        // An event's span has both ends or neither (eventSpan).
        return query
          .where((eb) =>
            eb.or([
              eb.and([
                eb('block', 'in', named),
                eb('event_time_end', 'is', null),
                eb('event_time', 'is', null),
              ]),
              eb.and([
                eb('block', 'in', named),
                eb('event_time_end', '>=', `${v.from}`),
                eb('event_time', '<=', `${v.to}`),
              ]),
              ...(v.since === undefined
                ? []
                : [
                    eb.and([
                      eb('block', 'in', named),
                      eb('last_reported', '>=', `${v.since}`),
                      eb('event_time', '<=', `${v.to}`),
                    ]),
                  ]),
            ]),
          )
          .orderBy('id');
      });
      if (pending === null || pending.size === 0) out.push(...(await eventsOf(rows)));
      else {
        // This transaction's changed events as they are now, not as their rows were.
        const stored = await eventsOf(rows.filter((r) => !pending.has(r.id)));
        const fresh = pending.matching(new Set(batch), window);
        out.push(...[...stored, ...fresh].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
      }
    }
    return out;
  };
}
