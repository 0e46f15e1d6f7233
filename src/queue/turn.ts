import type { PendingJob, TakenJob } from './open-queue.js';

/**
 * What a worker holding jobs does next: take the earlier jobs that wait unheld, or stage a batch (store
 * its documents at once, in a transaction held open, and merge them when its turn comes).
 */
export type Plan = { readonly kind: 'take' } | { readonly kind: 'stage'; readonly batch: TakenJob[] };

/** Whether a staged batch may merge now, must wait for earlier jobs another worker holds, or must make way. */
export type Turn = 'go' | 'wait' | 'give-way';

/**
 * The batch a worker stages next, given the jobs it holds (in queue order) and the jobs not done that
 * others hold or that wait, sorting before its last held job (`pending`, in queue order). The batch
 * runs from its earliest held job up to the first pending job after it, so that a batch is merged
 * whole at one turn. Earlier jobs waiting unheld are taken first.
 */
export function planBatch(
  held: readonly TakenJob[],
  pending: readonly PendingJob[],
  batchSize: number,
): Plan {
  const earliest = held[0];
  if (earliest === undefined) return { kind: 'take' };
  if (pending.some((job) => job.key < earliest.key && !job.held)) return { kind: 'take' };
  const next = pending.find((job) => job.key > earliest.key);
  const batch = held.filter((job) => next === undefined || job.key < next.key).slice(0, batchSize);
  return { kind: 'stage', batch };
}

/**
 * Whose turn it is. Documents are merged in the order they were queued, whichever worker extracted and
 * staged them, because merging depends on order: a batch merges once no job before its first is left
 * to do (`before`: the pending jobs before it that the worker does not hold). A job before it that
 * waits unheld (a dead worker's, or one that failed) must be taken first: the worker gives way (rolls
 * its batch back) and takes it, so that workers never all wait on a job nobody holds. The worker whose
 * batch holds the earliest job always goes on, so workers never wait on each other in a circle.
 */
export function turnOf(before: readonly PendingJob[]): Turn {
  if (before.length === 0) return 'go';
  return before.some((job) => !job.held) ? 'give-way' : 'wait';
}
