import type { ExitCode } from '../errors.js';
import type { CliIo } from './io.js';

/** What every command gets: the process io and a way to set the exit code it ends with. */
export interface Cli {
  readonly io: CliIo;
  readonly finish: (code: ExitCode) => void;
}
