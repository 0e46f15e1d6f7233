import type { BatchItem } from '../pipeline/index.js';
import { type JobExtraction, jobItems } from './job-items.js';
import type { IngestQueue, TakenJob } from './open-queue.js';

function byKey(a: TakenJob, b: TakenJob): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The jobs a worker holds, in queue order, each extracted when taken or, taken ahead, one at a time later. */
export interface JobsInHand {
  readonly held: () => readonly TakenJob[];
  /** Takes up to `count` more jobs and extracts them; returns how many it took. */
  take(count: number): Promise<number>;
  /** Takes up to `count` more jobs without extracting them (see extractNext); returns how many it took. */
  takeAhead(count: number): Promise<number>;
  /** Extracts the earliest held job not yet extracted; false when every held job is. */
  extractNext(): Promise<boolean>;
  /** The extracted inputs of held jobs, in the batch's order, extracting those not yet extracted. */
  items(batch: readonly TakenJob[]): Promise<BatchItem[]>;
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
  const extract = async (jobs: readonly TakenJob[]) => {
    const extracted = await jobItems(jobs, how);
    jobs.forEach((job, i) => {
      const item = extracted[i];
      if (item !== undefined) items.set(job.id, item);
    });
  };
  const hold = async (count: number) => {
    const jobs = await queue.take(count);
    held = [...held, ...jobs].sort(byKey);
    return jobs;
  };
  return {
    held: () => held,
    async take(count) {
      const jobs = await hold(count);
      await extract(jobs);
      return jobs.length;
    },
    async takeAhead(count) {
      return (await hold(count)).length;
    },
    async extractNext() {
      const next = held.find((job) => !items.has(job.id));
      if (next === undefined) return false;
      await extract([next]);
      return true;
    },
    async items(batch) {
      await extract(batch.filter((job) => !items.has(job.id)));
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
