import type { Rejection } from '../domain/document.js';
import { type IngestOptions, readInputs } from '../ingest/index.js';
import { type Knowledge, loadKnowledge } from '../knowledge/index.js';
import { canonicalPaths } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import type { IngestQueue } from './open-queue.js';

/** What enqueueing needs: the queue, the store (to record rejections and skip stored documents), the clock. */
export interface EnqueueDeps {
  readonly queue: IngestQueue;
  readonly store: Store;
  readonly knowledge?: Knowledge;
  /** Inputs larger than this many bytes are rejected (default 5 MB). */
  readonly maxBytes?: number;
  /** How long a worker may hold one of these jobs before another takes it over. */
  readonly leaseSeconds?: number;
  readonly now?: () => Date;
}

/** What enqueueing did: jobs added, documents already queued or stored, inputs rejected. */
export interface EnqueueReport {
  readonly queued: number;
  /** Documents whose text was already queued (or stored) and so were not queued again. */
  readonly duplicates: number;
  readonly rejected: readonly Rejection[];
}

/**
 * Reads the inputs and adds one job per good document to the ingest queue, in sorted path order (the
 * order workers take them in); a document whose text is already stored or queued is not queued again,
 * so enqueueing the same files twice adds nothing. Rejected inputs are recorded in the store at once.
 */
export async function enqueueInputs(paths: readonly string[], deps: EnqueueDeps): Promise<EnqueueReport> {
  const knowledge = deps.knowledge ?? loadKnowledge();
  const now = deps.now ?? (() => new Date());
  const options: IngestOptions = {
    outletForHost: (host) => knowledge.outletForHost(host),
    ...(deps.maxBytes === undefined ? {} : { maxBytes: deps.maxBytes }),
  };
  let queued = 0;
  let duplicates = 0;
  const rejected: Rejection[] = [];
  for await (const result of readInputs(canonicalPaths(paths), options)) {
    if (!result.ok) {
      await deps.store.saveRejection(result.rejection, now().toISOString());
      rejected.push(result.rejection);
      continue;
    }
    // A merged document is stored with its events: nothing left to do for it.
    const stored = await deps.store.isMerged(result.document.id);
    // Each add is its own statement, so each job is stamped after the one before: workers take them in this order.
    const added = !stored && (await deps.queue.add(result.document, deps.leaseSeconds));
    if (added) queued += 1;
    else duplicates += 1;
  }
  return { queued, duplicates, rejected };
}
