/** One structured log line of `watch`: when, how bad, what happened, for which source, and details. */
export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly event: string;
  readonly source?: string;
  readonly [field: string]: unknown;
}

/** Where log entries go. */
export type Log = (entry: LogEntry) => void;

/** A log writing one JSON object per line, with the time first, through `write`. */
export function jsonLineLog(write: (line: string) => void, now: () => Date): Log {
  return (entry) => write(`${JSON.stringify({ time: now().toISOString(), ...entry })}\n`);
}
