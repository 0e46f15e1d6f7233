import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { z } from 'zod';
import { ExitCode, NotFoundError } from '../../errors.js';
import type { IngestReport } from '../../index.js';
import type { Cli } from '../cli.js';
import { DB_HELP, IngestOptions, parseOptions } from '../options.js';
import { progressLine } from '../progress.js';
import { withStore } from '../with-store.js';
import { requirePostgres } from './worker.js';

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

/** `ingest --enqueue`: one job per good document on the store's server; rejections recorded at once. */
async function enqueue(
  paths: readonly string[],
  options: z.output<typeof IngestOptions>,
  { io, finish }: Cli,
): Promise<void> {
  requirePostgres(options.db, 'ingest --enqueue');
  const { enqueueInputs, openQueue } = await import('../../queue/index.js');
  const report = await withStore(options.db, async (store) => {
    const queue = await openQueue(options.db);
    try {
      return await enqueueInputs(paths, {
        store,
        queue,
        now: io.now,
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        ...(options.leaseSeconds === undefined ? {} : { leaseSeconds: options.leaseSeconds }),
      });
    } finally {
      await queue.close();
    }
  });
  const lines = [
    `queued      ${report.queued}`,
    `duplicates  ${report.duplicates} (already queued or stored)`,
    `rejected    ${report.rejected.length}`,
    ...report.rejected.map((r) => `  ${r.origin}: ${r.reason} (${r.code})`),
  ];
  await io.out(options.json ? `${JSON.stringify(report)}\n` : `${lines.join('\n')}\n`);
  finish(report.rejected.length > 0 ? ExitCode.partlyRejected : ExitCode.ok);
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
    .option(
      '--enqueue',
      'queue one job per document on PostgreSQL for `corroborate worker` instead (--db postgres://...)',
    )
    .option(
      '--lease-seconds <n>',
      'with --enqueue: how long a worker may hold a job before another takes it (default 900)',
    )
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], raw: unknown) => {
      const options = parseOptions(IngestOptions, raw);
      // A mistyped path must not leave an empty store behind, so paths are checked before the store opens.
      const missing = paths.filter((path) => !existsSync(path));
      if (missing.length > 0) {
        throw new NotFoundError(`no such file or folder: ${missing.join(', ')} (nothing was stored)`);
      }
      if (options.enqueue) {
        await enqueue(paths, options, { io, finish });
        return;
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
