import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { ExitCode } from '../../errors.js';
import type { Cli } from '../cli.js';
import { parseOptions } from '../options.js';

/** Options of `eval-attribution`. */
export const EvalAttributionOptions = z.object({
  split: z.enum(['dev', 'train']).default('dev'),
  dir: z.string().min(1).default('../shared/polnear'),
  json: z.boolean().default(false),
});

/** `corroborate eval-attribution [--split dev|train] [--dir DIR]`: scores attributions on PolNeAR as score_polnear.py does. */
export function defineEvalAttribution(command: Command, { io, finish }: Cli): void {
  command
    .description(
      'extract a PolNeAR split and score the attributions (detection P/R/F1, source and cue accuracy)',
    )
    .option('--split <split>', 'dev or train', 'dev')
    .option('--dir <dir>', 'the PolNeAR folder holding dev/ and train/', '../shared/polnear')
    .option('--json', 'print the scores as JSON')
    .action(async (raw: unknown) => {
      const options = parseOptions(EvalAttributionOptions, raw);
      const splitDir = join(options.dir, options.split);
      if (!existsSync(join(splitDir, 'text'))) {
        io.err(`corroborate: no PolNeAR split at ${splitDir} (expected text/ and attributions/)\n`);
        finish(ExitCode.usage);
        return;
      }
      const { scoreAttributionDir, attributionScoresText } = await import('../../index.js');
      const scores = await scoreAttributionDir(splitDir);
      await io.out(options.json ? `${JSON.stringify(scores)}\n` : attributionScoresText(scores));
      finish(ExitCode.ok);
    });
}
