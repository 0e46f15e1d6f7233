// Ingest through the PostgreSQL job queue with one worker process and with two, on varied copies of the
// bundled corpora (as `bench:ingest` writes them): each configuration gets a fresh schema, the same
// documents queued with `ingest --enqueue`, then N `corroborate worker --drain` processes; documents/s is
// timed from the first job taken to the last one done (process start-up aside), and the configurations
// alternate over the rounds so that they meet the same machine. The events of every run are compared.
// Each worker's own account of its time (taking and extracting, writing documents, waiting its turn,
// merging) is printed, with how often the server saw a connection of theirs wait on a lock: the wait
// shows serialisation whatever the machine's load, which the documents/s ratio does not.
// Needs a server: CORROBORATE_PG_URL (see scripts/pg-setup.sh). Run with `npm run bench:queue`
// (options: --docs 600 --rounds 2 --configs 1,2 --batch-size 4 --json; --same-session starts the workers
// in the benchmark's own session, see `run`).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { z } from 'zod';
import { queryOnce } from '../store/postgres/query-once.js';
import { flag } from './argv.js';
import { type CpuAccount, sampleCpu } from './proc-cpu.js';
import { writeVariedCorpus } from './varied-corpus.js';

const cliBin = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));

const Options = z.object({
  docs: z.coerce.number().int().positive().default(600),
  rounds: z.coerce.number().int().positive().default(2),
  configs: z.string().default('1,2'),
  batchSize: z.coerce.number().int().positive().default(4),
  json: z.boolean().default(false),
  sameSession: z.boolean().default(false),
});

/** One worker's own account of its time (`worker --json`), in milliseconds. */
const WorkerTimes = z.object({
  ms: z.object({ taking: z.number(), staging: z.number(), waiting: z.number(), merging: z.number() }),
  extractedAhead: z.number(),
});
type WorkerTimes = z.infer<typeof WorkerTimes>['ms'] & { readonly extractedAhead: number };

interface LockWaits {
  readonly share: number;
  readonly byLock: Readonly<Record<string, number>>;
}

interface RunFigure {
  readonly workers: number;
  readonly documents: number;
  readonly seconds: number;
  readonly documentsPerSecond: number;
  readonly events: string;
  readonly times: readonly WorkerTimes[];
  /** Share of active worker connections sampled (every 20 ms) waiting on a lock in PostgreSQL, in all and by lock. */
  readonly lockWaits: LockWaits;
  readonly load: readonly [number, number];
  /** CPU seconds of the worker processes and of the server's processes from the first job to the last (Linux). */
  readonly cpu: CpuAccount;
}

function collect(child: ChildProcess): Promise<{ code: number | null; out: string }> {
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
}

/**
 * Samples the server every 20 ms while the workers run: how often an active connection of theirs
 * (application_name corroborate-worker) waits on a heavyweight lock (a row, an advisory lock, a
 * relation's extension), which would show writers serialised inside the server rather than by their turn.
 */
function sampleLocks(url: string): { stop: () => Promise<LockWaits> } {
  const client = new pg.Client({ connectionString: url });
  let busy = 0;
  const waits = new Map<string, number>();
  let running = true;
  const done = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ wait: string | null }>(
        `select case when wait_event_type = 'Lock' then wait_event end as wait
         from pg_stat_activity where application_name = 'corroborate-worker' and state = 'active'`,
      );
      busy += rows.length;
      for (const { wait } of rows) if (wait !== null) waits.set(wait, (waits.get(wait) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await done;
      const share = (n: number) => (busy === 0 ? 0 : n / busy);
      const locked = [...waits.values()].reduce((a, b) => a + b, 0);
      return { share: share(locked), byLock: Object.fromEntries([...waits].map(([k, n]) => [k, share(n)])) };
    },
  };
}

/** One run: a fresh schema, the corpus queued, `workers` worker processes until the queue is empty. */
async function run(
  url: string,
  files: readonly string[],
  workers: number,
  batchSize: number,
  separate: boolean,
): Promise<RunFigure> {
  const schema = `queue_bench_${randomBytes(5).toString('hex')}`;
  await queryOnce(url, `create schema ${schema}`);
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  const db = withSchema.toString();
  try {
    const queued = spawnSync(process.execPath, [cliBin, 'ingest', '--enqueue', ...files, '--db', db], {
      encoding: 'utf8',
    });
    if (queued.status !== 0) throw new Error(`ingest --enqueue failed: ${queued.stderr}`);
    const args = [cliBin, 'worker', '--drain', '--db', db, '--batch-size', String(batchSize), '--json'];
    const loadBefore = loadavg()[0] ?? 0;
    const sampler = sampleLocks(url);
    let pids: number[] = [];
    const cpuSampler = sampleCpu(() => pids);
    // Each worker in a session of its own, as workers started apart (terminals, services, machines) are:
    // with the kernel's autogroup scheduling (on by default on desktop and many server kernels) the
    // processes of one session share one session's CPU, so two workers spawned in the benchmark's
    // session would get the CPU of one on a machine that other sessions keep busy.
    const children = Array.from({ length: workers }, () =>
      spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'], detached: separate }),
    );
    pids = children.flatMap((c) => (c.pid === undefined ? [] : [c.pid]));
    const runs = await Promise.all(children.map(collect));
    const cpuSamples = cpuSampler.stop();
    const lockWaits = await sampler.stop();
    const codes = runs.map((r) => r.code);
    if (codes.some((code) => code !== 0)) throw new Error(`a worker failed (exit codes ${codes.join(', ')})`);
    const times = runs.map((r) => {
      const { ms, extractedAhead } = WorkerTimes.parse(JSON.parse(r.out));
      return { ...ms, extractedAhead };
    });
    const [span] = await queryOnce<{ documents: string; seconds: number; from_ms: number; to_ms: number }>(
      url,
      `select count(*) as documents, extract(epoch from max(completed_on) - min(started_on))::float8 as seconds,
              extract(epoch from min(started_on))::float8 * 1000 as from_ms,
              extract(epoch from max(completed_on))::float8 * 1000 as to_ms
       from ${schema}_queue.job where state = 'completed'`,
    );
    // CPU from the first job taken to the last one done: the workers' start-up (loading the model) aside.
    const cpu = cpuSamples.between(span?.from_ms ?? 0, span?.to_ms ?? Date.now());
    // The events by content, ids aside, to check that every configuration merged the same.
    const [events] = await queryOnce<{ digest: string }>(
      url,
      `select md5(string_agg(c, '|' order by c)) as digest from (
         select concat_ws(';', data->>'type', data->>'actor', data->>'target', data->>'status',
                          jsonb_array_length(data->'claims'), data->'origins') as c
         from ${schema}.events) as e`,
    );
    const documents = Number(span?.documents ?? 0);
    const seconds = span?.seconds ?? 0;
    return {
      workers,
      documents,
      seconds: Math.round(seconds * 10) / 10,
      documentsPerSecond: Math.round((documents / seconds) * 10) / 10,
      events: events?.digest ?? '',
      times,
      lockWaits,
      load: [loadBefore, loadavg()[0] ?? 0],
      cpu,
    };
  } finally {
    await queryOnce(
      url,
      `drop schema if exists ${schema} cascade; drop schema if exists ${schema}_queue cascade`,
    );
  }
}

/**
 * The CPU the busy span used per document, workers and server together, how many cores that kept busy on
 * average, and the rate the machine's cores would allow if nothing but that work ran on them.
 */
function describeCpu(f: RunFigure): string {
  const used = f.cpu.workers + f.cpu.server;
  const perDoc = f.documents === 0 ? 0 : (used / f.documents) * 1000;
  const cores = availableParallelism();
  const ceiling = perDoc === 0 ? 0 : (cores * 1000) / perDoc;
  const busy = f.seconds === 0 ? 0 : used / f.seconds;
  return `  CPU from the first job to the last: workers ${f.cpu.workers.toFixed(1)} s, server ${f.cpu.server.toFixed(1)} s, ${perDoc.toFixed(1)} ms per document, ${busy.toFixed(2)} cores busy on average; ${cores} cores allow at most ${ceiling.toFixed(0)} documents/s\n`;
}

function describeWaits(waits: LockWaits): string {
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  const parts = Object.entries(waits.byLock).map(([lock, x]) => `${lock} ${percent(x)}`);
  return `${percent(waits.share)} of active worker connections sampled${parts.length === 0 ? '' : ` (${parts.join(', ')})`}`;
}

/** One worker's line: where its time went, the share it spent idle waiting for its turn, and the jobs it extracted meanwhile. */
function describeTimes(t: WorkerTimes, i: number): string {
  const total = t.taking + t.staging + t.waiting + t.merging;
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const waited = total === 0 ? 0 : (t.waiting / total) * 100;
  return `  worker ${i + 1}: taking and extracting ${s(t.taking)} s, writing documents ${s(t.staging)} s, merging ${s(t.merging)} s, waiting its turn idle ${s(t.waiting)} s (${waited.toFixed(0)}%), ${t.extractedAhead} documents extracted while a batch waited\n`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

async function main(argv: readonly string[]): Promise<void> {
  const url = process.env.CORROBORATE_PG_URL;
  if (url === undefined || url === '') {
    process.stderr.write(
      'bench:queue needs a PostgreSQL server: set CORROBORATE_PG_URL (see scripts/pg-setup.sh)\n',
    );
    process.exitCode = 2;
    return;
  }
  const options = Options.parse({
    docs: flag(argv, '--docs') ?? process.env.BENCH_DOCS,
    rounds: flag(argv, '--rounds'),
    configs: flag(argv, '--configs'),
    batchSize: flag(argv, '--batch-size'),
    json: argv.includes('--json'),
    sameSession: argv.includes('--same-session'),
  });
  const configs = options.configs.split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-queue-bench-'));
  const figures: RunFigure[] = [];
  try {
    const files = writeVariedCorpus(join(dir, 'corpus'), options.docs, 100);
    for (let round = 0; round < options.rounds; round += 1) {
      for (const workers of configs) {
        const figure = await run(url, files, workers, options.batchSize, !options.sameSession);
        if (!options.json) {
          process.stderr.write(
            `round ${round + 1}, ${workers} worker process${workers === 1 ? '' : 'es'}: ${figure.documentsPerSecond} documents/s (${figure.documents} in ${figure.seconds} s, load ${figure.load.map((l) => l.toFixed(1)).join(' -> ')})\n${figure.times.map(describeTimes).join('')}${describeCpu(figure)}  lock waits in the server: ${describeWaits(figure.lockWaits)}\n`,
          );
        }
        figures.push(figure);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const same = new Set(figures.map((f) => f.events)).size === 1;
  const [first, ...others] = configs;
  // Each round's configurations ran back to back: a ratio within a round is the fairest on a loaded machine.
  const ratios = others.map((workers) => {
    const perRound = Array.from({ length: options.rounds }, (_, round) => {
      const of = (w: number) =>
        figures.find((f, i) => f.workers === w && Math.floor(i / configs.length) === round);
      return (of(workers)?.documentsPerSecond ?? 0) / (of(first ?? 1)?.documentsPerSecond ?? 1);
    });
    return { workers, perRound, median: median(perRound) };
  });
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ figures, ratios, sameEvents: same })}\n`);
    return;
  }
  for (const workers of configs) {
    const rate = median(figures.filter((f) => f.workers === workers).map((f) => f.documentsPerSecond));
    process.stdout.write(
      `${workers} worker process${workers === 1 ? '' : 'es'}: ${rate} documents/s (median)\n`,
    );
  }
  for (const r of ratios) {
    const rounds = r.perRound.map((x) => x.toFixed(2)).join(', ');
    process.stdout.write(
      `${r.workers} against ${first}: ${r.median.toFixed(2)}x (median of rounds: ${rounds})\n`,
    );
  }
  process.stdout.write(`events the same in every run: ${same ? 'yes' : 'NO'}\n`);
}

await main(process.argv.slice(2));
