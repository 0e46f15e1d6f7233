import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { AlertLog, RuleChecker } from '../../alerts/index.js';
import { ExitCode } from '../../errors.js';
import type { Store } from '../../index.js';
import type { Log, WatchConfig } from '../../intake/index.js';
import type { Cli } from '../cli.js';
import { DEFAULT_DB, parseOptions } from '../options.js';
import { stopOnSignals } from '../signals.js';
import { alertLogConfigOf, DATABASE_URL_VARIABLE } from '../store-location.js';
import { withStore } from '../with-store.js';
import { DEFAULT_PAGES_DIR } from './fetch.js';

/** Options of `watch`. */
export const WatchOptions = z.object({
  config: z.string().trim().min(1, 'expected a file name').default('corroborate.config.json'),
  db: z.string().trim().min(1, 'expected a file name or postgres:// URL').optional(),
  once: z.boolean().default(false),
});

/** The alert log and rule checker of a config's rules, or nulls when it has none. */
async function ruleCheckerFor(
  rules: WatchConfig['rules'],
  db: string,
  deps: { store: Store; now: () => Date; log: Log; signal: AbortSignal },
): Promise<{ alerts: AlertLog | null; rules: RuleChecker | null }> {
  if (rules.length === 0) return { alerts: null, rules: null };
  const { openAlertLog, ruleChecker } = await import('../../alerts/index.js');
  const alerts = await openAlertLog(alertLogConfigOf(db));
  return { alerts, rules: ruleChecker(rules, { ...deps, alerts }) };
}

/** `corroborate watch [--config FILE] [--db FILE] [--once]`: follows folders and feeds into the store. */
export function defineWatch(command: Command, { io, finish }: Cli): void {
  command
    .description('follow the folders and RSS/Atom/JSON feeds of a config file into the store until stopped')
    .option('--config <file>', 'the config (default ./corroborate.config.json)')
    .option(
      '--db <store>',
      `the SQLite file or postgres:// URL of the store (default: the config's db, else $${DATABASE_URL_VARIABLE}, else ./corroborate.db)`,
    )
    .option('--once', 'poll every folder and feed once, then stop')
    .addHelpText(
      'after',
      '\nLogs one JSON object per line on stderr. Ctrl-C (SIGINT) or SIGTERM stops it cleanly.\nThe config format is in the README, "Watching folders and feeds".',
    )
    .action(async (raw: unknown) => {
      const options = parseOptions(WatchOptions, raw);
      const intake = await import('../../intake/index.js');
      const { ingestInputs, loadKnowledge } = await import('../../index.js');
      const config = await intake.loadWatchConfig(options.config);
      const stateFile =
        config.stateFile ?? join(dirname(resolve(options.config)), '.corroborate-watch-state.json');
      const db = options.db ?? config.db ?? (process.env[DATABASE_URL_VARIABLE]?.trim() || DEFAULT_DB);
      const log = intake.jsonLineLog(io.err, io.now);
      const knowledge = loadKnowledge();
      const stop = stopOnSignals((signal) => log({ level: 'info', event: 'stopping', signal }));
      try {
        await withStore(db, async (store) => {
          const { alerts, rules } = await ruleCheckerFor(config.rules, db, {
            store,
            now: io.now,
            log,
            signal: stop.signal,
          });
          await intake.runWatch(
            { ...config, stateFile },
            {
              store,
              knowledge,
              now: io.now,
              log,
              signal: stop.signal,
              once: options.once,
              pagesDir: config.pagesDir ?? DEFAULT_PAGES_DIR,
              ingestFiles: (paths) => ingestInputs(paths, { store, knowledge, now: io.now }),
              ...(rules === null ? {} : { afterStore: rules.afterStore }),
            },
          );
          // Deliveries under way end (a retry's wait is cut short by the stop) before the store closes.
          await rules?.drain();
          await alerts?.close();
        });
      } finally {
        stop.release();
      }
      finish(ExitCode.ok);
    });
}
