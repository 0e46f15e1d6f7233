import type { Event } from '../domain/event.js';
import { loadKnowledge } from '../knowledge/index.js';
import type { EventHead } from './event-head.js';
import { type EventState, foldClaims } from './event-state.js';
import type { SummaryDeps } from './event-summary.js';
import { defaultReliability } from './grade.js';
import { DEFAULT_WINDOW_DAYS } from './merge.js';
import { originNames } from './origins.js';
import { compareClaims } from './timeline.js';

let defaults: SummaryDeps | undefined;

// What an event saved whole (or by an older version) is folded with: the bundled knowledge's defaults.
function defaultDeps(): SummaryDeps {
  const knowledge = loadKnowledge();
  defaults ??= {
    names: originNames(knowledge),
    reliability: defaultReliability(knowledge),
    windowDays: DEFAULT_WINDOW_DAYS,
  };
  return defaults;
}

/** An event without its claims and timeline, as the store keeps it beside its claims' rows. */
export function headOf(event: Event): EventHead {
  const { claims: _claims, timeline: _timeline, ...head } = event;
  return head;
}

/**
 * The state of an event held whole (saved whole, or stored by an older version), folded from its
 * claims with the given corroboration dependencies, by default the bundled knowledge's.
 */
export function stateOfEvent(event: Event, deps: SummaryDeps = defaultDeps()): EventState {
  const core = {
    id: event.id,
    type: event.type,
    phase: event.phase,
    actor: event.actor,
    target: event.target,
    related: event.related,
  };
  return foldClaims(core, [...event.claims].sort(compareClaims), deps);
}
