// Extraction off the event loop: a small pool of worker threads, each reading one document at a time
// within the budget, so that GETs are answered while a 4 MB article is read.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceDocument } from '../domain/document.js';
import { Extraction } from '../domain/extraction.js';
import { CorroborateError } from '../errors.js';
import type { PasteForm } from '../web/pages/paste.js';

/** Extracts one document somewhere, resolving with its extraction. */
export type Extractor = (document: SourceDocument) => Promise<Extraction>;

/** Extracts a pasted document and renders the paste page showing it, resolving with the page's HTML. */
export type PasteRenderer = (
  document: SourceDocument,
  form: PasteForm,
  needsToken: boolean,
) => Promise<string>;

/** An extractor on worker threads, and how to stop them. */
export interface ExtractPool {
  readonly extract: Extractor;
  /** As `extract`, the page rendered on the worker too: a large extraction never reaches this thread. */
  readonly renderPaste: PasteRenderer;
  close(): Promise<void>;
}

/** What a worker is asked: a document to extract, and the paste page to render it in when given. */
export interface ExtractRequest {
  readonly id: number;
  readonly document: SourceDocument;
  readonly budgetMs: number;
  readonly paste?: { readonly form: PasteForm; readonly needsToken: boolean };
}

/** A worker's answer: the extraction, or the rendered page, or what went wrong. */
export interface ExtractAnswer {
  readonly id: number;
  readonly ok: boolean;
  readonly extraction?: unknown;
  readonly html?: string;
  readonly message?: string;
}

/** The time the server gives one document unless told otherwise. */
export const DEFAULT_SERVER_BUDGET_MS = 20_000;

interface Job {
  readonly request: Omit<ExtractRequest, 'budgetMs'>;
  readonly resolve: (answer: ExtractAnswer) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * The compiled worker: beside this module in dist, or dist's copy when this module runs from source
 * (tests), since a worker thread cannot load TypeScript.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? new URL('../../dist/api/extract-worker.js', here)
    : new URL('./extract-worker.js', here);
}

/**
 * Starts a pool of `size` workers (one fewer than the cores, at least one, by default). A document gets
 * `budgetMs` inside the worker; a worker that has not answered well after that is ended and replaced.
 */
export function extractPool(
  options: { readonly budgetMs?: number; readonly size?: number } = {},
): ExtractPool {
  const budgetMs = options.budgetMs ?? DEFAULT_SERVER_BUDGET_MS;
  const size = options.size ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, job: null, timer: null }));
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const start = (slot: Slot): Worker => {
    const worker = new Worker(workerUrl());
    worker.unref();
    worker.on('message', (m: ExtractAnswer) => {
      const job = slot.job;
      if (slot.worker !== worker || !job || job.request.id !== m.id) return;
      finish(slot);
      if (m.ok) job.resolve(m);
      else job.reject(new CorroborateError('internal', `extraction failed: ${m.message ?? 'bad output'}`));
      pump();
    });
    // A worker that fails or stops fails its own job only: a replaced worker's end is no news.
    const lost = (error: Error) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      void worker.terminate();
      fail(slot, error);
    };
    worker.on('error', (error) =>
      lost(new CorroborateError('internal', 'extraction failed', { cause: error })),
    );
    worker.on('exit', () => lost(new CorroborateError('internal', 'the extraction worker stopped')));
    return worker;
  };

  const finish = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  };

  const fail = (slot: Slot, error: Error) => {
    const job = slot.job;
    if (!job) return;
    finish(slot);
    job.reject(error);
    pump();
  };

  const pump = () => {
    for (const slot of slots) {
      if (closed || slot.job || queue.length === 0) continue;
      const job = queue.shift() as Job;
      slot.job = job;
      const worker = slot.worker ?? start(slot);
      slot.worker = worker;
      // The budget stops extraction at a sentence; wink's own reading of the text is outside it, so the
      // guard that ends a stuck worker is generous.
      slot.timer = setTimeout(
        () => {
          slot.worker = null;
          void worker.terminate();
          fail(
            slot,
            new CorroborateError('timeout', `extraction took longer than ${2 * budgetMs + 10_000} ms`),
          );
        },
        2 * budgetMs + 10_000,
      );
      slot.timer.unref();
      worker.postMessage({ ...job.request, budgetMs } satisfies ExtractRequest);
    }
  };

  const run = (request: Omit<ExtractRequest, 'id' | 'budgetMs'>) =>
    new Promise<ExtractAnswer>((resolve, reject) => {
      if (closed) {
        reject(new CorroborateError('internal', 'the extraction pool is closed'));
        return;
      }
      queue.push({ request: { ...request, id: nextId++ }, resolve, reject });
      pump();
    });

  return {
    extract: async (document) => {
      const parsed = Extraction.safeParse((await run({ document })).extraction);
      if (!parsed.success) throw new CorroborateError('internal', 'extraction failed: bad output');
      return parsed.data;
    },
    renderPaste: async (document, form, needsToken) => {
      const { html } = await run({ document, paste: { form, needsToken } });
      if (typeof html !== 'string') throw new CorroborateError('internal', 'the paste page was not rendered');
      return html;
    },
    close: async () => {
      closed = true;
      for (const job of queue.splice(0))
        job.reject(new CorroborateError('internal', 'the server is stopping'));
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          slot.worker = null;
          fail(slot, new CorroborateError('internal', 'the server is stopping'));
          if (worker) await worker.terminate();
        }),
      );
    },
  };
}
