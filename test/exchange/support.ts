import { join } from 'node:path';
import type { Event } from '../../src/domain/event.js';
import { readEvents } from '../../src/exchange/index.js';
import { ingestInputs, openStore, type Store } from '../../src/index.js';
import { cliFixtures } from '../support/run-cli.js';

/** A fixed clock, so two exports can be compared byte for byte. */
export const NOW = new Date('2026-01-02T03:04:05.678Z');

/** An in-memory store holding the CLI fixtures' two documents and the events merged from them. */
export async function fixtureStore(): Promise<Store> {
  const store = await openStore({ kind: 'sqlite', file: ':memory:' });
  await ingestInputs([join(cliFixtures, 'docs')], { store, now: () => NOW });
  return store;
}

/** Every event of a store, through the export's own reader. */
export async function allEvents(store: Store): Promise<Event[]> {
  const events: Event[] = [];
  for await (const event of readEvents(store)) events.push(event);
  return events;
}

/** A small CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF), to check what the export wrote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  return rows;
}
