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
  workersAvailable,
} from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { jobsInHand } from './jobs-in-hand.js';
import type { IngestQueue } from './open-queue.js';
import { nextTurn } from './turn.js';

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
  /** Where the worker's time went, in milliseconds: taking and extracting jobs, storing them, waiting its turn. */
  readonly ms: { readonly taking: number; readonly storing: number; readonly waiting: number };
}

const DEFAULT_BATCH = 4;
const DEFAULT_POLL_MS = 1000;
// A worker whose turn has not come looks again after 5 ms, then less and less often, up to every 80 ms:
// a turn often comes within a few milliseconds, and each look costs the server a query.
const TURN_POLL_MS = [5, 10, 20, 40, 80] as const;
// Jobs of dead workers are given back at least this often, even by a worker that is never idle.
const RECLAIM_EVERY_MS = 5000;
// A worker renews the lease of the jobs it holds this often (leases are set when queued, a minute or more).
const RENEW_EVERY_MS = 1000;

const EMPTY_REPORT: WorkerReport = {
  jobs: 0,
  stored: 0,
  duplicates: 0,
  rejected: [],
  failedBatches: 0,
  ms: { taking: 0, storing: 0, waiting: 0 },
};

type Part = keyof WorkerReport['ms'];

/** Milliseconds spent in each part of a worker's loop, and how to time one step into its part. */
function stopwatch(): { ms: Record<Part, number>; timed: <T>(part: Part, work: Promise<T>) => Promise<T> } {
  const ms: Record<Part, number> = { taking: 0, storing: 0, waiting: 0 };
  const timed = async <T>(part: Part, work: Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work;
    } finally {
      ms[part] += performance.now() - started;
    }
  };
  return { ms, timed };
}

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
 * job's document as soon as it is taken, then stores and merges in queue order with the pipeline's
 * `storeBatch` (one transaction per batch, its event blocks locked), and marks the jobs done. Workers
 * extract in parallel and take turns to merge, so that any number of them, in any number of processes
 * or machines, give the events one `ingest` of the same documents gives. A batch that fails goes back to
 * the queue; a worker that dies leaves its jobs to be taken again once their lease runs out.
 */
export async function runWorker(deps: WorkerDeps): Promise<WorkerReport> {
  const { store, queue, signal } = deps;
  const knowledge = deps.knowledge ?? loadKnowledge();
  const merging = { store, ...corroborationDeps(knowledge, deps.corroboration) };
  const now = deps.now ?? (() => new Date());
  const batchSize = Math.max(1, deps.batchSize ?? DEFAULT_BATCH);
  const threads = deps.knowledge === undefined && workersAvailable() ? (deps.workers ?? 0) : 0;
  const pool: ExtractPool | null = threads > 0 ? createExtractPool(threads, deps.budget) : null;
  const hand = jobsInHand(queue, { knowledge, budget: deps.budget ?? {}, pool });
  let report = EMPTY_REPORT;
  const { ms, timed } = stopwatch();
  let reclaimed = 0;
  let renewed = Date.now();
  const reclaim = async () => {
    await queue.reclaimExpired();
    reclaimed = Date.now();
  };
  let looks = 0;
  const waitTurn = () => pause(TURN_POLL_MS[Math.min(looks++, TURN_POLL_MS.length - 1)] ?? 80, signal);
  const renew = async () => {
    await queue.renew(hand.held().map((job) => job.id));
    renewed = Date.now();
  };
  try {
    await repairUnmerged(merging);
    await reclaim();
    while (signal?.aborted !== true) {
      if (Date.now() - reclaimed > RECLAIM_EVERY_MS) await reclaim();
      if (Date.now() - renewed > RENEW_EVERY_MS) await renew();
      if (hand.held().length === 0 && (await timed('taking', hand.take(batchSize))) === 0) {
        // Idle: give back the jobs of workers that died, then stop if nothing is left anywhere.
        await reclaim();
        const counts = await queue.counts();
        if (deps.drain === true && counts.waiting === 0 && counts.active === 0) break;
        if (counts.waiting === 0) await pause(deps.pollMs ?? DEFAULT_POLL_MS, signal);
        continue;
      }
      const turn = await timed('waiting', nextTurn(queue, hand.held(), batchSize));
      // Nothing to take after all (another worker was quicker): look again shortly.
      if (turn.kind === 'take' && (await timed('taking', hand.take(batchSize))) === 0) {
        await timed('waiting', waitTurn());
      }
      if (turn.kind === 'wait') await timed('waiting', waitTurn());
      if (turn.kind === 'store') {
        looks = 0;
        try {
          const outcomes = await timed(
            'storing',
            hand.store(turn.batch, { ...merging, at: now().toISOString() }),
          );
          report = tally(report, outcomes);
        } catch (error) {
          deps.onError?.(error);
          report = { ...report, failedBatches: report.failedBatches + 1 };
        }
        deps.onProgress?.(report);
      }
    }
  } finally {
    // Stopped with jobs not yet stored: back to the queue at once.
    await hand.giveBack('the worker stopped before storing it');
    await pool?.close();
  }
  const round = (n: number) => Math.round(n);
  return {
    ...report,
    ms: { taking: round(ms.taking), storing: round(ms.storing), waiting: round(ms.waiting) },
  };
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return sleep(ms, undefined, signal === undefined ? {} : { signal }).catch(() => {});
}
