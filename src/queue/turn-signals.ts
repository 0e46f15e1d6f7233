import type pg from 'pg';

/** Wakes a worker waiting its turn as soon as another worker finishes a batch (PostgreSQL NOTIFY). */
export interface TurnSignals {
  /** Resolves at the next signal, after `ms` at the latest, or when `signal` aborts. */
  next(ms: number, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

/** The channel a queue's workers signal on: one per queue schema. */
export function turnChannel(queueSchema: string): string {
  return `${queueSchema}_turn`;
}

/**
 * Listens on the queue's channel on a connection of its own. Polling for the turn (5 to 80 ms apart)
 * left the next worker idle for half a poll on average after each batch, a pause paid once per batch
 * by every worker, since merging is one batch at a time; a signal wakes it within a millisecond.
 */
export async function listenForTurns(url: string, channel: string): Promise<TurnSignals> {
  const { default: pgModule } = await import('pg');
  const client: pg.Client = new pgModule.Client({ connectionString: url });
  let waiters: (() => void)[] = [];
  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const resolve of woken) resolve();
  };
  client.on('notification', wake);
  // A broken connection leaves the waits to their timeouts: the turn is still found by looking.
  client.on('error', wake);
  await client.connect();
  await client.query(`listen "${channel.replaceAll('"', '""')}"`);
  return {
    next(ms, signal) {
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
        waiters.push(done);
      });
    },
    async close() {
      wake();
      await client.end().catch(() => {});
    },
  };
}
