import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { describeError, ExitCode, exitCodeMeanings } from '../errors.js';
import type { Cli } from './cli.js';
import { defineCorrect, defineExportGold, defineHistory } from './commands/correct.js';
import { defineDeliveries } from './commands/deliveries.js';
import { defineDemo } from './commands/demo.js';
import { defineDocuments } from './commands/documents.js';
import { defineEntities } from './commands/entities.js';
import { defineEval } from './commands/eval.js';
import { defineEvalAttribution } from './commands/eval-attribution.js';
import { defineEvalEvents } from './commands/eval-events.js';
import { defineEvent, defineEvents } from './commands/events.js';
import { defineExport } from './commands/export.js';
import { defineExtract } from './commands/extract.js';
import { defineFetch } from './commands/fetch.js';
import { defineIngest } from './commands/ingest.js';
import { defineServe } from './commands/serve.js';
import { defineShow } from './commands/show.js';
import { defineWatch } from './commands/watch.js';
import { defineWorker } from './commands/worker.js';
import { type CliIo, processIo } from './io.js';

const EXIT_CODES_HELP = [
  '',
  'Exit codes:',
  ...Object.entries(exitCodeMeanings).map(([code, meaning]) => `  ${code}  ${meaning}`),
].join('\n');

function packageVersion(): string {
  const raw: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return z.object({ version: z.string() }).parse(raw).version;
}

/** Builds the `corroborate` program; each command sets its exit code through `finish`. */
export function buildProgram(cli: Cli): Command {
  const program = new Command('corroborate')
    .description('Turns news about states arming each other into traceable evidence.')
    .version(packageVersion())
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => void cli.io.out(s), writeErr: (s) => cli.io.err(s) })
    .addHelpText('after', EXIT_CODES_HELP);
  defineExtract(program.command('extract'), cli);
  defineIngest(program.command('ingest'), cli);
  defineDocuments(program.command('documents'), cli);
  defineShow(program.command('show'), cli);
  defineEntities(program.command('entities'), cli);
  defineEval(program.command('eval'), cli);
  defineDemo(program.command('demo'), cli);
  defineServe(program.command('serve'), cli);
  defineEvents(program.command('events'), cli);
  defineEvent(program.command('event'), cli);
  defineEvalEvents(program.command('eval-events'), cli);
  defineEvalAttribution(program.command('eval-attribution'), cli);
  defineExport(program.command('export'), cli);
  defineFetch(program.command('fetch'), cli);
  defineWatch(program.command('watch'), cli);
  defineDeliveries(program.command('deliveries'), cli);
  defineWorker(program.command('worker'), cli);
  defineCorrect(program.command('correct'), cli);
  defineHistory(program.command('history'), cli);
  defineExportGold(program.command('export-gold'), cli);
  return program;
}

/** Runs the CLI over arguments (without `node` and the script) and returns the exit code; errors end here. */
export async function runCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = ExitCode.ok;
  const program = buildProgram({ io, finish: (c) => (code = c) });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return code;
  } catch (error) {
    // Commander has already printed its message (or the help, or the version).
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    const { code: errorCode, message, exit } = describeError(error);
    io.err(`corroborate: ${message}\n`);
    if (errorCode === 'internal' && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return exit;
  }
}

// A closed pipe (`corroborate documents | head`) ends the output quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(ExitCode.ok);
});
process.exitCode = await runCli(process.argv.slice(2), processIo());
