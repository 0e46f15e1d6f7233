import { rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { ExitCode, InvalidArgumentError } from '../../errors.js';
import type { DemoResult } from '../../index.js';
import type { Cli } from '../cli.js';
import { DemoOptions, parseOptions } from '../options.js';
import { progressLine } from '../progress.js';
import { isPostgresUrl } from '../store-location.js';
import { withStore } from '../with-store.js';

function counts(record: Readonly<Partial<Record<string, number>>>): string {
  const entries = Object.entries(record).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  return entries.length === 0 ? 'none' : entries.map(([k, n]) => `${k} ${n}`).join(', ');
}

/** The demo's closing summary: what went into the store and what was kept aside. */
export function formatDemo({ report, summary }: DemoResult, db: string): string {
  const lines = [
    `store         ${db}`,
    `documents     ${summary.documents} (${report.stored} stored, ${report.duplicates} duplicates)`,
    `entities      ${summary.entities}`,
    `attributions  ${summary.attributions}`,
    `claims        ${summary.claims}`,
    `  by type     ${counts(summary.claimsByType)}`,
    `  by status   ${counts(summary.claimsByStatus)}`,
    `rejections    ${report.rejected.length}`,
    ...report.rejected.map((r) => `  ${r.origin}: ${r.reason} (${r.code})`),
    '',
    `browse it: npx corroborate serve --db ${db}   (then open http://127.0.0.1:8080)`,
    `or list it: corroborate events --db ${db}, corroborate documents --db ${db}, corroborate entities --db ${db}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `corroborate demo [--db FILE]`: ingests the bundled sample corpus into a fresh store and sums it up. */
export function defineDemo(command: Command, { io, finish }: Cli): void {
  command
    .description('ingest the bundled sample corpus into a fresh SQLite store and summarise it')
    .option('--db <file>', 'the store to recreate (default ./corroborate-demo.db)')
    .action(async (raw: unknown) => {
      const options = parseOptions(DemoOptions, raw);
      if (isPostgresUrl(options.db)) {
        throw new InvalidArgumentError('--db: the demo recreates a SQLite file; give a file name, not a URL');
      }
      const { runDemo } = await import('../../index.js');
      // A fresh store each run, so the summary always describes the bundled corpus alone.
      await Promise.all(
        ['', '-wal', '-shm', '-journal'].map((suffix) => rm(options.db + suffix, { force: true })),
      );
      const result = await withStore(options.db, async (store) => {
        const progress = progressLine(io, 'demo');
        try {
          return await runDemo({ store, now: io.now, onProgress: progress.update });
        } finally {
          progress.finish();
        }
      });
      await io.out(formatDemo(result, options.db));
      // The demo shows what happened, rejections included: it is not a gate, so it ends with 0.
      finish(ExitCode.ok);
    });
}
