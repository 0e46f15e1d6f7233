// Where the storing thread's time goes, stage by stage, for the ingest benchmark's per-stage table.
// The stages of one document run one after the other on that thread (SQLite's driver is synchronous,
// so no other callback runs between them), so one running clock charged to the current stage adds up
// to the thread's time without double counting. performance.now() costs a fraction of a microsecond.

/** The stages of ingest as the per-stage table names them. */
export type Stage =
  | 'parse'
  | 'extract'
  | 'wait for extraction'
  | 'save document'
  | 'corrections overlay'
  | 'near-duplicate lookup'
  | 'candidate search'
  | 'merge'
  | 'event-state update'
  | 'relink moves'
  | 'whole relink'
  | 'SQL writes'
  | 'commit'
  | 'other';

const totals = new Map<Stage, number>();
let current: Stage = 'other';
let since = performance.now();

/** Charges the time since the last switch to the current stage and makes `stage` current; returns the previous one. */
export function enterStage(stage: Stage): Stage {
  const now = performance.now();
  totals.set(current, (totals.get(current) ?? 0) + (now - since));
  since = now;
  const previous = current;
  current = stage;
  return previous;
}

/** Milliseconds charged to each stage since the last reset (the current stage's time so far included). */
export function stageTimes(): Map<Stage, number> {
  enterStage(current);
  return new Map(totals);
}

/** Starts the clock again from zero. */
export function resetStageTimes(): void {
  totals.clear();
  current = 'other';
  since = performance.now();
}
