// Extraction off the event loop: a small pool of worker threads, each reading one document at a time
// within the budget, so that GETs are answered while a 4 MB article is read.
import { availableParallelism } from 'node:os';
import type { SourceDocument } from '../domain/document.js';
import { Extraction } from '../domain/extraction.js';
import { CorroborateError } from '../errors.js';
import type { PasteForm } from '../web/pages/paste.js';
import { WorkerSlot } from './worker-slot.js';

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
  const guardMs = 2 * budgetMs + 10_000;
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  // The budget stops extraction at a sentence; wink's own reading of the text is outside it, so the
  // guard that ends a stuck worker is generous.
  const spec = {
    url: workerUrl(),
    guardMs,
    failed: 'extraction failed',
    stopped: () => 'the extraction worker stopped',
    onFree: () => pump(),
  };
  const slots = Array.from({ length: size }, () => new WorkerSlot<ExtractAnswer>(spec));
  const timeout = () => new CorroborateError('timeout', `extraction took longer than ${guardMs} ms`);

  const pump = () => {
    for (const slot of slots) {
      if (closed || slot.busy || queue.length === 0) continue;
      const job = queue.shift() as Job;
      const answered = (m: ExtractAnswer) => {
        if (m.ok) job.resolve(m);
        else job.reject(new CorroborateError('internal', `extraction failed: ${m.message ?? 'bad output'}`));
      };
      slot.post(
        { id: job.request.id, answered, reject: job.reject },
        { ...job.request, budgetMs } satisfies ExtractRequest,
        timeout,
      );
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
      const stopping = new CorroborateError('internal', 'the server is stopping');
      await Promise.all(slots.map((slot) => slot.stop(stopping)));
    },
  };
}
