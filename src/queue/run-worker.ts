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
import { type JobsInHand, jobsInHand } from './jobs-in-hand.js';
import type { IngestQueue, TakenJob } from './open-queue.js';
import { GiveWay, type StagedTimes, storeInTurn } from './store-in-turn.js';
import { planBatch, turnOf } from './turn.js';
import { listenForTurns, type TurnSignals } from './turn-signals.js';

/** What a worker needs: the store and queue on one server, and how to extract and merge. */
export interface WorkerDeps {
  readonly store: Store;
  readonly queue: IngestQueue;
  readonly knowledge?: Knowledge;
  readonly corroboration?: CorroborationOptions;
  readonly budget?: ExtractBudget;
  /** The server's URL, to listen for the turn on (without it the worker looks for its turn every 50 ms). */
  readonly url?: string;
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
  /** Batches rolled back to take an earlier job first, or after waiting their turn too long. */
  readonly gaveWay: number;
  /** Jobs extracted while a batch waited its turn to merge, taken ahead of their own batch. */
  readonly extractedAhead: number;
  /**
   * Where the worker's time went, in milliseconds: taking and extracting jobs (also while a batch waits
   * its turn), writing their documents (in parallel with other workers), waiting its turn to merge with
   * nothing else to do (the only time a worker waits on another), merging in its turn.
   */
  readonly ms: { readonly taking: number } & Readonly<StagedTimes>;
}

const DEFAULT_BATCH = 4;
const DEFAULT_POLL_MS = 1000;
// A worker waiting its turn looks again when signalled that a batch is done, else this often.
const TURN_POLL_MS = 50;
// Waiting longer than this for a turn, a worker rolls its batch back and plans again (a dead worker's
// jobs are given back after their lease, which takes longer; this bounds a transaction left open).
const GIVE_WAY_AFTER_MS = 30_000;
// Jobs of dead workers are given back at least this often, even by a worker that is never idle.
const RECLAIM_EVERY_MS = 5000;
// A worker renews the lease of the jobs it holds this often (leases are set when queued, a minute or more).
const RENEW_EVERY_MS = 1000;

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

/** Renews the leases of held jobs and gives back dead workers' jobs, each when it is due. */
function upkeeper(queue: IngestQueue, hand: JobsInHand) {
  let reclaimed = 0;
  let renewed = Date.now();
  return {
    async reclaim() {
      await queue.reclaimExpired();
      reclaimed = Date.now();
    },
    async due() {
      if (Date.now() - reclaimed > RECLAIM_EVERY_MS) await this.reclaim();
      if (Date.now() - renewed > RENEW_EVERY_MS) {
        await queue.renew(hand.held().map((job) => job.id));
        renewed = Date.now();
      }
    },
  };
}

type Upkeep = ReturnType<typeof upkeeper>;

/**
 * The work a worker does while its staged batch waits its turn, one step at a time: extract the next
 * job taken ahead, else take up to a batch more while it holds less than two. A step extracts one
 * document at most, so that the turn, looked for between steps, waits on no more than that: the batch's
 * open transaction holds only the rows it wrote, which no other worker reads or waits on, and takes its
 * merge locks only once its turn has come. Returns false when there is nothing to do.
 */
function aheadOfTurn(hand: JobsInHand, batchSize: number, clock: { taking: number; extracted: number }) {
  return async (): Promise<boolean> => {
    const started = performance.now();
    try {
      if (await hand.extractNext()) {
        clock.extracted += 1;
        return true;
      }
      if (hand.held().length >= 2 * batchSize) return false;
      return (await hand.takeAhead(batchSize)) > 0;
    } finally {
      clock.taking += performance.now() - started;
    }
  };
}

/** What waiting for a batch's turn reads: the queue, the jobs in hand, and the work to do meanwhile. */
interface Turning {
  readonly queue: IngestQueue;
  readonly hand: JobsInHand;
  readonly upkeep: Upkeep;
  readonly signals: TurnSignals | null;
  readonly signal?: AbortSignal;
  readonly ahead: () => Promise<boolean>;
}

/** Resolves once no job before the batch is left to do; throws GiveWay when one waits unheld, or after too long. */
async function awaitTurn(batch: readonly TakenJob[], ctx: Turning): Promise<void> {
  const first = batch[0]?.key ?? '';
  const since = Date.now();
  // Until the turn comes, the next batch is taken and extracted (see aheadOfTurn); then the worker waits.
  let busy = true;
  for (;;) {
    const held = ctx.hand.held().map((job) => job.id);
    const turn = turnOf(await ctx.queue.pendingBefore(first, held));
    if (turn === 'go') return;
    if (turn === 'give-way') throw new GiveWay('an earlier job waits unheld');
    if (ctx.signal?.aborted === true) throw new GiveWay('stopping');
    if (Date.now() - since > GIVE_WAY_AFTER_MS) throw new GiveWay('waited too long');
    await ctx.upkeep.due();
    if (busy) busy = await ctx.ahead();
    if (busy) continue;
    if (ctx.signals === null) await pause(TURN_POLL_MS, ctx.signal);
    else await ctx.signals.next(TURN_POLL_MS, ctx.signal);
  }
}

/**
 * Takes jobs from the ingest queue until stopped (or, draining, until the queue is empty): extracts each
 * job's document as soon as it is taken, writes a batch's documents at once in a transaction held open,
 * merges them when its turn comes (every earlier job done) with the pipeline's merge, commits, and marks
 * the jobs done. Workers extract and write documents in parallel and merge one batch at a time in queue
 * order, so that any number of them, in any number of processes or machines, give the events one
 * `ingest` of the same documents gives. A batch that fails goes back to the queue; a worker that dies
 * leaves its jobs to be taken again once their lease runs out.
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
  const upkeep = upkeeper(queue, hand);
  const signals = deps.url === undefined ? null : await listenForTurns(deps.url, queue.channel);
  const times: StagedTimes = { staging: 0, waiting: 0, merging: 0 };
  const clock = { taking: 0, extracted: 0 };
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      clock.taking += performance.now() - started;
    }
  };
  const take = () => timed(() => hand.take(batchSize));
  const ahead = aheadOfTurn(hand, batchSize, clock);
  const turning = { queue, hand, upkeep, signals, ahead, ...(signal === undefined ? {} : { signal }) };
  const each: Round = { deps, turning, merging, now, batchSize, times, clock, timed, take };
  let report: WorkerReport = {
    jobs: 0,
    stored: 0,
    duplicates: 0,
    rejected: [],
    failedBatches: 0,
    gaveWay: 0,
    extractedAhead: 0,
    ms: { taking: 0, ...times },
  };
  try {
    await repairUnmerged(merging);
    await upkeep.reclaim();
    while (signal?.aborted !== true) {
      await upkeep.due();
      if (hand.held().length === 0 && (await take()) === 0) {
        // Idle: give back the jobs of workers that died, then stop if nothing is left anywhere.
        await upkeep.reclaim();
        const counts = await queue.counts();
        if (deps.drain === true && counts.waiting === 0 && counts.active === 0) break;
        if (counts.waiting === 0) await pause(deps.pollMs ?? DEFAULT_POLL_MS, signal);
        continue;
      }
      report = await oneBatch(each, report);
    }
  } finally {
    // Stopped with jobs not yet stored: back to the queue at once.
    await hand.giveBack('the worker stopped before storing it');
    await signals?.close();
    await pool?.close();
  }
  const round = (n: number) => Math.round(n);
  const { staging, waiting, merging: merged } = times;
  return {
    ...report,
    extractedAhead: clock.extracted,
    ms: {
      taking: round(clock.taking),
      staging: round(staging),
      waiting: round(waiting),
      merging: round(merged),
    },
  };
}

/** What a worker's batches share: its queue and jobs in hand as awaitTurn reads them, how to merge, its clocks. */
interface Round {
  readonly deps: WorkerDeps;
  readonly turning: Turning;
  readonly merging: { readonly store: Store } & ReturnType<typeof corroborationDeps>;
  readonly now: () => Date;
  readonly batchSize: number;
  readonly times: StagedTimes;
  readonly clock: { taking: number; extracted: number };
  /** Runs work, its time counted as taking. */
  readonly timed: <T>(work: () => Promise<T>) => Promise<T>;
  readonly take: () => Promise<number>;
}

/**
 * Plans the next batch from the jobs in hand; stores and merges it in its turn, and marks its jobs done (or
 * failed); returns the report with the batch counted.
 */
async function oneBatch(r: Round, report: WorkerReport): Promise<WorkerReport> {
  const { queue, hand, signal } = r.turning;
  const { times, clock } = r;
  const held = hand.held();
  const last = held[held.length - 1]?.key ?? '';
  const plan = planBatch(
    held,
    await queue.pendingBefore(
      last,
      held.map((job) => job.id),
    ),
    r.batchSize,
  );
  if (plan.kind === 'take') {
    // Nothing to take after all (another worker was quicker): look again shortly.
    if ((await r.take()) === 0) await pause(TURN_POLL_MS, signal);
    return report;
  }
  const items = await r.timed(() => hand.items(plan.batch));
  try {
    const at = r.now().toISOString();
    const taking = clock.taking;
    const outcomes = await storeInTurn(
      items,
      { ...r.merging, at },
      // The turn's wait is lapped whole: what it spent working ahead counts as taking, not waiting.
      () => awaitTurn(plan.batch, r.turning).finally(() => (times.waiting -= clock.taking - taking)),
      times,
    );
    await hand.done(plan.batch);
    report = tally(report, outcomes);
  } catch (error) {
    if (error instanceof GiveWay) return { ...report, gaveWay: report.gaveWay + 1 };
    r.deps.onError?.(error);
    await hand.failed(plan.batch, error instanceof Error ? error.message : String(error));
    report = { ...report, failedBatches: report.failedBatches + 1 };
  }
  r.deps.onProgress?.({ ...report, extractedAhead: clock.extracted });
  return report;
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return sleep(ms, undefined, signal === undefined ? {} : { signal }).catch(() => {});
}
