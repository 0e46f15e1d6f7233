import { randomUUID } from 'node:crypto';
import { eventBlock, eventId } from '../corroborate/index.js';
import type { ClaimFix, CorrectionRequest, StoredCorrection } from '../domain/correction.js';
import type { Event } from '../domain/event.js';
import type { Claim, Extraction } from '../domain/extraction.js';
import { InvalidArgumentError, NotFoundError } from '../errors.js';
import type { StoredDocument } from '../store/index.js';
import { claimKey, claimsOfKey } from './claim-key.js';
import { overlayExtraction } from './overlay.js';
import {
  deleteEvents,
  eventOrThrow,
  eventsOfDocument,
  type RederiveDeps,
  rederiveDocument,
  resummarise,
} from './rederive.js';

/** What recording a correction needs: the store, corroboration's dependencies and the clock. */
export interface CorrectionDeps extends RederiveDeps {
  readonly now: () => Date;
}

/** A recorded correction and the events it left changed (the ones to show next). */
export interface CorrectionOutcome {
  readonly correction: StoredCorrection;
  readonly events: readonly string[];
}

type Signed = Pick<StoredCorrection, 'analyst' | 'reason'>;

function record(
  request: Signed,
  deps: CorrectionDeps,
): Pick<StoredCorrection, 'id' | 'at' | 'analyst' | 'reason'> {
  const at = deps.now().toISOString();
  // Time first, so that ids sort as the corrections were made.
  return { id: `cor_${at.replace(/\D/g, '')}_${randomUUID().slice(0, 8)}`, at, ...request };
}

async function documentOrThrow(deps: CorrectionDeps, id: string): Promise<StoredDocument> {
  const stored = await deps.store.getDocument(id);
  if (stored === null) throw new NotFoundError(`no document ${id}`);
  return stored;
}

function sourceName(extraction: Extraction, claim: Claim): string | null {
  const a = extraction.attributions.find((x) => x.id === claim.source);
  return a?.source.name ?? extraction.document.outlet;
}

/** The claim's fields a fix sets, as the corrections so far read them: the "before" of the history. */
function valuesBefore(current: Extraction, claim: Claim | undefined, fix: ClaimFix): Record<string, unknown> {
  if (claim === undefined) return { wrong: true };
  const all: Record<keyof ClaimFix, unknown> = {
    wrong: false,
    status: claim.status,
    source: sourceName(current, claim),
    actor: claim.actor,
    target: claim.target,
    weapons: claim.weapons.map((w) => w.class),
  };
  return Object.fromEntries(Object.keys(fix).map((k) => [k, all[k as keyof ClaimFix]]));
}

async function correctClaim(
  request: Extract<CorrectionRequest, { kind: 'claim' }>,
  deps: CorrectionDeps,
): Promise<CorrectionOutcome> {
  const { store } = deps;
  const stored = await documentOrThrow(deps, request.document);
  const raw = stored.extraction.claims.find((c) => c.id === request.claim);
  if (raw === undefined) throw new NotFoundError(`no claim ${request.claim} in document ${request.document}`);
  if (Object.keys(request.fix).length === 0) throw new InvalidArgumentError('the correction changes nothing');
  const key = claimKey(stored.id, raw);
  const current = overlayExtraction(stored.extraction, await store.correctionsOf([stored.id]));
  const before = valuesBefore(current, claimsOfKey(current, key)[0], request.fix);
  const was = await store.eventOfClaim(stored.id, raw.id);
  const correction: StoredCorrection = {
    ...record(request, deps),
    kind: 'claim',
    document: stored.id,
    claim: key,
    before,
    after: { ...request.fix },
    events: was === null ? [] : [was],
  };
  await store.saveCorrection(correction);
  await rederiveDocument(stored, deps);
  const now = await store.eventOfClaim(stored.id, raw.id);
  const events = [...new Set([was, now].filter((e): e is string => e !== null))];
  await store.linkCorrection(correction.id, events);
  return { correction: { ...correction, events }, events };
}

async function excludeDocument(
  request: Extract<CorrectionRequest, { kind: 'exclude_document' }>,
  deps: CorrectionDeps,
): Promise<CorrectionOutcome> {
  const { store } = deps;
  const stored = await documentOrThrow(deps, request.document);
  const events = await eventsOfDocument(store, stored);
  const correction: StoredCorrection = {
    ...record(request, deps),
    kind: 'exclude_document',
    document: stored.id,
    claim: null,
    before: { excluded: false, claims: stored.extraction.claims.length },
    after: { excluded: true },
    events,
  };
  await store.saveCorrection(correction);
  await rederiveDocument(stored, deps);
  return { correction, events };
}

async function saveWhole(deps: CorrectionDeps, events: readonly Event[], moved: readonly Event[]) {
  // Each claim of `moved` events is placed in the event that now holds it.
  const placements = moved.flatMap((e) =>
    e.claims.map((c) => ({ document: c.document, claim: c.claim, event: e.id })),
  );
  await deps.store.saveEvents(
    events.map((event) => ({ event, block: eventBlock(event) })),
    placements,
  );
}

async function mergeEvents(
  request: Extract<CorrectionRequest, { kind: 'merge_events' }>,
  deps: CorrectionDeps,
): Promise<CorrectionOutcome> {
  if (request.event === request.into) throw new InvalidArgumentError('an event cannot be merged into itself');
  const from = await eventOrThrow(deps.store, request.event);
  const into = await eventOrThrow(deps.store, request.into);
  if (from.type !== into.type) {
    throw new InvalidArgumentError(`a ${from.type} event cannot be merged into a ${into.type} event`);
  }
  const related = [...new Set([...into.related, ...from.related])].filter(
    (id) => id !== from.id && id !== into.id,
  );
  const merged = resummarise({ ...into, related }, [...into.claims, ...from.claims], deps);
  await deleteEvents(deps.store, [from], merged.id);
  await saveWhole(deps, [merged], [merged]);
  const correction: StoredCorrection = {
    ...record(request, deps),
    kind: 'merge_events',
    document: null,
    claim: null,
    before: {
      events: [from.id, into.id],
      status: [from.status, into.status],
      claims: [from.claims.length, into.claims.length],
    },
    after: { event: merged.id, status: merged.status, claims: merged.claims.length },
    events: [from.id, into.id],
  };
  await deps.store.saveCorrection(correction);
  return { correction, events: [merged.id] };
}

async function splitEvent(
  request: Extract<CorrectionRequest, { kind: 'split_event' }>,
  deps: CorrectionDeps,
): Promise<CorrectionOutcome> {
  const event = await eventOrThrow(deps.store, request.event);
  const chosen = new Set(request.claims.map((c) => `${c.document}#${c.claim}`));
  const moved = event.claims.filter((c) => chosen.has(`${c.document}#${c.claim}`));
  const rest = event.claims.filter((c) => !chosen.has(`${c.document}#${c.claim}`));
  if (moved.length !== chosen.size) throw new NotFoundError(`not every claim named is in event ${event.id}`);
  if (rest.length === 0) throw new InvalidArgumentError('a split must leave at least one claim in the event');
  const first = moved[0] as (typeof moved)[number];
  const id = eventId(first.document, `${first.claim}#split`);
  const kept = resummarise({ ...event, related: [...new Set([...event.related, id])].sort() }, rest, deps);
  const split = resummarise({ ...event, id, related: [event.id] }, moved, deps);
  await saveWhole(deps, [kept, split], [split]);
  const correction: StoredCorrection = {
    ...record(request, deps),
    kind: 'split_event',
    document: null,
    claim: null,
    before: { event: event.id, status: event.status, claims: event.claims.length },
    after: {
      events: [kept.id, split.id],
      status: [kept.status, split.status],
      claims: [rest.length, moved.length],
    },
    events: [event.id, split.id],
  };
  await deps.store.saveCorrection(correction);
  return { correction, events: [kept.id, split.id] };
}

/**
 * Records an analyst's correction and derives the events it touches again at once (status, origins,
 * grade, timeline), in one transaction: a claim's or a document's by merging its document again through
 * the overlay, a merge or a split by summing up the events over their new claims.
 */
export function applyCorrection(
  request: CorrectionRequest,
  deps: CorrectionDeps,
): Promise<CorrectionOutcome> {
  return deps.store.transaction((store) => {
    const inner = { ...deps, store };
    switch (request.kind) {
      case 'claim':
        return correctClaim(request, inner);
      case 'exclude_document':
        return excludeDocument(request, inner);
      case 'merge_events':
        return mergeEvents(request, inner);
      case 'split_event':
        return splitEvent(request, inner);
    }
  });
}
