// The overlay alone, a pure leaf module: the corrections stage's index depends on this stage.
import { overlayExtraction } from '../corrections/overlay.js';
import type { SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import type { Store, StoredFingerprint } from '../store/index.js';
import { candidateBlocks, candidateWindow, mergeDocument } from './corroborate.js';
import { eventChange } from './event-changes.js';
import type { SummaryDeps } from './event-summary.js';
import { type Fingerprint, findNearDuplicate, fingerprint } from './near-duplicates.js';
import { enterStage } from './stage-clock.js';

/** The keys a writer holds while it merges a document: its claims' blocks and its fingerprint's LSH bands. */
export function mergeKeys(blocks: readonly string[], bands: readonly string[]): string[] {
  return [...blocks.map((b) => `block ${b}`), ...bands.map((b) => `band ${b}`)];
}

/** What updating the events of a store needs: the store and corroboration's own dependencies. */
export interface UpdateEventsDeps extends SummaryDeps {
  readonly store: Store;
}

/** What a document changed: the events it created or updated, and the document it echoes, if any. */
export interface EventsUpdate {
  readonly events: number;
  readonly echoOf: string | null;
}

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(day.slice(0, 10)) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The earliest stored near-duplicate of a text, followed to the document that first printed it. */
async function nearDuplicateOf(
  document: SourceDocument,
  print: Fingerprint,
  store: Store,
  windowDays: number,
): Promise<StoredFingerprint | null> {
  // Copies further apart than the merge window would not meet in one event: bounding the lookup in time
  // keeps its cost flat however many copies of a story the archive holds.
  const published =
    document.published === null
      ? null
      : { from: shiftDays(document.published, -windowDays), to: shiftDays(document.published, windowDays) };
  const candidates = (await store.nearDuplicateCandidates(print.bands, published)).filter(
    (c) => c.document !== document.id,
  );
  const found = findNearDuplicate(print, candidates);
  const stored = found === null ? null : await store.fingerprintOf(found.document);
  // A copy published before the stored one is the original, though it arrived later.
  const later =
    stored?.published != null && document.published !== null && document.published < stored.published;
  return stored === null || later ? null : stored;
}

/**
 * Merges a newly stored document into the store's events: finds the document it is a near-duplicate
 * of (LSH bands), loads only the events of the blocks its claims fall in, merges, and saves the
 * changed events, the claims' placements and the document's fingerprint. Cost grows with the size
 * of those blocks, not of the store. Run it in the transaction that stored the document
 * (`store.transaction`), so that a document is never stored without its events.
 */
export async function updateEvents(
  document: SourceDocument,
  raw: Extraction,
  deps: UpdateEventsDeps,
  print: Fingerprint = fingerprint(document.text),
): Promise<EventsUpdate> {
  const { store } = deps;
  // A document without a header outlet takes the one its extraction read from the text ("Ukrinform reports").
  const outlet = document.outlet ?? raw.document.outlet;
  const outer = enterStage('corrections overlay');
  // The claims enter the merge as the analysts corrected them (a no-op for a document never corrected).
  const extraction = overlayExtraction(raw, await store.correctionsOf([document.id]));
  const blocks = candidateBlocks(extraction);
  // Another writer merging into these blocks, or storing a near-duplicate, waits until this commits.
  await store.lockKeys(mergeKeys(blocks, print.bands));
  enterStage('near-duplicate lookup');
  const root = await nearDuplicateOf(document, print, store, deps.windowDays);
  const echoOf = root === null ? null : { document: root.echoOf ?? root.document, outlet: root.originOutlet };
  enterStage('candidate search');
  const window = candidateWindow(extraction, document.published, deps.windowDays);
  const candidates = await store.eventsInBlocks(blocks, window);
  enterStage('merge');
  const result = mergeDocument(
    candidates.map((c) => ({
      core: {
        id: c.id,
        type: c.head.type,
        phase: c.head.phase,
        actor: c.head.actor,
        target: c.head.target,
        related: c.head.related,
      },
      state: c.state,
    })),
    {
      document: {
        id: document.id,
        published: document.published,
        outlet,
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
    outlet,
    signature: print.signature,
    echoOf: echoOf?.document ?? null,
    originOutlet: echoOf === null ? outlet : echoOf.outlet,
  };
  // One transaction: the events, where each claim went, and the fingerprint that marks the document merged.
  enterStage('event-state update');
  const changes = [];
  for (const changed of result.changed) changes.push(await eventChange(changed, deps));
  enterStage('SQL writes');
  await store.saveEventChanges(changes, placements, [{ fingerprint: stored, bands: print.bands }]);
  enterStage(outer);
  return { events: changes.length, echoOf: echoOf?.document ?? null };
}
