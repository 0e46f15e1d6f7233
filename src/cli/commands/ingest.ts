import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ExitCode, NotFoundError } from '../../errors.js';
import type { IngestReport } from '../../index.js';
import type { Cli } from '../cli.js';
import { DB_HELP, IngestOptions, parseOptions } from '../options.js';
import { progressLine } from '../progress.js';
import { withStore } from '../with-store.js';

/** The end-of-batch report: counts, then each rejected input with its reason. */
export function formatReport(report: IngestReport): string {
  const lines = [
    `stored      ${report.stored}`,
    `duplicates  ${report.duplicates}`,
    `rejected    ${report.rejected.length}`,
    ...report.rejected.map((r) => `  ${r.origin}: ${r.reason} (${r.code})`),
    // Only when an interrupted older version had left stored documents out of the events.
    ...(report.repaired === undefined ? [] : [`repaired    ${report.repaired} (stored earlier, merged now)`]),
  ];
  return `${lines.join('\n')}\n`;
}

/** `corroborate ingest PATH... [--db FILE]`: extracts and stores every input; exit 3 if any is rejected. */
export function defineIngest(command: Command, { io, finish }: Cli): void {
  command
    .description('extract every document under the paths and save it in the store')
    .argument('<path...>', 'files or folders (read recursively)')
    .option('--db <store>', DB_HELP)
    .option('--max-bytes <n>', 'reject inputs larger than N bytes (default 5 MB)')
    .option(
      '--budget-ms <n>',
      'stop extracting a document after N ms, keeping what was found (default 120000)',
    )
    .option('--max-chars <n>', "read at most N characters of a document's body for claims")
    .option(
      '--workers <n>',
      'extraction worker threads (default one per core; 0 extracts on the main thread)',
    )
    .option('--batch-size <n>', 'documents stored per transaction (default 32)')
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], raw: unknown) => {
      const options = parseOptions(IngestOptions, raw);
      // A mistyped path must not leave an empty store behind, so paths are checked before the store opens.
      const missing = paths.filter((path) => !existsSync(path));
      if (missing.length > 0) {
        throw new NotFoundError(`no such file or folder: ${missing.join(', ')} (nothing was stored)`);
      }
      const { ingestInputs } = await import('../../index.js');
      const report = await withStore(options.db, async (store) => {
        const progress = progressLine(io, 'ingest');
        try {
          return await ingestInputs(paths, {
            store,
            now: io.now,
            onProgress: progress.update,
            budgetMs: options.budgetMs,
            ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
            ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }),
            ...(options.workers === undefined ? {} : { workers: options.workers }),
            ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
          });
        } finally {
          progress.finish();
        }
      });
      await io.out(options.json ? `${JSON.stringify(report)}\n` : formatReport(report));
      finish(report.rejected.length > 0 ? ExitCode.partlyRejected : ExitCode.ok);
    });
}
