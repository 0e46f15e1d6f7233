import type { Command } from 'commander';
import { z } from 'zod';
import { EventFilter, EventStatus } from '../../domain/event.js';
import { ClaimType } from '../../domain/extraction.js';
import { ExitCode, NotFoundError } from '../../errors.js';
import type { Cli } from '../cli.js';
import { resolvedFilter, withEventFilters } from '../event-filter-options.js';
import { formatEvent, formatEventLine } from '../format-event.js';
import { DB_HELP, parseOptions, StoreOption } from '../options.js';
import { displayStore } from '../store-location.js';
import { withStore } from '../with-store.js';

const Db = StoreOption;
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const Code = z
  .string()
  .trim()
  .min(1)
  .transform((s) => (/^[a-z]{3}$/i.test(s) ? s.toUpperCase() : s));

/** Options of `events`. */
export const EventsOptions = z.object({
  db: Db,
  actor: Code.optional(),
  target: Code.optional(),
  type: ClaimType.optional(),
  status: EventStatus.optional(),
  weapon: z.string().trim().min(1).optional(),
  since: Day.optional(),
  until: Day.optional(),
  sort: z.enum(['last_reported', 'first_reported', 'claims', 'origins']).default('last_reported'),
  limit: z.coerce.number({ error: 'expected a whole number' }).int().min(1).max(1000).default(50),
  json: z.boolean().default(false),
});

/** Options of `event`. */
export const EventOptions = z.object({ db: Db, json: z.boolean().default(false) });

/** `corroborate events [filters] [--json]`: lists the events merged across stored documents. */
export function defineEvents(command: Command, { io, finish }: Cli): void {
  withEventFilters(command)
    .description('list the events merged across stored documents, latest reported first')
    .option('--db <store>', DB_HELP)
    .option('--limit <n>', 'show at most N events (default 50, at most 1000)')
    .option('--json', 'print JSON Lines, one event per line')
    .action(async (raw: unknown) => {
      const { db, json, ...fields } = parseOptions(EventsOptions, raw);
      const filter = EventFilter.parse(resolvedFilter(fields));
      const page = await withStore(db, (store) => store.listEvents(filter), { mustExist: true });
      for (const event of page.events)
        await io.out(json ? `${JSON.stringify(event)}\n` : formatEventLine(event));
      if (!json && page.total > page.events.length) {
        io.err(`${page.events.length} of ${page.total} events shown; raise --limit for more\n`);
      }
      if (!json && page.total === 0) io.err('no events match\n');
      finish(ExitCode.ok);
    });
}

/** `corroborate event ID [--json]`: one event's timeline, claims grouped by origin, independence and grade. */
export function defineEvent(command: Command, { io, finish }: Cli): void {
  command
    .description('print one event: grade, independent origins and their claims, timeline')
    .argument('<event-id>', 'an event id as `events` lists it (ev_ + 16 hex digits)')
    .option('--db <store>', DB_HELP)
    .option('--json', 'print the event as one line of JSON')
    .action(async (id: string, raw: unknown) => {
      const options = parseOptions(EventOptions, raw);
      const event = await withStore(options.db, (store) => store.getEvent(id), { mustExist: true });
      if (event === null) throw new NotFoundError(`no event ${id} in ${displayStore(options.db)}`);
      await io.out(options.json ? `${JSON.stringify(event)}\n` : formatEvent(event));
      finish(ExitCode.ok);
    });
}
