import { setTimeout as sleep } from 'node:timers/promises';
import { type CorroborationOptions, corroborationDeps } from '../corroborate/index.js';
import type { Rejection } from '../domain/document.js';
import type { ExtractBudget } from '../extract/index.js';
import { type Knowledge, loadKnowledge } from '../knowledge/index.js';
import {
  type BatchOutcome,
  createExtractPool,
  type ExtractPool,
  repairUnmerged,
  storeBatch,
  workersAvailable,
} from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { jobItems } from './job-items.js';
import type { IngestQueue } from './open-queue.js';

/** What a worker needs: the store and queue on one server, and how to extract and merge. */
export interface WorkerDeps {
  readonly store: Store;
  readonly queue: IngestQueue;
  readonly knowledge?: Knowledge;
  readonly corroboration?: CorroborationOptions;
  readonly budget?: ExtractBudget;
  /** Jobs taken, extracted and stored together, in one transaction (default 4). */
  readonly batchSize?: number;
  /** Extraction threads of this process (default 0: on the main thread; run more processes to use more cores). */
  readonly workers?: number;
  /** Stop once no job is waiting or held by any worker, rather than wait for more. */
  readonly drain?: boolean;
  /** Aborting stops the worker after the batch in hand is stored and its jobs marked done. */
  readonly signal?: AbortSignal;
  /** How long to wait before looking again when the queue is empty (default 1 s). */
  readonly pollMs?: number;
  readonly now?: () => Date;
  readonly onProgress?: (report: WorkerReport) => void;
  /** Told when storing a batch failed: its jobs go back to the queue to be tried again. */
  readonly onError?: (error: unknown) => void;
}

/** What a worker did: documents stored, duplicates (already stored), rejections, batches that failed. */
export interface WorkerReport {
  readonly jobs: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: readonly Rejection[];
  readonly failedBatches: number;
}

const DEFAULT_BATCH = 4;
const DEFAULT_POLL_MS = 1000;
// Jobs of dead workers are given back at least this often, even by a worker that is never idle.
const RECLAIM_EVERY_MS = 30_000;

function tally(report: WorkerReport, outcomes: readonly BatchOutcome[]): WorkerReport {
  const rejected = [...report.rejected];
  let { stored, duplicates } = report;
  for (const outcome of outcomes) {
    if (outcome.kind === 'rejected') rejected.push(outcome.rejection);
    else if (outcome.kind === 'stored') stored += 1;
    else duplicates += 1;
  }
  return { ...report, jobs: report.jobs + outcomes.length, stored, duplicates, rejected };
}

/**
 * Takes jobs from the ingest queue until stopped (or, draining, until the queue is empty): extracts each
 * batch's documents, stores and merges them with the pipeline's `storeBatch` (one transaction, the
 * batch's event blocks locked), then marks the jobs done. A batch that fails goes back to the queue;
 * a worker that dies leaves its jobs to be taken again once their lease runs out. Any number of
 * workers, in any number of processes or machines, may share a queue.
 */
export async function runWorker(deps: WorkerDeps): Promise<WorkerReport> {
  const { store, queue, signal } = deps;
  const knowledge = deps.knowledge ?? loadKnowledge();
  const merging = { store, ...corroborationDeps(knowledge, deps.corroboration) };
  const now = deps.now ?? (() => new Date());
  const batchSize = Math.max(1, deps.batchSize ?? DEFAULT_BATCH);
  const threads = deps.knowledge === undefined && workersAvailable() ? (deps.workers ?? 0) : 0;
  const pool: ExtractPool | null = threads > 0 ? createExtractPool(threads, deps.budget) : null;
  const how = { knowledge, budget: deps.budget ?? {}, pool };
  let report: WorkerReport = { jobs: 0, stored: 0, duplicates: 0, rejected: [], failedBatches: 0 };
  let reclaimed = Date.now();
  try {
    await repairUnmerged(merging);
    while (signal?.aborted !== true) {
      if (Date.now() - reclaimed > RECLAIM_EVERY_MS) {
        await queue.reclaimExpired();
        reclaimed = Date.now();
      }
      const jobs = await queue.take(batchSize);
      if (jobs.length === 0) {
        // Idle: give back the jobs of workers that died, then stop if nothing is left anywhere.
        await queue.reclaimExpired();
        reclaimed = Date.now();
        const counts = await queue.counts();
        if (deps.drain === true && counts.waiting === 0 && counts.active === 0) break;
        if (counts.waiting === 0)
          await sleep(deps.pollMs ?? DEFAULT_POLL_MS, undefined, { signal }).catch(() => {});
        continue;
      }
      const ids = jobs.map((job) => job.id);
      try {
        const items = await jobItems(jobs, how);
        const outcomes = await storeBatch(items, { ...merging, at: now().toISOString() });
        await queue.complete(ids);
        report = tally(report, outcomes);
      } catch (error) {
        deps.onError?.(error);
        report = { ...report, failedBatches: report.failedBatches + 1 };
        await queue.fail(ids, error instanceof Error ? error.message : String(error));
      }
      deps.onProgress?.(report);
    }
  } finally {
    await pool?.close();
  }
  return report;
}
