import { enterStage } from '../corroborate/stage-clock.js';
import type { SourceDocument } from '../domain/document.js';
import { type ExtractBudget, extract } from '../extract/index.js';
import { type IngestOptions, readInputs } from '../ingest/index.js';
import type { Knowledge } from '../knowledge/index.js';
import type { ExtractPool } from './extract-pool.js';
import type { BatchItem } from './store-batch.js';

/** How to read and extract inputs: the knowledge, the size limit, and the pool (none: extract here). */
export interface ExtractedInputsOptions {
  readonly knowledge: Knowledge;
  readonly maxBytes?: number;
  /** The time and size budget of each document's extraction. */
  readonly budget?: ExtractBudget;
  /** Starts the worker pool (none: extract here); called once a batch has more than a few documents. */
  readonly startPool: (() => ExtractPool) | null;
  /** How many documents may be read ahead of the one awaited (ignored without a pool). */
  readonly ahead: number;
}

function readOptions(knowledge: Knowledge, maxBytes: number | undefined): IngestOptions {
  const outletForHost = (host: string) => knowledge.outletForHost(host);
  return maxBytes === undefined ? { outletForHost } : { outletForHost, maxBytes };
}

// Documents extracted on the main thread before the workers start.
const INLINE_FIRST = 8;

/** The paths in one order, whatever order they were given in: the events depend on the order documents are merged. */
export function canonicalPaths(paths: readonly string[]): string[] {
  return [...new Set(paths)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Reads the inputs and yields each one extracted (or rejected), in input order whichever worker
 * finished first; with a pool, up to `ahead` documents are extracted while earlier ones are stored.
 */
export async function* extractedInputs(
  paths: readonly string[],
  options: ExtractedInputsOptions,
): AsyncGenerator<BatchItem> {
  const { knowledge, startPool } = options;
  let pool: ExtractPool | null = null;
  let read = 0;
  const extractOne = (document: SourceDocument): Promise<BatchItem> => {
    read += 1;
    // A few documents are extracted here: workers load wink's model first, which costs more than that.
    if (startPool !== null && read > INLINE_FIRST) pool ??= startPool();
    // A failure on one document is that document's rejection; the batch goes on.
    const failed = (error: unknown): BatchItem => ({
      ok: false,
      rejection: {
        origin: document.origin ?? document.id,
        code: 'failed',
        reason: `extraction failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      },
    });
    if (pool !== null)
      return pool
        .extractPrinted(document)
        .then(({ extraction, print }): BatchItem => ({ ok: true, document, extraction, print }), failed);
    const outer = enterStage('extract');
    try {
      return Promise.resolve({
        ok: true,
        document,
        extraction: extract(document, knowledge, options.budget),
      });
    } catch (error) {
      return Promise.resolve(failed(error));
    } finally {
      enterStage(outer);
    }
  };
  const inFlight: Promise<BatchItem>[] = [];
  const ahead = () => (pool === null ? 0 : options.ahead);
  // Each document waited for is charged to its stage on the storing thread's clock.
  const waited = async (next: Promise<BatchItem>) => {
    const outer = enterStage('wait for extraction');
    const item = await next;
    enterStage(outer);
    return item;
  };
  const inputs = readInputs(paths, readOptions(knowledge, options.maxBytes))[Symbol.asyncIterator]();
  for (;;) {
    const outer = enterStage('parse');
    const result = await inputs.next();
    if (result.done) {
      enterStage(outer);
      break;
    }
    const item = result.value.ok ? extractOne(result.value.document) : Promise.resolve(result.value);
    enterStage(outer);
    // Awaited in turn below; marked handled now, so a failure waiting in the queue does not crash the process.
    item.catch(() => {});
    inFlight.push(item);
    while (inFlight.length > ahead()) {
      const next = inFlight.shift();
      if (next !== undefined) yield await waited(next);
    }
  }
  for (const item of inFlight) yield await waited(item);
}
