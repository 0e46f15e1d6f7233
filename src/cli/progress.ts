import type { IngestProgress } from '../index.js';
import type { CliIo } from './io.js';

const FRAME_MS = 100;
const BAR_WIDTH = 20;

/** A one-line progress display on stderr, redrawn with `\r`; silent when stderr is not a terminal. */
export interface ProgressLine {
  readonly update: (progress: IngestProgress) => void;
  /** Clears the line so the final report starts on a clean line. */
  readonly finish: () => void;
}

/**
 * The number of inputs is not known before the folders are walked, so the bar sweeps back and forth
 * as work goes on while the counts beside it say how far the batch is.
 */
export function progressLine(io: CliIo, label: string): ProgressLine {
  if (!io.stderrIsTTY) return { update: () => {}, finish: () => {} };
  let last = 0;
  let drawn = false;
  const started = io.now().getTime();
  return {
    update(p) {
      const now = io.now().getTime();
      if (now - last < FRAME_MS) return;
      last = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      const at = p.done % (2 * BAR_WIDTH);
      const pos = at < BAR_WIDTH ? at : 2 * BAR_WIDTH - at - 1;
      const bar = `${'-'.repeat(pos)}#${'-'.repeat(BAR_WIDTH - pos - 1)}`;
      const line =
        `${label} [${bar}] ${p.done} read, ${p.stored} stored, ${p.duplicates} duplicates, ` +
        `${p.rejected} rejected, ${Math.round(p.done / seconds)}/s`;
      io.err(`\r${line.slice(0, Math.max(io.stderrColumns - 1, 10))}\x1b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) io.err('\r\x1b[K');
    },
  };
}
