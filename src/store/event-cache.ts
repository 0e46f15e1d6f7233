import type { StoredEvent } from './event-data.js';

type Event = StoredEvent;

/** An event as last read or written, with the version its row had then. */
interface Cached {
  readonly version: number;
  readonly event: Event;
}

/** Events read or written before, by id, with their row's version: what merging need not read again. */
export interface EventCacheView {
  /** The cached event when its row is still at this version. */
  get(id: string, version: number): Event | undefined;
  set(id: string, version: number, event: Event): void;
}

// Enough for the events of the stories a stream of news keeps returning to, with memory bounded.
const MAX_EVENTS = 2000;

/**
 * The events a store process read or wrote last, least recently used dropped first. A row whose
 * version moved on (another writer saved the event) is read again; what a transaction writes is kept
 * apart until it commits (`begin`), so that a rolled-back event is never taken for the stored one.
 */
export class EventCache implements EventCacheView {
  readonly #entries = new Map<string, Cached>();

  get(id: string, version: number): Event | undefined {
    const hit = this.#entries.get(id);
    if (hit === undefined || hit.version !== version) return undefined;
    // Most recently used last.
    this.#entries.delete(id);
    this.#entries.set(id, hit);
    return hit.event;
  }

  set(id: string, version: number, event: Event): void {
    this.#entries.delete(id);
    this.#entries.set(id, { version, event });
    if (this.#entries.size > MAX_EVENTS) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }

  /** A view for one transaction: it reads through to this cache and adds its writes here on `commit`. */
  begin(): EventCacheView & { commit(): void } {
    const staged = new Map<string, Cached>();
    return {
      get: (id, version) => {
        const own = staged.get(id);
        if (own !== undefined) return own.version === version ? own.event : undefined;
        return this.get(id, version);
      },
      set: (id, version, event) => {
        staged.set(id, { version, event });
      },
      commit: () => {
        for (const [id, { version, event }] of staged) this.set(id, version, event);
      },
    };
  }
}
