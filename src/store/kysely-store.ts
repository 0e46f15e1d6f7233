import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import { InvalidArgumentError } from '../errors.js';
import { compiledQueries, type QueryDeps } from './compiled-queries.js';
import { correctionMethods } from './corrections-store.js';
import { documentRows } from './document-rows.js';
import { EventCache, type EventCacheView } from './event-cache.js';
import { eventMethods } from './event-store.js';
import { SignatureCache } from './near-duplicate-lookup.js';
import {
  parseCount,
  parseEntitySummary,
  parseRejection,
  parseStoredDocument,
  parseSummary,
  SUMMARY_COLUMNS,
  type SummaryRow,
} from './parse-rows.js';
import { PendingEvents } from './pending-events.js';
import type { Database } from './schema.js';
import { searchWords } from './search-words.js';
import { sourceTally } from './source-tally.js';
import type {
  DocumentSummary,
  EventChange,
  EventPlacement,
  FingerprintEntry,
  SaveResult,
  Store,
  StoredFingerprint,
} from './store.js';
import { countedSummary, countedWeeks, documentCounts, PendingCounts } from './store-counts.js';
import { retryingConflicts, within } from './transactions.js';

/** Full-text search as one backend does it, given the query's words (never empty) and a limit. */
export type SearchBackend = (
  deps: QueryDeps,
  words: readonly string[],
  limit: number,
) => Promise<DocumentSummary[]>;

// Keeps each multi-row insert well under SQLite's and PostgreSQL's limits on bound parameters.
const ROWS_PER_INSERT = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) out.push(rows.slice(i, i + ROWS_PER_INSERT));
  return out;
}

// Below this many claims of a type, the documents holding one are read from the type's index and sorted;
// above it, documents are walked newest first, each checked by the claims' key, until the page is full.
const FEW_CLAIMS = 10_000;

type DocumentsQueryBuilder = SelectQueryBuilder<Database, 'documents', SummaryRow>;

/**
 * The documents query narrowed to those holding a claim of the type, by whichever way is quick for how
 * common the type is: SQLite picks the type's index for both and walked it for every document (10 s for
 * a common type at 100,000 documents), so `|| ''` keeps it off that index for the common case.
 */
async function withClaimType(
  db: Kysely<Database>,
  query: DocumentsQueryBuilder,
  claimType: string,
): Promise<DocumentsQueryBuilder> {
  const counted = await db
    .selectFrom('claims')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('type', '=', claimType)
    .executeTakeFirst();
  if (Number(counted?.n ?? 0) < FEW_CLAIMS)
    return query.where('id', 'in', (eb) =>
      eb.selectFrom('claims').select('claims.document_id').where('claims.type', '=', claimType),
    );
  return query.where(({ exists, selectFrom }) =>
    exists(
      selectFrom('claims')
        .select('claims.id')
        .whereRef('claims.document_id', '=', 'documents.id')
        .where(sql<string>`claims.type || ''`, '=', claimType),
    ),
  );
}

function checkPage(limit: number, offset = 0): void {
  if (!Number.isSafeInteger(limit) || limit < 0 || !Number.isSafeInteger(offset) || offset < 0) {
    throw new InvalidArgumentError(
      `limit and offset must be non-negative integers, not ${limit} and ${offset}`,
    );
  }
}

/**
 * Inserts rows into a table of the store's schema on the connection at hand, synchronously; returns for
 * each row whether it was written (false: the conflict clause kept the stored one).
 */
export type InsertRows = (
  table: string,
  columns: readonly string[],
  rows: readonly Readonly<Record<string, unknown>>[],
  conflict?: string,
) => boolean[];

/** What differs by backend: full-text search, and how a transaction holds keys against other writers. */
export interface Backend {
  readonly search: SearchBackend;
  /** Holds the keys until the transaction `trx` ends. */
  readonly lockKeys: (trx: Kysely<Database>, keys: readonly string[]) => Promise<void>;
  /** The backend's own insert of a document's and a merge's rows, quicker than Kysely's per-call build. */
  readonly insertRows?: InsertRows;
  /** Writes a transaction's changed events once, at its end, rather than at each document. */
  readonly deferEventWrites?: boolean;
  /** The backend's own near-duplicate lookup, where it has a quicker one than the shared statements. */
  readonly fingerprintsSharingBands?: (
    db: Kysely<Database>,
    bands: readonly string[],
    published: { readonly from: string; readonly to: string } | null,
  ) => Promise<StoredFingerprint[]>;
  /** The backend's own write of what merging changed, in fewer round trips; returns each event's new version. */
  readonly writeEventChanges?: (
    db: Kysely<Database>,
    changes: readonly EventChange[],
    placements: readonly EventPlacement[],
    fingerprints: readonly FingerprintEntry[],
  ) => Promise<Map<string, number>>;
}

/** The methods a backend's own statements replace in the shared store. */
function backendMethods(db: Kysely<Database>, backend: Backend, cache: EventCacheView): Partial<Store> {
  const { fingerprintsSharingBands, writeEventChanges } = backend;
  return {
    ...(fingerprintsSharingBands === undefined
      ? {}
      : {
          fingerprintsSharingBands: (bands, published = null) =>
            fingerprintsSharingBands(db, bands, published),
          nearDuplicateCandidates: (bands, published) => fingerprintsSharingBands(db, bands, published),
        }),
    ...(writeEventChanges === undefined
      ? {}
      : {
          async saveEventChanges(changes, placements, fingerprints = []) {
            if (changes.length + placements.length + fingerprints.length === 0) return;
            const versions = await writeEventChanges(db, changes, placements, fingerprints);
            // Only once written: a transaction's cache keeps them apart until it commits.
            for (const { head, state } of changes) {
              const version = versions.get(head.id);
              if (version !== undefined) cache.set(head.id, version, { id: head.id, head, state });
            }
          },
        }),
  };
}

/** Adds `counts` in `db` now, or to the transaction's counters, written at its end. */
async function count(db: Kysely<Database>, pending: PendingCounts | null, add: (p: PendingCounts) => void) {
  const counts = pending ?? new PendingCounts();
  add(counts);
  if (pending === null) await counts.flush(db);
}

/**
 * The Store over any Kysely database holding the shared schema; search and locking differ by backend.
 * A store bound to a transaction (`pending` given) adds up its counters and writes them at the end.
 */
export function createKyselyStore(
  db: Kysely<Database>,
  backend: Backend,
  cache: EventCacheView = new EventCache(),
  pending: PendingCounts | null = null,
): Store {
  return buildStore(db, backend, cache, null, pending, new SignatureCache()).store;
}

// The store, and how to write the events a transaction's store keeps pending (its counters in `pending`).
function buildStore(
  db: Kysely<Database>,
  backend: Backend,
  cache: EventCacheView,
  pendingEvents: PendingEvents | null,
  pending: PendingCounts | null,
  signatures: SignatureCache,
): { store: Store; flushEvents: () => Promise<void> } {
  const { search } = backend;
  const deps: QueryDeps = { db, queries: compiledQueries(db) };
  const { flushEvents, ...events } = eventMethods(
    db,
    deps.queries,
    cache,
    pendingEvents,
    signatures,
    backend.insertRows ?? null,
  );
  const corrections = correctionMethods(db);
  const store: Store = {
    ...events,
    ...backendMethods(db, backend, cache),
    ...corrections,

    async deleteEvents(ids) {
      await flushEvents();
      return corrections.deleteEvents(ids);
    },

    transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
      if (db.isTransaction || !(cache instanceof EventCache)) return work(store);
      return retryingConflicts(async () => {
        const staged = cache.begin();
        const result = await db.transaction().execute(async (trx) => {
          const counts = new PendingCounts();
          const inner = buildStore(
            trx,
            backend,
            staged,
            backend.deferEventWrites ? new PendingEvents() : null,
            counts,
            signatures,
          );
          const done = await work(inner.store);
          await inner.flushEvents();
          await counts.flush(trx);
          return done;
        });
        staged.commit();
        return result;
      });
    },

    async lockKeys(keys) {
      if (db.isTransaction && keys.length > 0) await backend.lockKeys(db, keys);
    },

    async unmergedDocuments(limit) {
      checkPage(limit);
      const rows = await db
        .selectFrom('documents as d')
        .select('d.id')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('document_fingerprints as f')
                .select('f.document_id')
                .whereRef('f.document_id', '=', 'd.id'),
            ),
          ),
        )
        .orderBy('d.id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },

    async isMerged(document) {
      const row = await db
        .selectFrom('document_fingerprints')
        .select('document_id')
        .where('document_id', '=', document)
        .executeTakeFirst();
      return row !== undefined;
    },

    async saveDocument(doc: SourceDocument, extraction: Extraction, at: string): Promise<SaveResult> {
      const rows = documentRows(doc, extraction, at);
      const { insertRows } = backend;
      if (insertRows !== undefined) {
        return within(db, async (trx) => {
          const insert = (
            table: string,
            list: readonly Readonly<Record<string, unknown>>[],
            conflict?: string,
          ) => insertRows(table, Object.keys(list[0] ?? {}), list, conflict);
          if (!insert('documents', [rows.document], 'on conflict (id) do nothing')[0])
            return { status: 'duplicate', id: doc.id };
          insert('entities', rows.entities, 'on conflict (id) do nothing');
          insert('document_entities', rows.documentEntities);
          insert('attributions', rows.attributions);
          insert('claims', rows.claims);
          await count(trx, pending, (p) => p.add(documentCounts(rows), rows.documentEntities));
          return { status: 'stored', id: doc.id };
        });
      }
      return within(db, async (trx) => {
        // Insert-or-nothing rather than look-then-insert, so two writers racing on one id cannot both store it.
        const inserted = await trx
          .insertInto('documents')
          .values(rows.document)
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (inserted === undefined) return { status: 'duplicate', id: doc.id };
        for (const batch of chunks(rows.entities)) {
          await trx
            .insertInto('entities')
            .values(batch)
            .onConflict((oc) => oc.column('id').doNothing())
            .execute();
        }
        for (const batch of chunks(rows.documentEntities)) {
          await trx.insertInto('document_entities').values(batch).execute();
        }
        for (const batch of chunks(rows.attributions)) {
          await trx.insertInto('attributions').values(batch).execute();
        }
        for (const batch of chunks(rows.claims)) await trx.insertInto('claims').values(batch).execute();
        await count(trx, pending, (p) => p.add(documentCounts(rows), rows.documentEntities));
        return { status: 'stored', id: doc.id };
      });
    },

    async addEntities(extractions) {
      const rows = new Map<string, { id: string; kind: string; name: string }>();
      for (const extraction of extractions)
        for (const { id, kind, name } of extraction.entities)
          if (!rows.has(id)) rows.set(id, { id, kind, name });
      // In id order, so that two writers adding overlapping entities at once wait rather than deadlock.
      const sorted = [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const batch of chunks(sorted)) {
        await db
          .insertInto('entities')
          .values(batch)
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      }
    },

    async saveRejection(rejection, at) {
      await within(db, async (trx) => {
        await trx
          .insertInto('rejections')
          .values({ origin: rejection.origin, code: rejection.code, reason: rejection.reason, at })
          .execute();
        await count(trx, pending, (p) => p.add(new Map([['rejections', 1]])));
      });
    },

    async listDocuments({ limit, offset, outlet, since, until, claimType }) {
      checkPage(limit, offset);
      let query = db.selectFrom('documents').select(SUMMARY_COLUMNS);
      if (outlet !== undefined) query = query.where('outlet', '=', outlet);
      if (since !== undefined) query = query.where('published', '>=', since);
      // '~' sorts after any time a published date may carry ("2024-06-01T10:00").
      if (until !== undefined) query = query.where('published', '<=', `${until}~`);
      if (claimType !== undefined) query = await withClaimType(db, query, claimType);
      const rows = await query
        .orderBy('published', (ob) => ob.desc().nullsLast())
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(parseSummary);
    },

    async getDocument(id) {
      const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? null : parseStoredDocument(row);
    },

    async listEntities({ kind, id, limit, offset = 0 }) {
      checkPage(limit, offset);
      // The counters kept as documents are saved, read in their index's order: no grouping of every document's entities.
      let query = db
        .selectFrom('entities as e')
        .select(['e.id', 'e.kind', 'e.name', 'e.documents', 'e.mentions'])
        .where('e.documents', '>', 0)
        .orderBy('e.documents', 'desc')
        .orderBy('e.name')
        .orderBy('e.id')
        .limit(limit)
        .offset(offset);
      if (kind !== undefined) query = query.where('e.kind', '=', kind);
      if (id !== undefined) query = query.where('e.id', '=', id);
      return (await query.execute()).map(parseEntitySummary);
    },

    async listRejections() {
      const rows = await db.selectFrom('rejections').selectAll().orderBy('id').execute();
      return rows.map(parseRejection);
    },

    async summary() {
      await flushEvents();
      return countedSummary(db);
    },

    async sourceTally(window) {
      checkPage(window);
      await flushEvents();
      return sourceTally(db, window);
    },

    claimsPerWeek() {
      return countedWeeks(db);
    },

    async eventCounts() {
      await flushEvents();
      const group = (column: 'status' | 'type') =>
        db
          .selectFrom('events')
          .select((eb) => [eb.ref(column).as('key'), eb.fn.countAll().as('n')])
          .groupBy(column)
          .execute();
      const byStatus = await group('status');
      const byType = await group('type');
      const counts = (rows: readonly { key: string; n: unknown }[]) =>
        Object.fromEntries(rows.map((r) => [r.key, parseCount(r.n)]));
      const total = byStatus.reduce((sum, r) => sum + parseCount(r.n), 0);
      return { total, byStatus: counts(byStatus), byType: counts(byType) };
    },

    async searchDocuments(query, limit) {
      checkPage(limit);
      const words = searchWords(query);
      if (words.length === 0 || limit === 0) return [];
      return search(deps, words, limit);
    },

    async close() {
      // A store bound to a transaction does not own the connection.
      if (!db.isTransaction) await db.destroy();
    },
  };
  return { store, flushEvents };
}
