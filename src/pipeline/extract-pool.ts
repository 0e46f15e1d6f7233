import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Fingerprint } from '../corroborate/near-duplicates.js';
import type { SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import type { ExtractBudget } from '../extract/index.js';
import type { ExtractAnswer, ExtractJob } from './extract-worker.js';

/** Extracts documents on worker threads, each document on whichever worker is free. */
export interface ExtractPool {
  extract(document: SourceDocument): Promise<Extraction>;
  /** As `extract`, with the text's near-duplicate fingerprint worked out on the worker too. */
  extractPrinted(document: SourceDocument): Promise<Printed>;
  /** Stops the workers; extractions still pending fail. */
  close(): Promise<void>;
}

/** One worker per core: extraction is CPU-bound, and the main thread's storing mostly waits on the database. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

const workerFile = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

/** Whether worker threads can run here: the compiled worker module exists (not when tests run the TypeScript source). */
export function workersAvailable(): boolean {
  return existsSync(workerFile);
}

/** An extraction with its document's fingerprint. */
export interface Printed {
  readonly extraction: Extraction;
  readonly print: Fingerprint;
}

// Jobs sent to a worker before it answers the first: the storing thread runs a batch's SQL without
// yielding, and a worker given one job at a time would wait idle for the whole batch.
const JOBS_PER_WORKER = 8;

interface Pending {
  readonly resolve: (printed: Printed) => void;
  readonly reject: (error: Error) => void;
}

/** Starts `size` extraction workers, each loading the bundled knowledge and wink's model. */
export function createExtractPool(size: number, budget: ExtractBudget = {}): ExtractPool {
  const pending = new Map<number, Pending>();
  // Each worker's jobs sent and not yet answered; the least loaded gets the next.
  const load = new Map<Worker, number>();
  const queue: ExtractJob[] = [];
  let seq = 0;
  let closed = false;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    queue.length = 0;
  };
  const leastLoaded = (): Worker | undefined => {
    let best: Worker | undefined;
    for (const [worker, n] of load)
      if (n < JOBS_PER_WORKER && (best === undefined || n < (load.get(best) ?? 0))) best = worker;
    return best;
  };
  const dispatch = () => {
    for (let worker = leastLoaded(); worker !== undefined && queue.length > 0; worker = leastLoaded()) {
      const job = queue.shift();
      if (job === undefined) return;
      load.set(worker, (load.get(worker) ?? 0) + 1);
      worker.postMessage(job);
    }
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerFile);
    worker.on('message', (answer: ExtractAnswer) => {
      const p = pending.get(answer.seq);
      pending.delete(answer.seq);
      if (answer.ok) p?.resolve({ extraction: answer.extraction, print: answer.print });
      else p?.reject(new Error(`extraction failed: ${answer.error}`));
      load.set(worker, Math.max(0, (load.get(worker) ?? 1) - 1));
      dispatch();
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => {
      if (!closed) failAll(new Error(`an extraction worker stopped (exit code ${code})`));
    });
    load.set(worker, 0);
    return worker;
  });
  const extractPrinted = (document: SourceDocument): Promise<Printed> => {
    if (closed) return Promise.reject(new Error('the extraction pool is closed'));
    const job = { seq: seq++, document, budget };
    const done = new Promise<Printed>((resolve, reject) => pending.set(job.seq, { resolve, reject }));
    queue.push(job);
    dispatch();
    return done;
  };
  return {
    extractPrinted,
    extract: async (document) => (await extractPrinted(document)).extraction,
    async close() {
      closed = true;
      failAll(new Error('the extraction pool is closed'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
