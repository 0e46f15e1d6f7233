import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { EventStatus } from '../../domain/event.js';
import { ClaimType } from '../../domain/extraction.js';
import { ExitCode } from '../../errors.js';
import { ExportFormat } from '../../exchange/index.js';
import { resolveFilterNames } from '../../knowledge/index.js';
import type { Cli } from '../cli.js';
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
  command
    .description('export events and their claims as CSV, JSON Lines, a STIX 2.1 bundle or MISP events')
    .requiredOption('--format <format>', 'csv (one row per claim), jsonl (one event per line), stix or misp')
    .option('--db <file>', 'the SQLite store (default ./corroborate.db)')
    .option('--out <file>', 'write to this file instead of standard output')
    .option(
      '--actor <name>',
      'only events whose actor is this country or entity: a name (Iran, Tehran, Iranian) or id (IRN)',
    )
    .option(
      '--target <name>',
      'only events whose target is this country or entity: a name (Russia) or id (RUS)',
    )
    .option('--type <type>', `only events of one claim type (${ClaimType.options.join(', ')})`)
    .option('--status <status>', `only events with one status (${EventStatus.options.join(', ')})`)
    .option(
      '--weapon <name>',
      'only events with this weapon system (Fath-360, weapon:fath-360) or class (drone, ballistic missiles)',
    )
    .option('--since <date>', 'only events reported on or after YYYY-MM-DD')
    .option('--until <date>', 'only events first reported on or before YYYY-MM-DD')
    .option('--sort <key>', 'last_reported (default), first_reported, claims or origins')
    .option('--limit <n>', 'export at most N events (default: every match)')
    .action(async (raw: unknown) => {
      const { db, format, out, limit, ...fields } = parseOptions(ExportOptions, raw);
      const filter = resolveFilterNames(
        Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
        '--',
      );
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
