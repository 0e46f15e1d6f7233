import { type BatchItem, type BatchOutcome, storeBatch } from '../pipeline/index.js';
import { type JobExtraction, jobItems } from './job-items.js';
import type { IngestQueue, TakenJob } from './open-queue.js';

/** What storing a batch needs: the store, corroboration's dependencies and the time to stamp. */
type StoreBatchDeps = Parameters<typeof storeBatch>[1];

function byKey(a: TakenJob, b: TakenJob): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The jobs a worker holds, in queue order, each extracted as soon as it is taken. */
export interface JobsInHand {
  readonly held: () => readonly TakenJob[];
  /** Takes up to `count` more jobs and extracts them; returns how many it took. */
  take(count: number): Promise<number>;
  /**
   * Stores a batch of held jobs in one transaction and marks them done; on failure they go back to the
   * queue to be tried again, and the error is thrown.
   */
  store(batch: readonly TakenJob[], deps: StoreBatchDeps): Promise<BatchOutcome[]>;
  /** Gives every job not yet stored back to the queue at once, for another worker. */
  giveBack(reason: string): Promise<void>;
}

/** An empty hand of jobs for a worker on `queue`, extracting as `how` says. */
export function jobsInHand(queue: IngestQueue, how: JobExtraction): JobsInHand {
  let held: TakenJob[] = [];
  const items = new Map<string, BatchItem>();
  return {
    held: () => held,
    async take(count) {
      const jobs = await queue.take(count);
      const extracted = await jobItems(jobs, how);
      jobs.forEach((job, i) => {
        const item = extracted[i];
        if (item !== undefined) items.set(job.id, item);
      });
      held = [...held, ...jobs].sort(byKey);
      return jobs.length;
    },
    async store(batch, deps) {
      const ids = batch.map((job) => job.id);
      const leaving = new Set(ids);
      held = held.filter((job) => !leaving.has(job.id));
      const batchItems = ids.flatMap((id) => {
        const item = items.get(id);
        return item === undefined ? [] : [item];
      });
      for (const id of ids) items.delete(id);
      try {
        const outcomes = await storeBatch(batchItems, deps);
        await queue.complete(ids);
        return outcomes;
      } catch (error) {
        await queue.fail(ids, error instanceof Error ? error.message : String(error));
        throw error;
      }
    },
    async giveBack(reason) {
      if (held.length === 0) return;
      const ids = held.map((job) => job.id);
      held = [];
      items.clear();
      await queue.fail(ids, reason);
    },
  };
}
