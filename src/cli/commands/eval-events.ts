import type { Command } from 'commander';
import { z } from 'zod';
import type { MergeQuality } from '../../corroborate/index.js';
import { ExitCode } from '../../errors.js';
import type { Cli } from '../cli.js';
import { parseOptions } from '../options.js';

/** Options of `eval-events`. */
export const EvalEventsOptions = z.object({
  json: z.boolean().default(false),
  origins: z.string().min(1).optional(),
});

const pct = (x: number) => x.toFixed(3);

/** The merge scores and each gold event's outcome as a table. */
export function formatMergeQuality(q: MergeQuality): string {
  const { scores } = q;
  const lines = [
    `documents ${q.documents}  near-duplicates ${q.nearDuplicates}`,
    `claims ${scores.items} (gold claims with an event id matched at the event level; ${scores.unmatched} unmatched)`,
    `gold events ${scores.goldEvents}  system events ${scores.systemEvents}`,
    `pairwise  P ${pct(scores.pairwise[0])}  R ${pct(scores.pairwise[1])}  F1 ${pct(scores.pairwise[2])}`,
    `B-cubed   P ${pct(scores.bcubed[0])}  R ${pct(scores.bcubed[1])}  F1 ${pct(scores.bcubed[2])}`,
    '',
    'gold event                             claims  events  origins (gold)  support/deny  status  grade',
  ];
  for (const e of q.events) {
    const gold = e.goldOrigins === null ? '-' : String(e.goldOrigins);
    lines.push(
      `${e.gold.padEnd(38)} ${String(e.claims).padStart(6)}  ${String(e.systemEvents).padStart(6)}  ${String(e.origins).padStart(7)} (${gold})  ${e.supporting}/${e.denying}  ${e.status}${e.circular ? ' (circular)' : ''}  ${e.grade}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `corroborate eval-events GOLD_DIR [--json]`: scores the merge of claims into events against gold event ids. */
export function defineEvalEvents(command: Command, { io, finish }: Cli): void {
  command
    .description(
      'ingest a gold folder in publication order and score the merge into events (pairwise, B-cubed F1)',
    )
    .argument('<gold-dir>', 'a folder of NAME.gold.json files whose claims carry `event` ids')
    .option('--json', 'print the scores and outcomes as JSON')
    .option(
      '--origins <file>',
      "a Markdown table of the gold events' intended origins (default: EVENTS.md in the folder)",
    )
    .action(async (goldDir: string, raw: unknown) => {
      const options = parseOptions(EvalEventsOptions, raw);
      const { scoreEventMerge } = await import('../../index.js');
      const quality = await scoreEventMerge(
        goldDir,
        options.origins === undefined ? {} : { originsTable: options.origins },
      );
      await io.out(options.json ? `${JSON.stringify(quality)}\n` : formatMergeQuality(quality));
      finish(ExitCode.ok);
    });
}
