import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { SourceDocument } from '../domain/document.js';
import { queryOnce } from '../store/postgres/query-once.js';
import { turnChannel } from './turn-signals.js';

/** The pg-boss queue every `ingest --enqueue` fills and every `worker` empties. */
export const INGEST_QUEUE = 'corroborate-ingest';

/** How long a worker may hold a job before it counts as dead and another takes the job (the default lease). */
export const DEFAULT_LEASE_SECONDS = 15 * 60;

// A job that failed (its worker died, or storing failed for a reason that lasts) is tried this many times more.
const RETRY_LIMIT = 5;

/** What one job carries: the document itself, so that a worker on another machine needs no shared files. */
export const IngestJob = z.object({ document: SourceDocument });
export type IngestJob = z.infer<typeof IngestJob>;

/** A job taken from the queue: its id, its place in the queue's order, and its payload, still to be checked. */
export interface TakenJob {
  readonly id: string;
  /** Sorts as the jobs were queued (the time queued to the microsecond, then the id). */
  readonly key: string;
  readonly data: unknown;
}

/** A job still to do that a worker does not hold: its place in the order, and whether another holds it. */
export interface PendingJob {
  readonly key: string;
  readonly held: boolean;
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
  /** Takes up to `count` waiting jobs, oldest first, in queue order; each is held for its lease. */
  take(count: number): Promise<TakenJob[]>;
  /**
   * The jobs not done (waiting, or held by a worker) other than the given ones that sort before `key`,
   * in queue order, up to `limit`.
   */
  pendingBefore(key: string, ids: readonly string[], limit?: number): Promise<PendingJob[]>;
  /** Starts the lease of held jobs again, so that a worker waiting its turn keeps them. */
  renew(ids: readonly string[]): Promise<void>;
  /** Marks jobs done and signals the workers waiting their turn. */
  complete(ids: readonly string[]): Promise<void>;
  /** Marks jobs failed with a reason (each is tried again until its retries run out) and signals the workers. */
  fail(ids: readonly string[], reason: string): Promise<void>;
  /** Wakes the workers waiting their turn (see listenForTurns). */
  readonly channel: string;
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
  const rows = await queryOnce<{ schema: string | null }>(url, 'select current_schema() as schema');
  return rows[0]?.schema ?? 'public';
}

// A job's place in the queue's order as text that sorts the same way: the time queued in microseconds, then the id.
const KEY = `to_char(created_on at time zone 'UTC', 'YYYYMMDDHH24MISSUS') || id::text`;

function countOf(rows: readonly { state: string; n: string }[], states: readonly string[]): number {
  return rows.filter((r) => states.includes(r.state)).reduce((sum, r) => sum + Number(r.n), 0);
}

/**
 * Opens the ingest queue on the server a postgres:// URL names, making its tables on first use
 * (pg-boss's own migrations, which two processes starting at once may run safely).
 */
export async function openQueue(url: string): Promise<IngestQueue> {
  const schema = queueSchema(await storeSchemaOf(url));
  return queueOn(await startBoss(url, schema), schema);
}

/** Starts pg-boss on the server with its tables in `schema`, and makes the ingest queue. */
async function startBoss(url: string, schema: string): Promise<PgBoss> {
  // Loaded on demand, so that SQLite users never load pg-boss.
  const { default: Boss } = await import('pg-boss');
  const boss: PgBoss = new Boss({
    connectionString: url,
    schema,
    max: 4,
    // No cron and no state monitor; maintenance (expiring leases, archiving done jobs) stays on.
    schedule: false,
  });
  // An idle connection that breaks must not crash the process; the next query reports a lasting failure.
  boss.on('error', () => {});
  await boss.start();
  await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: RETRY_LIMIT });
  return boss;
}

/** The ingest queue over a started pg-boss whose tables are in `schema`. */
function queueOn(boss: PgBoss, schema: string): IngestQueue {
  const db = boss.getDb();
  const channel = turnChannel(schema);
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
      if (jobs.length === 0) return [];
      const { rows } = await db.executeSql(
        `select id::text as id, ${KEY} as key from ${schema}.job where name = $1 and id = any($2::uuid[])`,
        [INGEST_QUEUE, jobs.map((job) => job.id)],
      );
      const keys = new Map((rows as { id: string; key: string }[]).map((r) => [r.id, r.key]));
      return jobs
        .map((job) => ({ id: job.id, key: keys.get(job.id) ?? '', data: job.data }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
    async pendingBefore(key, ids, limit = 100) {
      const { rows } = await db.executeSql(
        `select ${KEY} as key, state = 'active' as held from ${schema}.job
         where name = $1 and state < 'completed' and not (id = any($2::uuid[])) and ${KEY} < $3
         order by created_on, id limit $4`,
        [INGEST_QUEUE, [...ids], key, limit],
      );
      return rows as PendingJob[];
    },
    async renew(ids) {
      // pg-boss 10 has no heartbeat: a lease runs from started_on, which is all this moves.
      if (ids.length === 0) return;
      await db.executeSql(
        `update ${schema}.job set started_on = now() where name = $1 and id = any($2::uuid[]) and state = 'active'`,
        [INGEST_QUEUE, [...ids]],
      );
    },
    channel,
    async complete(ids) {
      if (ids.length === 0) return;
      // pg-boss's own completion (its completeJobs statement) and the signal, in one round trip.
      await db.executeSql(
        `with done as (
           update ${schema}.job set completed_on = now(), state = 'completed', output = null
           where name = $1 and id = any($2::uuid[]) and state = 'active' returning 1)
         select pg_notify($3, count(*)::text) from done`,
        [INGEST_QUEUE, [...ids], channel],
      );
    },
    async fail(ids, reason) {
      // One call per job: the typings take a reason only with a single id.
      for (const id of ids) await boss.fail(INGEST_QUEUE, id, { message: reason });
      await db.executeSql('select pg_notify($1, $2)', [channel, 'failed']);
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
