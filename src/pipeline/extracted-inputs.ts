import type { SourceDocument } from '../domain/document.js';
import { extract } from '../extract/index.js';
import { type IngestOptions, readInputs } from '../ingest/index.js';
import type { Knowledge } from '../knowledge/index.js';
import type { ExtractPool } from './extract-pool.js';
import type { BatchItem } from './store-batch.js';

/** How to read and extract inputs: the knowledge, the size limit, and the pool (none: extract here). */
export interface ExtractedInputsOptions {
  readonly knowledge: Knowledge;
  readonly maxBytes?: number;
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
    return pool === null
      ? Promise.resolve({ ok: true, document, extraction: extract(document, knowledge) })
      : pool.extract(document).then((extraction) => ({ ok: true, document, extraction }));
  };
  const inFlight: Promise<BatchItem>[] = [];
  const ahead = () => (pool === null ? 0 : options.ahead);
  for await (const result of readInputs(paths, readOptions(knowledge, options.maxBytes))) {
    const item = result.ok ? extractOne(result.document) : Promise.resolve(result);
    // Awaited in turn below; marked handled now, so a failure waiting in the queue does not crash the process.
    item.catch(() => {});
    inFlight.push(item);
    while (inFlight.length > ahead()) {
      const next = inFlight.shift();
      if (next !== undefined) yield await next;
    }
  }
  for (const item of inFlight) yield await item;
}
