// Fills a store with synthetic documents and their events quickly for the events benchmark: the
// documents are saved one by one, but merging runs in memory and its results are written in one
// transaction per chunk. Events whose time span ended long before the current date are written and
// dropped from memory (a later claim dated that far back starts a new event here, unlike ingest).
import {
  candidateBlocks,
  candidateWindow,
  corroborate,
  eventBlock,
  findNearDuplicate,
  fingerprint,
  type SummaryDeps,
} from '../corroborate/index.js';
import type { Event } from '../domain/event.js';
import type { EventEntry, FingerprintEntry, Store } from '../store/index.js';
import type { SyntheticDocument } from './synthetic-news.js';

const CHUNK = 1000;

interface RecentPrint {
  readonly document: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly signature: readonly number[];
  readonly bands: readonly string[];
}
const RECENT_PRINTS = 2000;

/** Saves `items` into the store with their events, chunk by chunk; returns how many were stored. */
export async function bulkFill(
  store: Store,
  items: Iterable<SyntheticDocument>,
  deps: SummaryDeps,
  onChunk: (stored: number) => void = () => {},
): Promise<number> {
  const active = new Map<string, Event>();
  const byBlock = new Map<string, Set<string>>();
  const recent: RecentPrint[] = [];
  // Band -> recent prints holding it, so finding a copy's candidates reads only the prints sharing a band.
  const byBand = new Map<string, Set<RecentPrint>>();
  let touched = new Set<string>();
  let placements: { document: string; claim: string; event: string }[] = [];
  let prints: FingerprintEntry[] = [];
  let stored = 0;
  const flush = async (today: string | null) => {
    const entries: EventEntry[] = [...touched].flatMap((id) => {
      const event = active.get(id);
      return event === undefined ? [] : [{ event, block: eventBlock(event) }];
    });
    await store.saveEvents(entries, placements, prints);
    touched = new Set();
    placements = [];
    prints = [];
    if (today === null) return;
    const horizon = new Date(Date.parse(today) - 3 * deps.windowDays * 86_400_000).toISOString().slice(0, 10);
    for (const [id, event] of active) {
      if ((event.eventTimeEnd ?? today) >= horizon) continue;
      active.delete(id);
      byBlock.get(eventBlock(event))?.delete(id);
    }
  };
  for (const { document, extraction } of items) {
    const saved = await store.saveDocument(document, extraction, '2026-01-01T00:00:00.000Z');
    if (saved.status !== 'stored') continue;
    const print = fingerprint(document.text);
    const candidates = [...new Set(print.bands.flatMap((b) => [...(byBand.get(b) ?? [])]))];
    const copy = findNearDuplicate(print, candidates);
    const echoOf = copy === null ? null : { document: copy.document, outlet: copy.outlet };
    const window = candidateWindow(extraction, document.published, deps.windowDays);
    const pool = candidateBlocks(extraction).flatMap((block) =>
      [...(byBlock.get(block) ?? [])].flatMap((id) => {
        const e = active.get(id);
        if (e === undefined) return [];
        const since = window?.reportedSince ?? null;
        const overlaps =
          window === null ||
          e.eventTime === null ||
          (e.eventTime <= window.to &&
            ((e.eventTimeEnd ?? e.eventTime) >= window.from ||
              (since !== null && e.lastReported !== null && e.lastReported >= since)));
        return overlaps ? [e] : [];
      }),
    );
    const input = {
      document: {
        id: document.id,
        published: document.published,
        outlet: document.outlet,
        file: document.origin,
        url: null,
      },
      extraction,
      echoOf,
    };
    const result = corroborate(pool, input, deps);
    for (const event of result.events) {
      active.set(event.id, event);
      const block = eventBlock(event);
      const ids = byBlock.get(block) ?? new Set<string>();
      ids.add(event.id);
      byBlock.set(block, ids);
      touched.add(event.id);
    }
    for (const [claim, event] of result.placements) placements.push({ document: document.id, claim, event });
    const fp = {
      document: document.id,
      published: document.published,
      outlet: document.outlet,
      signature: print.signature,
    };
    prints.push({
      fingerprint: {
        ...fp,
        echoOf: echoOf?.document ?? null,
        originOutlet: echoOf?.outlet ?? document.outlet,
      },
      bands: print.bands,
    });
    const entry = { ...fp, bands: print.bands };
    recent.push(entry);
    for (const b of print.bands) {
      const set = byBand.get(b) ?? new Set<RecentPrint>();
      set.add(entry);
      byBand.set(b, set);
    }
    const dropped = recent.length > RECENT_PRINTS ? recent.shift() : undefined;
    for (const b of dropped?.bands ?? []) {
      const set = byBand.get(b);
      set?.delete(dropped as RecentPrint);
      if (set?.size === 0) byBand.delete(b);
    }
    stored += 1;
    if (stored % CHUNK === 0) {
      await flush(document.published);
      onChunk(stored);
    }
  }
  await flush(null);
  return stored;
}
