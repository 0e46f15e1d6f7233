import type { z } from 'zod';
import { Event, EventClaim, Origin, TimelineEntry } from '../domain/event.js';

// Keys a stored event must hold to be read as is: every key but the optional ones, since a missing key
// with a default (an event saved before the field existed) needs the schema to fill it in.
function keysOf(schema: z.ZodObject): readonly string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => (field as z.ZodType).def.type !== 'optional')
    .map(([key]) => key);
}

const EVENT_KEYS = keysOf(Event);
const CLAIM_KEYS = keysOf(EventClaim);
const ORIGIN_KEYS = keysOf(Origin);
const TIMELINE_KEYS = keysOf(TimelineEntry);

function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && keys.every((key) => key in value);
}

function allHave(list: unknown, keys: readonly string[]): boolean {
  return Array.isArray(list) && list.every((item) => hasKeys(item, keys));
}

/** Whether a stored event has every field, so that it can be read without the whole schema. */
function isComplete(value: unknown): value is Event {
  return (
    hasKeys(value, EVENT_KEYS) &&
    typeof value.id === 'string' &&
    Array.isArray(value.weapons) &&
    allHave(value.claims, CLAIM_KEYS) &&
    allHave(value.origins, ORIGIN_KEYS) &&
    allHave(value.timeline, TIMELINE_KEYS)
  );
}

/**
 * Reads an event's JSON column. The store writes that JSON itself from a parsed Event, so a complete
 * one is taken as is (a page of 50 spent more time in the schema than in SQL); anything short of
 * complete, such as an event saved before a field was added, goes through the schema.
 */
export function readEvent(data: unknown): Event {
  const value: unknown = typeof data === 'string' ? JSON.parse(data) : data;
  return isComplete(value) ? value : Event.parse(value);
}
