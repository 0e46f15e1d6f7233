import type { BatchItem } from '../pipeline/index.js';
import { type JobExtraction, jobItems } from './job-items.js';
import type { IngestQueue, TakenJob } from './open-queue.js';

function byKey(a: TakenJob, b: TakenJob): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The jobs a worker holds, in queue order, each extracted as soon as it is taken. */
export interface JobsInHand {
  readonly held: () => readonly TakenJob[];
  /** Takes up to `count` more jobs and extracts them; returns how many it took. */
  take(count: number): Promise<number>;
  /** The extracted inputs of held jobs, in the batch's order. */
  items(batch: readonly TakenJob[]): BatchItem[];
  /** Lets go of stored jobs, marking them done. */
  done(batch: readonly TakenJob[]): Promise<void>;
  /** Lets go of jobs whose batch failed: back to the queue, to be tried again. */
  failed(batch: readonly TakenJob[], reason: string): Promise<void>;
  /** Gives every job not yet stored back to the queue at once, for another worker. */
  giveBack(reason: string): Promise<void>;
}

/** An empty hand of jobs for a worker on `queue`, extracting as `how` says. */
export function jobsInHand(queue: IngestQueue, how: JobExtraction): JobsInHand {
  let held: TakenJob[] = [];
  const items = new Map<string, BatchItem>();
  const release = (batch: readonly TakenJob[]): string[] => {
    const ids = batch.map((job) => job.id);
    const leaving = new Set(ids);
    held = held.filter((job) => !leaving.has(job.id));
    for (const id of ids) items.delete(id);
    return ids;
  };
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
    items(batch) {
      return batch.flatMap((job) => {
        const item = items.get(job.id);
        return item === undefined ? [] : [item];
      });
    },
    async done(batch) {
      await queue.complete(release(batch));
    },
    async failed(batch, reason) {
      await queue.fail(release(batch), reason);
    },
    async giveBack(reason) {
      if (held.length === 0) return;
      await queue.fail(release(held), reason);
    },
  };
}
