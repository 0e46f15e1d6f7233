import { z } from 'zod';
import type { Event } from '../domain/event.js';
import type { Store } from '../store/store.js';
import { csvHeader, csvRows } from './csv.js';
import { mispExport } from './misp.js';
import { type ExportFilter, readEvents } from './read-events.js';
import { stixBundle } from './stix.js';

export { CSV_COLUMNS } from './csv.js';
export { stableUuid, stixId } from './ids.js';
export { mispEvent, mispExport } from './misp.js';
export { MispAttribute, MispEvent, MispExport, MispTag } from './misp-schema.js';
export { type ExportFilter, readEvents } from './read-events.js';
export { admiraltyTags, type StixBundle, type StixObject, stixBundle } from './stix.js';

/** The formats events can be exported in. */
export const ExportFormat = z.enum(['csv', 'jsonl', 'stix', 'misp']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** The media type of each export format. */
export const exportMediaTypes: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  stix: 'application/stix+json;version=2.1',
  misp: 'application/json; charset=utf-8',
};

/** The file extension of each export format. */
export const exportExtensions: Readonly<Record<ExportFormat, string>> = {
  csv: 'csv',
  jsonl: 'jsonl',
  stix: 'stix.json',
  misp: 'misp.json',
};

/** What an export needs: the store to read, the clock for timestamps, and where to write each piece. */
export interface ExportDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly write: (chunk: string) => Promise<void> | void;
}

/** Writes the events a filter matches in a format; returns how many events were written. */
export async function exportEvents(
  format: ExportFormat,
  filter: ExportFilter,
  deps: ExportDeps,
): Promise<number> {
  const events = readEvents(deps.store, filter);
  let count = 0;
  switch (format) {
    case 'csv':
      await deps.write(csvHeader());
      for await (const event of events) {
        count += 1;
        await deps.write(csvRows(event));
      }
      return count;
    case 'jsonl':
      for await (const event of events) {
        count += 1;
        await deps.write(`${JSON.stringify(event)}\n`);
      }
      return count;
    case 'stix':
    case 'misp': {
      // Both are one JSON document: the events are gathered first.
      const all: Event[] = [];
      for await (const event of events) all.push(event);
      const now = deps.now();
      const document = format === 'stix' ? stixBundle(all, now) : mispExport(all, now);
      await deps.write(`${JSON.stringify(document, null, 2)}\n`);
      return all.length;
    }
  }
}
