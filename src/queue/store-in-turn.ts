import { candidateBlocks, fingerprint, mergeKeys, updateEvents } from '../corroborate/index.js';
import type { StoredCorrection } from '../domain/correction.js';
import type { BatchItem, BatchOutcome, storeBatch } from '../pipeline/index.js';
import type { Store } from '../store/index.js';

/** What storing a batch needs: the store, corroboration's dependencies and the time to stamp. */
export type StoreInTurnDeps = Parameters<typeof storeBatch>[1];

/** Thrown by a turn that will not come (an earlier job waits unheld): the batch is rolled back, its jobs kept in hand. */
export class GiveWay extends Error {
  constructor(reason: string) {
    super(`gave way: ${reason}`);
    this.name = 'GiveWay';
  }
}

/** Milliseconds of a staged batch: writing its documents, waiting its turn, merging. */
export interface StagedTimes {
  staging: number;
  waiting: number;
  merging: number;
}

type Stored = Extract<BatchItem, { ok: true }>;

/**
 * The transaction's store as the merge of a staged batch sees it: the batch's corrections as read while
 * staging (a correction recorded meanwhile reaches the document when it is merged again, as the
 * correction itself does), and its keys already locked, so that merging each document makes two round
 * trips fewer in the part workers take turns at.
 */
function mergingStore(
  store: Store,
  locked: ReadonlySet<string>,
  corrections: readonly StoredCorrection[],
): Store {
  return {
    ...store,
    async correctionsOf(documents) {
      const wanted = new Set(documents);
      return corrections.filter((c) => c.document !== null && wanted.has(c.document));
    },
    async lockKeys(keys) {
      const more = keys.filter((key) => !locked.has(key));
      if (more.length > 0) await store.lockKeys(more);
    },
  };
}

/**
 * Stores a batch in one transaction in two steps: its documents, claims and entities at once (no other
 * worker waits on these rows: the entities are added ahead in a transaction of their own and the
 * counters only at the end), then, once `turn` resolves, its documents merged into events under their
 * block and band locks, as the pipeline's `storeBatch` does. Workers thus write documents in parallel
 * and merge one batch at a time in queue order, the merge holding no lock while another writes.
 * `turn` throws GiveWay to roll the batch back.
 */
export async function storeInTurn(
  items: readonly BatchItem[],
  deps: StoreInTurnDeps,
  turn: () => Promise<void>,
  times: StagedTimes,
): Promise<BatchOutcome[]> {
  const documents = items.filter((item): item is Stored => item.ok);
  let started = performance.now();
  const lap = (part: keyof StagedTimes) => {
    const now = performance.now();
    times[part] += now - started;
    started = now;
  };
  await deps.store.addEntities(documents.map((item) => item.extraction));
  return deps.store.transaction(async (store) => {
    const outcomes: BatchOutcome[] = [];
    const merging: Stored[] = [];
    for (const item of items) {
      if (!item.ok) {
        await store.saveRejection(item.rejection, deps.at);
        outcomes.push({ kind: 'rejected', rejection: item.rejection });
        continue;
      }
      const saved = await store.saveDocument(item.document, item.extraction, deps.at);
      if (saved.status === 'stored') merging.push(item);
      outcomes.push({ kind: saved.status, id: saved.id });
    }
    // Read while staging, so that the merge, which workers take turns at, makes fewer round trips.
    const corrections = await store.correctionsOf(merging.map((item) => item.document.id));
    lap('staging');
    try {
      await turn();
    } finally {
      lap('waiting');
    }
    // Every key at once, in one order, as storeBatch does: writers outside the queue (ingest, corrections) wait.
    const keys = merging.flatMap((item) =>
      mergeKeys(candidateBlocks(item.extraction), fingerprint(item.document.text).bands),
    );
    await store.lockKeys(keys);
    const merger = mergingStore(store, new Set(keys), corrections);
    for (const item of merging)
      await updateEvents(item.document, item.extraction, { ...deps, store: merger });
    lap('merging');
    return outcomes;
  });
}
