import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import type { ExtractBudget } from '../extract/index.js';
import type { ExtractAnswer, ExtractJob } from './extract-worker.js';

/** Extracts documents on worker threads, each document on whichever worker is free. */
export interface ExtractPool {
  extract(document: SourceDocument): Promise<Extraction>;
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

interface Pending {
  readonly resolve: (extraction: Extraction) => void;
  readonly reject: (error: Error) => void;
}

/** Starts `size` extraction workers, each loading the bundled knowledge and wink's model. */
export function createExtractPool(size: number, budget: ExtractBudget = {}): ExtractPool {
  const pending = new Map<number, Pending>();
  const idle: Worker[] = [];
  const queue: ExtractJob[] = [];
  let seq = 0;
  let closed = false;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    queue.length = 0;
  };
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop();
      const job = queue.shift();
      if (worker !== undefined && job !== undefined) worker.postMessage(job);
    }
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerFile);
    worker.on('message', (answer: ExtractAnswer) => {
      const p = pending.get(answer.seq);
      pending.delete(answer.seq);
      if (answer.ok) p?.resolve(answer.extraction);
      else p?.reject(new Error(`extraction failed: ${answer.error}`));
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => {
      if (!closed) failAll(new Error(`an extraction worker stopped (exit code ${code})`));
    });
    idle.push(worker);
    return worker;
  });
  return {
    extract(document) {
      if (closed) return Promise.reject(new Error('the extraction pool is closed'));
      const job = { seq: seq++, document, budget };
      const done = new Promise<Extraction>((resolve, reject) => pending.set(job.seq, { resolve, reject }));
      queue.push(job);
      dispatch();
      return done;
    },
    async close() {
      closed = true;
      failAll(new Error('the extraction pool is closed'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
