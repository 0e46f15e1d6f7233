import type { SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import type { Store, StoredFingerprint } from '../store/index.js';
import { candidateBlocks, candidateWindow, corroborate, eventBlock } from './corroborate.js';
import type { SummaryDeps } from './event-summary.js';
import { findNearDuplicate, fingerprint } from './near-duplicates.js';

/** What updating the events of a store needs: the store and corroboration's own dependencies. */
export interface UpdateEventsDeps extends SummaryDeps {
  readonly store: Store;
}

/** What a document changed: the events it created or updated, and the document it echoes, if any. */
export interface EventsUpdate {
  readonly events: number;
  readonly echoOf: string | null;
}

/** The earliest stored near-duplicate of a text, followed to the document that first printed it. */
async function nearDuplicateOf(
  document: SourceDocument,
  store: Store,
): Promise<{ readonly print: ReturnType<typeof fingerprint>; readonly root: StoredFingerprint | null }> {
  const print = fingerprint(document.text);
  const candidates = (await store.fingerprintsSharingBands(print.bands)).filter(
    (c) => c.document !== document.id,
  );
  const found = findNearDuplicate(print, candidates);
  const stored = found === null ? undefined : candidates.find((c) => c.document === found.document);
  // A copy published before the stored one is the original, though it arrived later.
  const later =
    stored?.published != null && document.published !== null && document.published < stored.published;
  return { print, root: stored === undefined || later ? null : stored };
}

/**
 * Merges a newly stored document into the store's events: finds the document it is a near-duplicate
 * of (LSH bands), loads only the events of the blocks its claims fall in, merges, and saves the
 * changed events, the claims' placements and the document's fingerprint. Cost grows with the size
 * of those blocks, not of the store.
 */
export async function updateEvents(
  document: SourceDocument,
  extraction: Extraction,
  deps: UpdateEventsDeps,
): Promise<EventsUpdate> {
  const { store } = deps;
  const { print, root } = await nearDuplicateOf(document, store);
  const echoOf = root === null ? null : { document: root.echoOf ?? root.document, outlet: root.originOutlet };
  const window = candidateWindow(extraction, document.published, deps.windowDays);
  const candidates = await store.eventsInBlocks(candidateBlocks(extraction), window);
  const result = corroborate(
    candidates,
    {
      document: {
        id: document.id,
        published: document.published,
        outlet: document.outlet,
        file: document.origin,
        url: document.url,
      },
      extraction,
      echoOf,
    },
    deps,
  );
  const placements = [...result.placements].map(([claim, event]) => ({
    document: document.id,
    claim,
    event,
  }));
  const stored = {
    document: document.id,
    published: document.published,
    outlet: document.outlet,
    signature: print.signature,
    echoOf: echoOf?.document ?? null,
    originOutlet: echoOf === null ? document.outlet : echoOf.outlet,
  };
  // One transaction: the events, where each claim went, and the fingerprint that marks the document merged.
  await store.saveEvents(
    result.events.map((event) => ({ event, block: eventBlock(event) })),
    placements,
    [{ fingerprint: stored, bands: print.bands }],
  );
  return { events: result.events.length, echoOf: echoOf?.document ?? null };
}
