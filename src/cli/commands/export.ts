import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { ExitCode } from '../../errors.js';
import { ExportFormat } from '../../exchange/index.js';
import type { Cli } from '../cli.js';
import { resolvedFilter, withEventFilters } from '../event-filter-options.js';
import { parseOptions } from '../options.js';
import { withStore } from '../with-store.js';
import { EventsOptions } from './events.js';

/** Options of `export`: the events filters, a format, an optional cap and an output file. */
export const ExportOptions = EventsOptions.omit({ limit: true, json: true }).extend({
  format: ExportFormat,
  out: z.string().trim().min(1, 'expected a file name').optional(),
  limit: z.coerce.number({ error: 'expected a whole number' }).int().min(1).optional(),
});

async function writeTo(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** `corroborate export --format csv|jsonl|stix|misp [filters] [--out FILE]`: events for other tools. */
export function defineExport(command: Command, { io, finish }: Cli): void {
  withEventFilters(command)
    .description('export events and their claims as CSV, JSON Lines, a STIX 2.1 bundle or MISP events')
    .requiredOption('--format <format>', 'csv (one row per claim), jsonl (one event per line), stix or misp')
    .option('--db <file>', 'the SQLite store (default ./corroborate.db)')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--limit <n>', 'export at most N events (default: every match)')
    .action(async (raw: unknown) => {
      const { db, format, out, limit, ...fields } = parseOptions(ExportOptions, raw);
      const filter = resolvedFilter(fields);
      const { exportEvents } = await import('../../exchange/index.js');
      const count = await withStore(
        db,
        async (store) => {
          const stream = out === undefined ? null : createWriteStream(out);
          const write = stream === null ? io.out : (chunk: string) => writeTo(stream, chunk);
          try {
            return await exportEvents(
              format,
              { ...filter, ...(limit === undefined ? {} : { max: limit }) },
              {
                store,
                now: io.now,
                write,
              },
            );
          } finally {
            if (stream !== null) {
              stream.end();
              await once(stream, 'close');
            }
          }
        },
        { mustExist: true },
      );
      io.err(`exported ${count} event(s) as ${format}${out === undefined ? '' : ` to ${out}`}\n`);
      finish(ExitCode.ok);
    });
}
