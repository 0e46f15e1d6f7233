import { rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { type Event, EventFilter } from '../../domain/event.js';
import { ExitCode, InvalidArgumentError } from '../../errors.js';
import type { DemoResult } from '../../index.js';
import type { Cli } from '../cli.js';
import { DemoOptions, parseOptions } from '../options.js';
import { progressLine } from '../progress.js';
import { isPostgresUrl } from '../store-location.js';
import { withStore } from '../with-store.js';

const TOP_EVENTS = 3;

function counts(record: Readonly<Partial<Record<string, number>>>): string {
  const entries = Object.entries(record).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  return entries.length === 0 ? 'none' : entries.map(([k, n]) => `${k} ${n}`).join(', ');
}

/** The events the demo found: how many, and those with the most independent origins. */
export interface DemoEvents {
  readonly total: number;
  readonly top: readonly Event[];
}

function topLine(event: Event): string {
  const grade = `${event.grade.reliability}${event.grade.credibility}`;
  return `  ${event.id}  ${event.type} ${event.actor ?? '?'} -> ${event.target ?? '?'}  ${event.status} ${grade}, ${event.independentOrigins} origin(s), ${event.reports} report(s)`;
}

/** The demo's closing summary: what went into the store, the best corroborated events, and the next commands to try. */
export function formatDemo({ report, summary }: DemoResult, db: string, events: DemoEvents): string {
  // The next steps name the demo's store, so they work as printed (other commands default to corroborate.db).
  const top = events.top[0];
  const lines = [
    `store         ${db}`,
    `documents     ${summary.documents} (${report.stored} stored, ${report.duplicates} duplicates)`,
    `entities      ${summary.entities}`,
    `attributions  ${summary.attributions}`,
    `claims        ${summary.claims}`,
    `  by type     ${counts(summary.claimsByType)}`,
    `  by status   ${counts(summary.claimsByStatus)}`,
    `events        ${events.total}`,
    ...(events.top.length > 0
      ? ['  most corroborated (independent origins)', ...events.top.map(topLine)]
      : []),
    `rejections    ${report.rejected.length}`,
    ...report.rejected.map((r) => `  ${r.origin}: ${r.reason} (${r.code})`),
    '',
    'next steps:',
    `  npx corroborate events --db ${db}`,
    ...(top === undefined ? [] : [`  npx corroborate event ${top.id} --db ${db}`]),
    `  npx corroborate documents --db ${db}`,
    `  npx corroborate export --format csv --db ${db} --out corroborate-events.csv`,
    `  npx corroborate serve --db ${db}   (then open http://127.0.0.1:8080)`,
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
      const { result, events } = await withStore(options.db, async (store) => {
        const progress = progressLine(io, 'demo');
        let result: DemoResult;
        try {
          result = await runDemo({ store, now: io.now, onProgress: progress.update });
        } finally {
          progress.finish();
        }
        const top = await store.listEvents(EventFilter.parse({ sort: 'origins', limit: TOP_EVENTS }));
        return { result, events: { total: await store.countEvents(), top: top.events } };
      });
      await io.out(formatDemo(result, options.db, events));
      // The demo shows what happened, rejections included: it is not a gate, so it ends with 0.
      finish(ExitCode.ok);
    });
}
