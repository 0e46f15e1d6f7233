// Writes off the event loop: one worker thread extracts, stores and merges each posted document over a
// store connection of its own, one document at a time (writes stay serialised), while this thread goes
// on answering reads: SQLite's WAL lets them read while the worker writes, PostgreSQL gives each its
// own connection. This thread never holds the extraction: it passes the worker's bytes to the client.
import { CorroborateError, type ErrorCode } from '../errors.js';
import type { StoreConfig } from '../store/index.js';
import { DEFAULT_SERVER_BUDGET_MS } from './extract-pool.js';
import type { PostedBody } from './post-document.js';
import { WorkerSlot } from './worker-slot.js';

/** What the write worker is started with. */
export interface WriteWorkerData {
  readonly location: StoreConfig;
  readonly budgetMs: number;
  /** For tests: an Int32Array(2) the worker stops at before each commit (see write-worker.ts). */
  readonly gate?: SharedArrayBuffer;
}

/** One posted body to write, and the time to stamp it with (the server's clock, not the worker's). */
export interface WriteJob {
  readonly id: number;
  readonly body: PostedBody;
  readonly at: string;
}

/** The worker's answer: what it did and the response body as UTF-8 JSON, or the error to report. */
export type WriteAnswer =
  | {
      readonly id: number;
      readonly ok: true;
      readonly status: 'stored' | 'duplicate';
      readonly document: string;
      readonly body: Uint8Array<ArrayBuffer>;
    }
  | { readonly id: number; readonly ok: false; readonly code: ErrorCode; readonly message: string };

/** A written document: whether it was new, its id, and the POST's response body, serialised. */
export interface Written {
  readonly status: 'stored' | 'duplicate';
  readonly id: string;
  readonly body: Uint8Array<ArrayBuffer>;
}

/** Writes posted documents somewhere other than the calling thread. */
export interface DocumentWriter {
  /** Extracts, stores and merges a posted body; rejects with the error the request should report. */
  write(body: PostedBody, at: string): Promise<Written>;
  /**
   * Runs a write of the calling thread's own (a correction) between the worker's, queued with them:
   * on SQLite a write waiting for the worker's lock would block the calling thread's event loop.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Stops the worker; writes still queued or under way fail. */
  close(): Promise<void>;
}

/** Runs a write of this thread's own in turn with the write worker's when there is one, else at once. */
export function inTurn<T>(deps: { readonly writer?: DocumentWriter }, work: () => Promise<T>): Promise<T> {
  return deps.writer ? deps.writer.exclusive(work) : work();
}

interface Job extends WriteJob {
  readonly resolve: (written: Written) => void;
  readonly reject: (error: Error) => void;
}

/** A write the calling thread runs itself, in its turn. */
interface Local {
  readonly run: () => Promise<void>;
  readonly reject: (error: Error) => void;
}

/**
 * The compiled worker: beside this module in dist, or dist's copy when this module runs from source
 * (tests), since a worker thread cannot load TypeScript.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? new URL('../../dist/api/write-worker.js', here)
    : new URL('./write-worker.js', here);
}

/**
 * Starts the write worker on first use for a store another thread can open. A worker that crashes or
 * stops fails the write it had (a 500) and is replaced for the next; one that has not answered well
 * after the budget (storing a large extraction takes a while too) is ended as stuck.
 */
export function writePool(
  location: StoreConfig,
  options: { readonly budgetMs?: number; readonly gate?: SharedArrayBuffer } = {},
): DocumentWriter {
  const budgetMs = options.budgetMs ?? DEFAULT_SERVER_BUDGET_MS;
  const data: WriteWorkerData = {
    location,
    budgetMs,
    ...(options.gate === undefined ? {} : { gate: options.gate }),
  };
  const guardMs = 2 * budgetMs + 120_000;
  const queue: (Job | Local)[] = [];
  let local = false;
  let nextId = 1;
  let closed = false;
  const slot = new WorkerSlot<WriteAnswer>({
    url: workerUrl(),
    workerData: data,
    guardMs,
    failed: 'the write worker failed',
    stopped: (code) => `the write worker stopped (exit code ${code})`,
    onFree: () => pump(),
  });
  const timeout = () => new CorroborateError('timeout', `writing took longer than ${guardMs} ms`);
  const pump = () => {
    if (closed || slot.busy || local) return;
    const job = queue.shift();
    if (job === undefined) return;
    if ('run' in job) {
      local = true;
      void job.run().finally(() => {
        local = false;
        pump();
      });
      return;
    }
    const answered = (answer: WriteAnswer) => {
      if (answer.ok) job.resolve({ status: answer.status, id: answer.document, body: answer.body });
      else job.reject(new CorroborateError(answer.code, answer.message));
    };
    const message: WriteJob = { id: job.id, body: job.body, at: job.at };
    slot.post({ id: job.id, answered, reject: job.reject }, message, timeout);
  };

  return {
    write: (body, at) =>
      new Promise<Written>((resolve, reject) => {
        if (closed) {
          reject(new CorroborateError('internal', 'the write worker is closed'));
          return;
        }
        queue.push({ id: nextId++, body, at, resolve, reject });
        pump();
      }),
    exclusive: <T>(work: () => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        if (closed) {
          reject(new CorroborateError('internal', 'the write worker is closed'));
          return;
        }
        queue.push({ run: () => Promise.resolve().then(work).then(resolve, reject), reject });
        pump();
      }),
    close: async () => {
      closed = true;
      const stopping = new CorroborateError('internal', 'the server is stopping');
      for (const job of queue.splice(0)) job.reject(stopping);
      await slot.stop(stopping);
    },
  };
}
