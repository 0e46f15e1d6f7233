import type { Command } from 'commander';
import { ExitCode } from '../../errors.js';
import type { Cli } from '../cli.js';
import { formatExtraction } from '../format-extraction.js';
import { ExtractOptions, parseOptions } from '../options.js';

/** `corroborate extract FILE... [--json]`: prints what is found in each document; exit 1 if any input is rejected. */
export function defineExtract(command: Command, { io, finish }: Cli): void {
  command
    .description('extract entities, attributions and claims from documents and print them')
    .argument('<path...>', 'text, HTML, JSON, JSON Lines or RSS/Atom files, or folders of them')
    .option('--json', 'print each extraction as one line of JSON (JSON Lines for several documents)')
    .option('--max-bytes <n>', 'reject inputs larger than N bytes (default 5 MB)')
    .option(
      '--budget-ms <n>',
      'stop extracting a document after N ms, keeping what was found (default 120000)',
    )
    .option('--max-chars <n>', "read at most N characters of a document's body for claims")
    .action(async (paths: string[], raw: unknown) => {
      const options = parseOptions(ExtractOptions, raw);
      const { extractInputs } = await import('../../index.js');
      let rejected = 0;
      let first = true;
      const extractOptions = {
        budgetMs: options.budgetMs,
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }),
      };
      for await (const result of extractInputs(paths, extractOptions)) {
        if (!result.ok) {
          const { origin, code, reason } = result.rejection;
          io.err(`rejected ${origin}: ${reason} (${code})\n`);
          rejected += 1;
        } else if (options.json) {
          await io.out(`${JSON.stringify(result.extraction)}\n`);
        } else {
          await io.out(`${first ? '' : '\n'}${formatExtraction(result.extraction, result.origin)}`);
          first = false;
        }
      }
      finish(rejected > 0 ? ExitCode.failure : ExitCode.ok);
    });
}
