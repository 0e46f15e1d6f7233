import { type Event, EventStatus } from '../domain/event.js';
import type { SourceTally } from '../store/source-tally.js';

/** A source across events: how many claims it made, in how many events, and how those events stand now. */
export interface SourceRecord {
  readonly name: string;
  readonly claims: number;
  readonly events: number;
  /** Events in which this source is an independent origin. */
  readonly asOrigin: number;
  readonly byStatus: Partial<Record<EventStatus, number>>;
}

/** The track record of every source named in these events, most events first, then by name. */
export function sourceRecords(events: readonly Event[]): SourceRecord[] {
  const records = new Map<
    string,
    {
      claims: number;
      events: Set<string>;
      origin: Set<string>;
      byStatus: Partial<Record<EventStatus, number>>;
    }
  >();
  const recordOf = (name: string) => {
    let record = records.get(name);
    if (record === undefined) {
      record = { claims: 0, events: new Set(), origin: new Set(), byStatus: {} };
      records.set(name, record);
    }
    return record;
  };
  for (const event of events) {
    for (const claim of event.claims) {
      const name = claim.source ?? claim.outlet;
      if (name === null) continue;
      const record = recordOf(name);
      record.claims += 1;
      if (!record.events.has(event.id)) {
        record.events.add(event.id);
        record.byStatus[event.status] = (record.byStatus[event.status] ?? 0) + 1;
      }
    }
    for (const origin of event.origins) recordOf(origin.name).origin.add(event.id);
  }
  return [...records]
    .map(([name, r]) => ({
      name,
      claims: r.claims,
      events: r.events.size,
      asOrigin: r.origin.size,
      byStatus: r.byStatus,
    }))
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}

/** As `sourceRecords`, from the store's tally of the newest events: the same records without reading their claims. */
export function sourceRecordsOfTally(tally: SourceTally): SourceRecord[] {
  const records = new Map<
    string,
    { claims: number; events: number; asOrigin: number; byStatus: Partial<Record<EventStatus, number>> }
  >();
  const recordOf = (name: string) => {
    let record = records.get(name);
    if (record === undefined) {
      record = { claims: 0, events: 0, asOrigin: 0, byStatus: {} };
      records.set(name, record);
    }
    return record;
  };
  const status = new Map(tally.events.map((e) => [e.id, EventStatus.parse(e.status)]));
  // One row per event and source, so each row is one more event the source spoke to.
  for (const row of tally.claims) {
    const record = recordOf(row.name);
    record.claims += row.claims;
    record.events += 1;
    const now = status.get(row.event);
    if (now !== undefined) record.byStatus[now] = (record.byStatus[now] ?? 0) + 1;
  }
  for (const event of tally.events) {
    for (const origin of new Set(event.origins)) recordOf(origin).asOrigin += 1;
  }
  return [...records]
    .map(([name, r]) => ({ name, ...r }))
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}
