import type { Command } from 'commander';
import { z } from 'zod';
import { ExitCode } from '../../errors.js';
import type { Cli } from '../cli.js';
import { DB_HELP, parseOptions, StoreOption } from '../options.js';
import { alertLogConfigOf } from '../store-location.js';
import { withStore } from '../with-store.js';

/** Options of `deliveries`. */
export const DeliveriesOptions = z.object({
  db: StoreOption,
  rule: z.string().trim().min(1).optional(),
  json: z.boolean().default(false),
});

/** `corroborate deliveries [--rule NAME] [--json]`: every webhook delivery attempt of the watch rules. */
export function defineDeliveries(command: Command, { io, finish }: Cli): void {
  command
    .description("list every webhook delivery attempt of `watch`'s rules, oldest first")
    .option('--db <store>', DB_HELP)
    .option('--rule <name>', 'only the deliveries of one rule')
    .option('--json', 'print JSON Lines, one attempt per line')
    .action(async (raw: unknown) => {
      const options = parseOptions(DeliveriesOptions, raw);
      const { openAlertLog } = await import('../../alerts/index.js');
      // The store must exist; the alert tables are made on first use, as `watch` would.
      const attempts = await withStore(
        options.db,
        async () => {
          const alerts = await openAlertLog(alertLogConfigOf(options.db));
          try {
            return await alerts.deliveries(options.rule);
          } finally {
            await alerts.close();
          }
        },
        { mustExist: true },
      );
      for (const a of attempts) {
        const outcome = a.ok
          ? `ok ${a.http_status}`
          : `failed ${a.http_status ?? ''} ${a.error ?? ''}`.trim();
        const line = `${a.at}  ${a.rule}  ${a.kind} ${a.event_id} ${a.status}  attempt ${a.attempt}  ${outcome}  ${a.url}\n`;
        await io.out(options.json ? `${JSON.stringify(a)}\n` : line);
      }
      if (!options.json && attempts.length === 0) io.err('no deliveries recorded\n');
      finish(ExitCode.ok);
    });
}
