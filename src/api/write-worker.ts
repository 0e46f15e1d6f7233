// The thread the server writes posted documents on: it extracts one within the budget, stores it and
// merges its claims over a store connection of its own, and answers with the response body already
// serialised, so that the thread answering reads never holds (nor collects) a large extraction.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from '../errors.js';
import { extract } from '../extract/index.js';
import { loadKnowledge } from '../knowledge/index.js';
import { openStore, type Store } from '../store/index.js';
import { type PostedBody, writePosted } from './post-document.js';
import type { WriteAnswer, WriteJob, WriteWorkerData } from './write-pool.js';

const data = workerData as WriteWorkerData;

/** How much lower than the server's threads this thread runs (a nice value): reads come first. */
const WRITER_NICENESS = 10;

/**
 * Lowers this thread's priority where the system lets a thread have its own (Linux: a thread is a task
 * with an id of its own, `/proc/thread-self`), so that when both cores are busy the thread answering
 * reads is scheduled first; elsewhere the thread keeps the process's priority.
 */
function yieldToReads(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, WRITER_NICENESS);
  } catch {
    // No /proc (macOS, Windows) or no permission: the writer runs at the process's priority.
  }
}

yieldToReads();
const knowledge = loadKnowledge();
const opened = await openStore(data.location);
const store = data.gate === undefined ? opened : gated(opened, new Int32Array(data.gate));

/**
 * The store with a gate before each transaction's commit, for tests: it counts the arrival in slot 0 and
 * waits until slot 1 leaves 0 (1 goes on, 2 ends the thread as a crash would, mid-transaction).
 */
function gated(inner: Store, gate: Int32Array): Store {
  return {
    ...inner,
    transaction: (work) =>
      inner.transaction(async (trx) => {
        const result = await work(trx);
        Atomics.add(gate, 0, 1);
        Atomics.notify(gate, 0);
        Atomics.wait(gate, 1, 0);
        if (Atomics.load(gate, 1) === 2) process.exit(70);
        return result;
      }),
  };
}

async function write(job: WriteJob): Promise<WriteAnswer> {
  try {
    const outcome = await writePosted(job.body as PostedBody, {
      store,
      knowledge,
      at: job.at,
      extract: async (document) => extract(document, knowledge, { budgetMs: data.budgetMs }),
    });
    // The client's bytes, ready to send: the main thread only passes them on (transferred, not copied).
    const body = new TextEncoder().encode(JSON.stringify(outcome));
    return { id: job.id, ok: true, status: outcome.status, document: outcome.id, body };
  } catch (error) {
    const { code, message } = describeError(error);
    return { id: job.id, ok: false, code, message };
  }
}

// One job at a time: the pool sends the next only once this one answered.
parentPort?.on('message', (job: WriteJob) => {
  void write(job).then((answer) => parentPort?.postMessage(answer, answer.ok ? [answer.body.buffer] : []));
});
