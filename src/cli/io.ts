import { once } from 'node:events';

/** What the CLI needs from the process: its two output streams, whether stderr is a terminal, and the clock. */
export interface CliIo {
  /** Writes command output to stdout, waiting when the pipe is full. */
  readonly out: (text: string) => Promise<void>;
  /** Writes messages and progress to stderr. */
  readonly err: (text: string) => void;
  readonly stderrIsTTY: boolean;
  readonly stderrColumns: number;
  readonly now: () => Date;
}

/** The CLI's io over the real process streams. */
export function processIo(): CliIo {
  const { stdout, stderr } = process;
  return {
    async out(text) {
      if (!stdout.write(text)) await once(stdout, 'drain');
    },
    err(text) {
      stderr.write(text);
    },
    stderrIsTTY: stderr.isTTY === true,
    stderrColumns: stderr.columns || 80,
    now: () => new Date(),
  };
}
