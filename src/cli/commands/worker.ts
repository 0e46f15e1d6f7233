import type { Command } from 'commander';
import { ExitCode, InvalidArgumentError } from '../../errors.js';
import type { WorkerReport } from '../../queue/index.js';
import type { Cli } from '../cli.js';
import { DB_HELP, parseOptions, WorkerOptions } from '../options.js';
import { stopOnSignals } from '../signals.js';
import { isPostgresUrl } from '../store-location.js';
import { withStore } from '../with-store.js';

/** The queue commands work on PostgreSQL only: say so before anything opens. */
export function requirePostgres(db: string, what: string): void {
  if (!isPostgresUrl(db)) {
    throw new InvalidArgumentError(
      `${what} needs a PostgreSQL store: give --db postgres://... (the queue lives there)`,
    );
  }
}

/** A worker's end-of-run report. */
export function formatWorkerReport(report: WorkerReport): string {
  const lines = [
    `jobs        ${report.jobs}`,
    `stored      ${report.stored}`,
    `duplicates  ${report.duplicates}`,
    `rejected    ${report.rejected.length}`,
    ...report.rejected.map((r) => `  ${r.origin}: ${r.reason} (${r.code})`),
    ...(report.failedBatches === 0 ? [] : [`failed      ${report.failedBatches} batches (queued again)`]),
  ];
  return `${lines.join('\n')}\n`;
}

/** `corroborate worker --db postgres://... [--drain]`: takes ingest jobs from the queue and stores them. */
export function defineWorker(command: Command, { io, finish }: Cli): void {
  command
    .description(
      'take the jobs `ingest --enqueue` queued on PostgreSQL: extract, store and merge each document',
    )
    .option('--db <store>', DB_HELP)
    .option('--drain', 'stop once no job is left waiting or in hand (else wait for more until stopped)')
    .option('--batch-size <n>', 'jobs taken and stored per transaction (default 4)')
    .option(
      '--workers <n>',
      'extraction threads in this process (default 0: run one worker process per core)',
    )
    .option(
      '--budget-ms <n>',
      'stop extracting a document after N ms, keeping what was found (default 120000)',
    )
    .option('--max-chars <n>', "read at most N characters of a document's body for claims")
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      '\nRun as many as you like, on any machines that reach the server. Ctrl-C (SIGINT) or SIGTERM stops\na worker once the jobs in hand are stored; the jobs of a worker that dies are taken again after their lease.',
    )
    .action(async (raw: unknown) => {
      const options = parseOptions(WorkerOptions, raw);
      requirePostgres(options.db, 'worker');
      const { openQueue, runWorker, workerUrl } = await import('../../queue/index.js');
      const db = workerUrl(options.db);
      const stopping = stopOnSignals((name) =>
        io.err(`corroborate worker: ${name}, stopping after the jobs in hand\n`),
      );
      try {
        const report = await withStore(db, async (store) => {
          const queue = await openQueue(db);
          try {
            return await runWorker({
              store,
              queue,
              url: db,
              drain: options.drain,
              signal: stopping.signal,
              now: io.now,
              budget: {
                budgetMs: options.budgetMs,
                ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }),
              },
              ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
              ...(options.workers === undefined ? {} : { workers: options.workers }),
              onError: (error) =>
                io.err(
                  `corroborate worker: a batch failed and was queued again: ${error instanceof Error ? error.message : String(error)}\n`,
                ),
            });
          } finally {
            await queue.close();
          }
        });
        await io.out(options.json ? `${JSON.stringify(report)}\n` : formatWorkerReport(report));
        finish(report.rejected.length > 0 ? ExitCode.partlyRejected : ExitCode.ok);
      } finally {
        stopping.release();
      }
    });
}
