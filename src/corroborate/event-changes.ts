import type { EventClaim } from '../domain/event.js';
import type { EventChange, Store } from '../store/index.js';
import type { ChangedEvent } from './corroborate.js';
import { eventBlock } from './corroborate.js';
import { eventHead } from './event-head.js';
import { addClaim, type EventState, withMove, withOriginFolded, withOriginsOf } from './event-state.js';
import type { SummaryDeps } from './event-summary.js';
import { linkAdded } from './link-added.js';
import { linkCitations } from './links.js';
import { claimId, relinked } from './relink.js';
import { enterStage } from './stage-clock.js';
import { compareClaims } from './timeline.js';

/** What linking a document's new claims needs: the store, to read the claims they may cite or be cited by. */
interface LinkDeps extends SummaryDeps {
  readonly store: Store;
}

// The event linked again whole (a relink past its bounds): its origins folded again from every claim,
// and the stored claims whose link or origin moved.
async function relinkWhole(
  state: EventState,
  event: string,
  added: readonly EventClaim[],
  deps: LinkDeps,
): Promise<{ state: EventState; claims: EventClaim[] }> {
  const outer = enterStage('whole relink');
  const stored = await deps.store.eventClaims(event);
  const all = linkCitations([...stored, ...added].sort(compareClaims));
  // Linking sets only a claim's link and origin: a stored claim is written again when one of them moved.
  const before = new Map(stored.map((c) => [claimId(c), c]));
  const claims = all.filter((c) => {
    const was = before.get(claimId(c));
    return (
      was === undefined ||
      was.linked !== c.linked ||
      was.origin !== c.origin ||
      was.originKind !== c.originKind
    );
  });
  const next = withOriginsOf(state, all);
  enterStage(outer);
  return { state: next, claims };
}

/**
 * The state with the origins of relinked stored claims moved, as folding every claim again gives it:
 * each move taken out of one origin and added to another, reading only the moved claims' documents;
 * an origin whose first claim or stance moved is folded again from its own claims (and the new ones).
 */
async function withMoves(
  state: EventState,
  event: string,
  relinks: { readonly was: readonly EventClaim[]; readonly now: readonly EventClaim[] },
  added: readonly EventClaim[],
  store: Store,
): Promise<EventState> {
  const now = new Map([...added, ...relinks.now].map((c) => [claimId(c), c]));
  // The origin of each claim of the moved claims' documents in the event, as the moves so far leave them.
  const documents = new Map<string, Map<string, string>>();
  const refold = new Set<string>();
  let next = state;
  const outer = enterStage('relink moves');
  for (const [i, was] of relinks.was.entries()) {
    const moved = relinks.now[i];
    if (moved === undefined || (moved.origin === was.origin && moved.originKind === was.originKind)) continue;
    let origins = documents.get(was.document);
    if (origins === undefined) {
      const claims = await store.claimsOf(event, { document: was.document });
      origins = new Map(claims.map((c) => [c.claim, c.origin]));
      documents.set(was.document, origins);
    }
    const others = (name: string) => [...origins].some(([id, o]) => id !== was.claim && o === name);
    const step = withMove(next, {
      was,
      now: moved,
      documentKeeps: others(was.origin),
      documentHad: others(moved.origin),
    });
    origins.set(was.claim, moved.origin);
    if (step.refold !== null) refold.add(step.refold);
    next = step.state;
  }
  for (const name of refold) {
    const rows = await store.claimsOf(event, { origin: name });
    const claims = new Map(rows.map((c) => [claimId(c), now.get(claimId(c)) ?? c]));
    for (const c of now.values()) claims.set(claimId(c), c);
    next = withOriginFolded(next, name, [...claims.values()].sort(compareClaims));
  }
  enterStage(outer);
  return next;
}

/**
 * The change to write for an event a document changed: its new claims linked to the stories they
 * cite, its state with them added, and its head from that state. Reads only the event's claims near
 * the document's date (and, when a new story moves a stored claim's origin, that claim's document and
 * perhaps an origin's claims); the event whole only when a relink passes its bounds.
 */
export async function eventChange(changed: ChangedEvent, deps: LinkDeps): Promise<EventChange> {
  const { core, base } = changed;
  const added = [...changed.added].sort(compareClaims);
  let claims: EventClaim[];
  let state = base;
  const linked = changed.created ? added : await linkAdded(core.id, added, deps.store);
  const relinks = await relinked(core.id, base.cited, linked, deps.store);
  // Relinking changes nothing the state sums up but origins.
  for (const c of linked) state = addClaim(state, core, c, deps);
  if (relinks === 'whole') ({ state, claims } = await relinkWhole(state, core.id, added, deps));
  else {
    claims = [...linked, ...relinks.now];
    state = await withMoves(state, core.id, relinks, linked, deps.store);
  }
  const head = eventHead(core, state, deps);
  return { head, state, block: eventBlock(head), claims };
}
