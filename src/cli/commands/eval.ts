import type { Command } from 'commander';
import { ExitCode } from '../../errors.js';
import type { Cli } from '../cli.js';
import { EvalOptions, parseOptions } from '../options.js';
import { withStore } from '../with-store.js';

/** `corroborate eval GOLD_DIR [--detail] [--json]`: extracts the gold folder's documents and scores them as score.py does. */
export function defineEval(command: Command, { io, finish }: Cli): void {
  command
    .description('extract the documents beside NAME.gold.json files and score them (rules: docs/GOLD.md)')
    .argument('<gold-dir>', 'a folder of NAME.gold.json files, each beside NAME.txt, .html, .json or .jsonl')
    .option('--detail', 'list the missed and extra claims of each document')
    .option('--json', 'print the scores as JSON, as `score.py --json` does')
    .option('--corrections <store>', 'read each extraction through the corrections recorded in this store')
    .action(async (goldDir: string, raw: unknown) => {
      const options = parseOptions(EvalOptions, raw);
      const { scoreGoldDir, scoresToJson, scoresToText } = await import('../../index.js');
      const corrections =
        options.corrections === undefined
          ? []
          : await withStore(options.corrections, (store) => store.listCorrections(), { mustExist: true });
      const { scores, problems } = await scoreGoldDir(goldDir, { detail: options.detail, corrections });
      for (const p of problems) io.err(`warning: ${p.name}: ${p.reason}; scored as an empty extraction\n`);
      await io.out(options.json ? `${scoresToJson(scores)}\n` : scoresToText(scores));
      finish(ExitCode.ok);
    });
}
