import { type CorroborationOptions, corroborationDeps } from '../corroborate/index.js';
import type { Rejection } from '../domain/document.js';
import { type Knowledge, loadKnowledge } from '../knowledge/index.js';
import type { Store } from '../store/index.js';
import { createExtractPool, defaultWorkers, type ExtractPool, workersAvailable } from './extract-pool.js';
import { canonicalPaths, extractedInputs } from './extracted-inputs.js';
import { type BatchItem, repairUnmerged, storeBatch } from './store-batch.js';

/** Progress of a batch after each input document. */
export interface IngestProgress {
  readonly done: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: number;
  readonly origin: string | null;
}

/** What ingest needs from outside: the store, the clock, and where to report progress. */
export interface IngestDeps {
  readonly store: Store;
  /** Gazetteers and lexicons; the bundled knowledge by default (other knowledge is extracted on the main thread). */
  readonly knowledge?: Knowledge;
  /** Inputs larger than this many bytes are rejected (default 5 MB). */
  readonly maxBytes?: number;
  readonly now?: () => Date;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** How stored documents are merged into events (reliability table, time window). */
  readonly corroboration?: CorroborationOptions;
  /** Extraction worker threads (default one per core; 0 extracts on the main thread). */
  readonly workers?: number;
  /** Documents stored per transaction (default 32). */
  readonly batchSize?: number;
  /** Time one document may take to extract, in milliseconds; it stops at a sentence with a warning. */
  readonly budgetMs?: number;
  /** Characters of one document's body read for claims; the rest is stored unread, with a warning. */
  readonly maxChars?: number;
}

/** The outcome of a batch: counts, each rejection with its reason, and the ids of the good documents. */
export interface IngestReport {
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: readonly Rejection[];
  /** Ids of every good document, stored now or already there, once each in the order they were stored. */
  readonly documents: readonly string[];
  /** Documents an interrupted older run had stored without merging them, merged now. */
  readonly repaired?: number;
}

const DEFAULT_BATCH = 32;

function originOf(item: BatchItem): string | null {
  return item.ok ? item.document.origin : item.rejection.origin;
}

/**
 * Extracts every input (on worker threads) and stores them in batches, each batch in one transaction
 * with the events its documents join; rejections are saved too and the batch goes on. Files are read
 * in sorted order and stored in that order, so the events do not depend on the order the paths were
 * given in or on the number of workers. First merges any document an interrupted older run left unmerged.
 */
export async function ingestInputs(paths: readonly string[], deps: IngestDeps): Promise<IngestReport> {
  const { store, onProgress } = deps;
  const now = deps.now ?? (() => new Date());
  const knowledge = deps.knowledge ?? loadKnowledge();
  const merging = { store, ...corroborationDeps(knowledge, deps.corroboration) };
  const repaired = await repairUnmerged(merging);
  const batchSize = Math.max(1, deps.batchSize ?? DEFAULT_BATCH);
  // Custom knowledge cannot cross to a worker (it holds functions): it is used here.
  const workers = deps.knowledge === undefined && workersAvailable() ? (deps.workers ?? defaultWorkers()) : 0;
  let pool: ExtractPool | null = null;
  const budget = {
    ...(deps.budgetMs === undefined ? {} : { budgetMs: deps.budgetMs }),
    ...(deps.maxChars === undefined ? {} : { maxChars: deps.maxChars }),
  };
  const startPool = workers > 0 ? () => (pool ??= createExtractPool(workers, budget)) : null;
  let stored = 0;
  let duplicates = 0;
  const rejected: Rejection[] = [];
  const documents = new Set<string>();
  const flush = async (batch: readonly BatchItem[]) => {
    const outcomes = await storeBatch(batch, { ...merging, at: now().toISOString() });
    outcomes.forEach((outcome, i) => {
      if (outcome.kind === 'rejected') rejected.push(outcome.rejection);
      else {
        if (outcome.kind === 'stored') stored += 1;
        else duplicates += 1;
        documents.add(outcome.id);
      }
      const item = batch[i];
      onProgress?.({
        done: stored + duplicates + rejected.length,
        stored,
        duplicates,
        rejected: rejected.length,
        origin: item === undefined ? null : originOf(item),
      });
    });
  };
  try {
    const options = {
      knowledge,
      startPool,
      // Two batches ahead and a few jobs queued at each worker: the workers extract while a batch is stored.
      ahead: 2 * batchSize + 8 * workers,
      budget,
      ...(deps.maxBytes === undefined ? {} : { maxBytes: deps.maxBytes }),
    };
    let batch: BatchItem[] = [];
    for await (const item of extractedInputs(canonicalPaths(paths), options)) {
      batch.push(item);
      if (batch.length < batchSize) continue;
      await flush(batch);
      batch = [];
    }
    if (batch.length > 0) await flush(batch);
  } finally {
    await (pool as ExtractPool | null)?.close();
  }
  return { stored, duplicates, rejected, documents: [...documents], ...(repaired > 0 ? { repaired } : {}) };
}
