import { type CorroborationOptions, corroborationDeps, updateEvents } from '../corroborate/index.js';
import type { IngestResult } from '../domain/document.js';
import { extract } from '../extract/index.js';
import type { IngestReport } from '../index.js';
import { type Knowledge, loadKnowledge } from '../knowledge/index.js';
import type { Store } from '../store/store.js';

/** What storing fetched documents needs: the store, the knowledge, the clock. */
export interface StoreDocumentsDeps {
  readonly store: Store;
  readonly knowledge?: Knowledge;
  readonly now: () => Date;
  readonly corroboration?: CorroborationOptions;
}

/**
 * Extracts and stores documents that did not come from files (fetched pages, feed items), merging
 * their claims into events, as `ingestInputs` does for files; rejections are stored too.
 */
export async function storeDocuments(
  results: Iterable<IngestResult> | AsyncIterable<IngestResult>,
  deps: StoreDocumentsDeps,
): Promise<IngestReport> {
  const knowledge = deps.knowledge ?? loadKnowledge();
  const events = { store: deps.store, ...corroborationDeps(knowledge, deps.corroboration) };
  let stored = 0;
  let duplicates = 0;
  const rejected: IngestReport['rejected'][number][] = [];
  const documents = new Set<string>();
  for await (const result of results) {
    const at = deps.now().toISOString();
    if (!result.ok) {
      await deps.store.saveRejection(result.rejection, at);
      rejected.push(result.rejection);
      continue;
    }
    const extraction = extract(result.document, knowledge);
    const saved = await deps.store.saveDocument(result.document, extraction, at);
    if (saved.status === 'stored') {
      stored += 1;
      await updateEvents(result.document, extraction, events);
    } else duplicates += 1;
    documents.add(saved.id);
  }
  return { stored, duplicates, rejected, documents: [...documents] };
}
