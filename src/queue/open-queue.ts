import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { SourceDocument } from '../domain/document.js';

/** The pg-boss queue every `ingest --enqueue` fills and every `worker` empties. */
export const INGEST_QUEUE = 'corroborate-ingest';

/** How long a worker may hold a job before it counts as dead and another takes the job (the default lease). */
export const DEFAULT_LEASE_SECONDS = 15 * 60;

// A job that failed (its worker died, or storing failed for a reason that lasts) is tried this many times more.
const RETRY_LIMIT = 5;

/** What one job carries: the document itself, so that a worker on another machine needs no shared files. */
export const IngestJob = z.object({ document: SourceDocument });
export type IngestJob = z.infer<typeof IngestJob>;

/** A job taken from the queue: its id and its payload, still to be checked. */
export interface TakenJob {
  readonly id: string;
  readonly data: unknown;
}

/** Jobs by state: waiting (new or to retry) and active (held by a worker, maybe a dead one). */
export interface QueueCounts {
  readonly waiting: number;
  readonly active: number;
}

/** The ingest queue on a PostgreSQL server, in a schema of its own beside the store's tables. */
export interface IngestQueue {
  /** Adds a document's job; false when a job for the same text is already queued (or was, and is kept). */
  add(document: SourceDocument, leaseSeconds?: number): Promise<boolean>;
  /** Takes up to `count` waiting jobs, oldest first; each is held for its lease. */
  take(count: number): Promise<TakenJob[]>;
  /** Marks jobs done. */
  complete(ids: readonly string[]): Promise<void>;
  /** Marks jobs failed with a reason; each is tried again until its retries run out. */
  fail(ids: readonly string[], reason: string): Promise<void>;
  /** Gives the jobs of workers past their lease back to the queue (to be retried), now. */
  reclaimExpired(): Promise<void>;
  counts(): Promise<QueueCounts>;
  close(): Promise<void>;
}

/** The job id of a document: a UUID made from its id (a hash of its text), so that the same text is queued once. */
export function jobId(document: SourceDocument): string {
  const hex = createHash('sha256').update(`corroborate-ingest ${document.id}`).digest('hex');
  // Shaped as a version 8 (custom) UUID, which the job table's uuid column takes.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The schema the queue's tables go in: beside the store's schema (the URL's search_path), so that two
 * stores on one server have two queues.
 */
export function queueSchema(storeSchema: string): string {
  return storeSchema === 'public' ? 'corroborate_queue' : `${storeSchema}_queue`;
}

async function storeSchemaOf(url: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ schema: string | null }>('select current_schema() as schema');
    return rows[0]?.schema ?? 'public';
  } finally {
    await client.end();
  }
}

function countOf(rows: readonly { state: string; n: string }[], states: readonly string[]): number {
  return rows.filter((r) => states.includes(r.state)).reduce((sum, r) => sum + Number(r.n), 0);
}

/**
 * Opens the ingest queue on the server a postgres:// URL names, making its tables on first use
 * (pg-boss's own migrations, which two processes starting at once may run safely).
 */
export async function openQueue(url: string): Promise<IngestQueue> {
  const schema = queueSchema(await storeSchemaOf(url));
  // Loaded on demand, so that SQLite users never load pg-boss.
  const { default: Boss } = await import('pg-boss');
  const boss: PgBoss = new Boss({
    connectionString: url,
    schema,
    max: 4,
    // Workers reclaim expired jobs themselves (reclaimExpired); no timers, no cron, no state monitor.
    supervise: false,
    schedule: false,
  });
  // An idle connection that breaks must not crash the process; the next query reports a lasting failure.
  boss.on('error', () => {});
  await boss.start();
  await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: RETRY_LIMIT });
  const db = boss.getDb();
  return {
    async add(document, leaseSeconds = DEFAULT_LEASE_SECONDS) {
      const data: IngestJob = { document };
      const id = await boss.send(INGEST_QUEUE, data, {
        id: jobId(document),
        expireInSeconds: leaseSeconds,
        retryLimit: RETRY_LIMIT,
      });
      return id !== null;
    },
    async take(count) {
      const jobs = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: count });
      return jobs.map((job) => ({ id: job.id, data: job.data }));
    },
    async complete(ids) {
      if (ids.length > 0) await boss.complete(INGEST_QUEUE, [...ids]);
    },
    async fail(ids, reason) {
      // One call per job: the typings take a reason only with a single id.
      for (const id of ids) await boss.fail(INGEST_QUEUE, id, { message: reason });
    },
    async reclaimExpired() {
      await boss.expire();
    },
    async counts() {
      const { rows } = await db.executeSql(
        `select state::text as state, count(*)::text as n from ${schema}.job where name = $1 group by state`,
        [INGEST_QUEUE],
      );
      const typed = rows as { state: string; n: string }[];
      return { waiting: countOf(typed, ['created', 'retry']), active: countOf(typed, ['active']) };
    },
    async close() {
      await boss.stop({ graceful: false, close: true, wait: true });
    },
  };
}
