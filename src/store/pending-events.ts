import type { EventHead } from '../corroborate/event-head.js';
import type { StoredEvent } from './event-data.js';
import type { EventChange, TimeWindow } from './store.js';

const after = (a: string | null, b: string) => a !== null && a >= b;
const before = (a: string | null, b: string) => a !== null && a <= b;

/** Whether an event meets a candidate window, as the candidate query's SQL tests its row (nulls never compare). */
export function meetsWindow(head: EventHead, window: TimeWindow | null): boolean {
  if (window === null) return true;
  const { eventTime: start, eventTimeEnd: end, lastReported } = head;
  if (start === null && end === null) return true;
  if (after(end, window.from) && before(start, window.to)) return true;
  const since = window.reportedSince ?? null;
  return since !== null && after(lastReported, since) && before(start, window.to);
}

/**
 * The events a transaction changed and has not written yet: when most documents of a batch report the
 * same few stories, each of those events is written once a batch, not once a document. Reads within
 * the transaction take these before the stored rows.
 */
export class PendingEvents {
  readonly #changes = new Map<string, EventChange>();

  get size(): number {
    return this.#changes.size;
  }

  /** Keeps each event's latest head and state (its claims are written at once, not here). */
  put(changes: readonly EventChange[]): void {
    for (const c of changes) this.#changes.set(c.head.id, { ...c, claims: [] });
  }

  has(id: string): boolean {
    return this.#changes.has(id);
  }

  /** The pending events of these blocks that meet the window. */
  matching(blocks: ReadonlySet<string>, window: TimeWindow | null): StoredEvent[] {
    const out: StoredEvent[] = [];
    for (const c of this.#changes.values()) {
      if (blocks.has(c.block) && meetsWindow(c.head, window))
        out.push({ id: c.head.id, head: c.head, state: c.state });
    }
    return out;
  }

  /** Every pending change, in the order first changed, and none left pending. */
  take(): EventChange[] {
    const all = [...this.#changes.values()];
    this.#changes.clear();
    return all;
  }
}
