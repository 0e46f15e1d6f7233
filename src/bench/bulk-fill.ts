// Fills a SQLite store with synthetic documents and their events quickly for the events benchmark.
// Merging runs in memory, and each chunk of documents is written in two transactions through a
// connection of the fill's own (no sync to disk on commit, a large page cache): the documents' rows as
// `saveDocument` makes them, then the events, placements and fingerprints through the store's own
// `saveEvents`, so the store holds what ingesting would have written. The fill is the benchmark's
// setup, not a stage, so it reaches into the store's row-making modules rather than through its index.
// Events whose time span ended long before the current date are written and dropped from memory (a
// later claim dated that far back starts a new event here, unlike ingest).
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
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
import { type DocumentRows, documentRows } from '../store/document-rows.js';
import { eventMethods } from '../store/event-store.js';
import type { EventEntry, FingerprintEntry } from '../store/index.js';
import type { Database } from '../store/schema.js';
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
// The fill connection's page cache, in KiB: the indexes keyed by hash (documents, claims, bands) take
// random writes, which a default 2 MB cache turns into reads and rewrites of most of their pages.
const CACHE_KIB = 262_144;

type Row = Record<string, unknown>;

// Writes documents' rows with one prepared insert per table and column list, in one transaction.
function documentWriter(database: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  const insert = (table: string, rows: readonly Row[], orIgnore = false) => {
    for (const row of rows) {
      const columns = Object.keys(row);
      const text = `insert ${orIgnore ? 'or ignore ' : ''}into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`;
      let statement = statements.get(text);
      if (statement === undefined) {
        statement = database.prepare(text);
        statements.set(text, statement);
      }
      statement.run(row);
    }
  };
  const exists = database.prepare('select 1 from documents where id = ?').pluck();
  return {
    exists: (id: string) => exists.get(id) !== undefined,
    write: database.transaction((all: readonly DocumentRows[]) => {
      for (const rows of all) {
        insert('documents', [rows.document]);
        insert('entities', rows.entities, true);
        insert('document_entities', rows.documentEntities);
        insert('attributions', rows.attributions);
        insert('claims', rows.claims);
      }
    }),
  };
}

/** Saves `items` into the SQLite store in `file` with their events, chunk by chunk; returns how many were stored. */
export async function bulkFill(
  file: string,
  items: Iterable<SyntheticDocument>,
  deps: SummaryDeps,
  onChunk: (stored: number) => void = () => {},
): Promise<number> {
  const database = new SqliteDatabase(file);
  database.pragma('synchronous = OFF');
  database.pragma('foreign_keys = ON');
  database.pragma(`cache_size = -${CACHE_KIB}`);
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    return await fill(database, eventMethods(db), items, deps, onChunk);
  } finally {
    await db.destroy();
  }
}

async function fill(
  database: SqliteDatabase.Database,
  events: ReturnType<typeof eventMethods>,
  items: Iterable<SyntheticDocument>,
  deps: SummaryDeps,
  onChunk: (stored: number) => void,
): Promise<number> {
  const documents = documentWriter(database);
  const seen = new Set<string>();
  let rows: DocumentRows[] = [];
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
    documents.write(rows);
    await events.saveEvents(entries, placements, prints);
    rows = [];
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
    // A document already stored, or seen earlier in the fill, is a duplicate, as saveDocument finds.
    if (seen.has(document.id) || documents.exists(document.id)) continue;
    seen.add(document.id);
    rows.push(documentRows(document, extraction, '2026-01-01T00:00:00.000Z'));
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
