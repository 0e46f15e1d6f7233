import type { IngestQueue, TakenJob } from './open-queue.js';

/** What a worker holding jobs does next: store a batch of them, take the earlier jobs that wait, or wait. */
export type Turn =
  | { readonly kind: 'store'; readonly batch: TakenJob[] }
  | { readonly kind: 'take' | 'wait' };

/**
 * Whose turn it is. Documents are merged in the order they were queued, whichever worker extracted
 * them, because merging depends on order: a worker stores its earliest jobs up to the first job still
 * to do that it does not hold. The worker holding the earliest job always goes on, so workers never
 * wait on each other in a circle; the others extract meanwhile.
 */
export async function nextTurn(
  queue: Pick<IngestQueue, 'firstPendingExcept'>,
  held: readonly TakenJob[],
  batchSize: number,
): Promise<Turn> {
  const first = await queue.firstPendingExcept(held.map((job) => job.id));
  const earliest = held[0];
  if (earliest !== undefined && (first === null || earliest.key < first.key)) {
    const batch = held.filter((job) => first === null || job.key < first.key).slice(0, batchSize);
    return { kind: 'store', batch };
  }
  return { kind: first?.held === false ? 'take' : 'wait' };
}
