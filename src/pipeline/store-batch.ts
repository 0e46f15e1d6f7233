import {
  candidateBlocks,
  type Fingerprint,
  fingerprint,
  mergeKeys,
  type SummaryDeps,
  updateEvents,
} from '../corroborate/index.js';
import { enterStage } from '../corroborate/stage-clock.js';
import type { Rejection, SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import type { Store, StoredDocument } from '../store/index.js';

/** One input of a batch as extraction left it: a document and its extraction, or a rejection. */
export type BatchItem =
  | {
      readonly ok: true;
      readonly document: SourceDocument;
      readonly extraction: Extraction;
      /** The text's fingerprint when an extraction worker worked it out; else it is worked out here. */
      readonly print?: Fingerprint;
    }
  | { readonly ok: false; readonly rejection: Rejection };

/** What storing did with one input of a batch. */
export type BatchOutcome =
  | { readonly kind: 'stored' | 'duplicate'; readonly id: string }
  | { readonly kind: 'rejected'; readonly rejection: Rejection };

/** What storing a batch needs: the store, corroboration's dependencies and the time to stamp. */
export interface StoreBatchDeps extends SummaryDeps {
  readonly store: Store;
  readonly at: string;
}

/**
 * Stores a batch of extracted inputs in one transaction: each new document, its claims and the events
 * its claims join (so that a crash leaves either all of a document or none of it), each duplicate
 * counted, each rejection recorded; retried whole when another writer conflicts. Inputs are stored in
 * the order given, so the events depend on that order only.
 */
export async function storeBatch(items: readonly BatchItem[], deps: StoreBatchDeps): Promise<BatchOutcome[]> {
  const outer = enterStage('near-duplicate lookup');
  // Once a document, outside the transaction (a retried transaction reuses them).
  const prints = items.map((item) => (item.ok ? (item.print ?? fingerprint(item.document.text)) : null));
  enterStage('other');
  const outcomes = await deps.store.transaction(async (store) => {
    // Every key at once, in one order, so that two writers of overlapping batches wait, never deadlock.
    await store.lockKeys(
      items.flatMap((item, i) =>
        item.ok ? mergeKeys(candidateBlocks(item.extraction), prints[i]?.bands ?? []) : [],
      ),
    );
    const outcomes: BatchOutcome[] = [];
    for (const [i, item] of items.entries()) {
      if (!item.ok) {
        await store.saveRejection(item.rejection, deps.at);
        outcomes.push({ kind: 'rejected', rejection: item.rejection });
        continue;
      }
      enterStage('save document');
      const saved = await store.saveDocument(item.document, item.extraction, deps.at);
      enterStage('other');
      if (saved.status === 'stored')
        await updateEvents(item.document, item.extraction, { ...deps, store }, prints[i] ?? undefined);
      outcomes.push({ kind: saved.status, id: saved.id });
    }
    // What is left until the transaction resolves is its commit.
    enterStage('commit');
    return outcomes;
  });
  enterStage(outer);
  return outcomes;
}

function sourceOf(stored: StoredDocument): SourceDocument {
  const { id, published, outlet, title, url, text, origin, format, warnings } = stored;
  return { id, published, outlet, title, url, text, origin, format, warnings: [...warnings] };
}

// Documents repaired per transaction.
const REPAIR_BATCH = 50;

/**
 * Merges into events every stored document that never was (an older version stored the document and
 * its events in separate transactions, and an interruption between them left it so), from its stored
 * extraction; returns how many it merged. Safe with other writers: each is checked again under its lock.
 */
export async function repairUnmerged(deps: Omit<StoreBatchDeps, 'at'>): Promise<number> {
  let repaired = 0;
  for (;;) {
    const ids = await deps.store.unmergedDocuments(REPAIR_BATCH);
    if (ids.length === 0) return repaired;
    const done = await deps.store.transaction(async (store) => {
      let count = 0;
      for (const id of ids) {
        await store.lockKeys([`document ${id}`]);
        const stored = await store.getDocument(id);
        if (stored === null || (await store.isMerged(id))) continue;
        await updateEvents(sourceOf(stored), stored.extraction, { ...deps, store });
        count += 1;
      }
      return count;
    });
    repaired += done;
    // Another writer merged them all meanwhile: whatever is left is new work of that writer's.
    if (done === 0) return repaired;
  }
}
