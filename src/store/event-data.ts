import type { EventHead } from '../corroborate/event-head.js';
import { EventState } from '../corroborate/event-state.js';
import { headOf, stateOfEvent } from '../corroborate/stored-event.js';
import { EventClaim } from '../domain/event.js';
import { readEvent } from './event-json.js';

/** A stored event as merging reads it: its head and the state of its claims, without the claims. */
export interface StoredEvent {
  readonly id: string;
  readonly head: EventHead;
  readonly state: EventState;
}

/** The `data` column of an event: its head and its claims' state. */
export function eventData(head: EventHead, state: EventState): string {
  return JSON.stringify({ v: 2, head, state });
}

function isStored(value: unknown): value is { v: 2; head: EventHead; state: EventState } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { v?: unknown }).v === 2 &&
    typeof (value as { head?: unknown }).head === 'object' &&
    (value as { state?: { v?: unknown } }).state?.v === 2
  );
}

/**
 * Reads an event's `data` column. The store writes it itself, so a complete one is taken as is; a
 * whole event (as versions before claims were rows stored it) is read into the same form.
 */
export function readStoredEvent(data: unknown): Omit<StoredEvent, 'id'> {
  const value: unknown = typeof data === 'string' ? JSON.parse(data) : data;
  if (isStored(value)) return { head: value.head, state: value.state };
  if (typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 2) {
    const v = value as { head: EventHead; state: unknown };
    return { head: v.head, state: EventState.parse(v.state) };
  }
  const event = readEvent(value);
  return { head: headOf(event), state: stateOfEvent(event) };
}

const CLAIM_KEYS = [
  'document',
  'claim',
  'published',
  'outlet',
  'status',
  'origin',
  'evidence',
  'weapons',
  'cites',
];

/** Reads a claim row's `data`, written by the store from a parsed EventClaim (anything short of complete goes through the schema). */
export function readClaim(data: unknown): EventClaim {
  const value: unknown = typeof data === 'string' ? JSON.parse(data) : data;
  const complete =
    typeof value === 'object' && value !== null && CLAIM_KEYS.every((k) => k in (value as object));
  return complete ? (value as EventClaim) : EventClaim.parse(value);
}
