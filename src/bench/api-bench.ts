// Requests per second and latency of the HTTP API over a store of 100,000 documents, under 16 concurrent
// clients on loopback. Run with `npm run bench:api` (options: --docs N, --seconds S, --clients C, --db FILE,
// --cache S, --profile DIR, --only NAME, --json). The store is built once in .bench/ from synthetic documents and reused while it has enough.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { eventBlock } from '../corroborate/index.js';
import type { Event } from '../domain/event.js';
import { openStore } from '../index.js';
import { flag } from './argv.js';
import { SEARCH_QUERIES, seeded, syntheticDocument, syntheticEvent } from './synthetic-documents.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const Options = z.object({
  docs: z.coerce.number().int().min(1).default(100_000),
  seconds: z.coerce.number().min(0.5).default(5),
  clients: z.coerce.number().int().min(1).default(16),
  db: z.string().default(resolve(root, '.bench/api-bench-100k.db')),
  /** The server's response cache in seconds, as `serve --cache`; 0 measures every request against the store. */
  cache: z.coerce.number().min(0).default(0),
  /** Writes the server's CPU profile (`node --cpu-prof`) into this directory when it stops. */
  profile: z.string().optional(),
  /** Measures only the endpoints whose name starts with this. */
  only: z.string().optional(),
  json: z.boolean().default(false),
});
type Options = z.infer<typeof Options>;

function readOptions(argv: readonly string[]): Options {
  const value = (name: string) => flag(argv, name);
  return Options.parse({
    docs: value('--docs') ?? process.env.BENCH_DOCS,
    seconds: value('--seconds'),
    clients: value('--clients'),
    db: value('--db'),
    cache: value('--cache'),
    profile: value('--profile'),
    only: value('--only'),
    json: argv.includes('--json'),
  });
}

const log = (text: string) => process.stderr.write(text);

/** Fills the store up to `docs` synthetic documents, saved through the Store as ingest saves them. */
async function populate(options: Options): Promise<void> {
  mkdirSync(dirname(options.db), { recursive: true });
  const store = await openStore({ kind: 'sqlite', file: options.db });
  try {
    const have = (await store.summary()).documents;
    if (have >= options.docs) return;
    log(`populating ${options.db}: ${have} -> ${options.docs} documents\n`);
    const rand = seeded(7);
    // The generator is replayed from the start so document i is the same whichever run saves it.
    for (let i = 0; i < have; i += 1) syntheticDocument(i, rand);
    const at = new Date().toISOString();
    // Each document's claim becomes an event of its own, saved through the store in batches: merging
    // 100,000 documents one by one takes longer than a benchmark should, and reading is what is measured.
    let batch: { event: Event; block: string }[] = [];
    let placements: { document: string; claim: string; event: string }[] = [];
    const flush = async () => {
      await store.saveEvents(batch, placements);
      batch = [];
      placements = [];
    };
    for (let i = have; i < options.docs; i += 1) {
      const { document, extraction } = syntheticDocument(i, rand);
      const saved = await store.saveDocument(document, extraction, at);
      if (saved.status === 'stored') {
        const event = syntheticEvent(document, extraction);
        batch.push({ event, block: eventBlock(event) });
        placements.push({ document: document.id, claim: 'c1', event: event.id });
        if (batch.length >= 500) await flush();
      }
      if ((i + 1) % 10_000 === 0) log(`  ${i + 1}\n`);
    }
    await flush();
  } finally {
    await store.close();
  }
}

// Linux's /proc gives a process's CPU time in clock ticks, 100 a second on every common kernel.
const TICK_MS = 10;

/**
 * The CPU time a process has used, in milliseconds, or null where /proc is not there. On a shared machine
 * the server's CPU time per request varies far less than its latency, which follows the other jobs' load.
 */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** A running server: its URL, its CPU time so far and how to stop it. */
interface Server {
  readonly url: string;
  readonly cpu: () => number | null;
  readonly stop: () => Promise<void>;
}

/** Starts `corroborate serve` on a free loopback port in a child process, so the load does not share its thread. */
function startServer(options: Options): Promise<Server> {
  const args = ['serve', '--db', options.db, '--port', '0', '--cache', String(options.cache)];
  const node = options.profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options.profile}`];
  const child = spawn(process.execPath, [...node, resolve(root, 'bin/corroborate.js'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        // Waits for the exit, so that a CPU profile is written before the benchmark ends.
        const stop = () =>
          new Promise<void>((stopped) => {
            child.once('exit', () => stopped());
            child.kill('SIGTERM');
          });
        done({ url, stop, cpu: () => cpuMs(child.pid) });
      }
    });
    child.once('exit', (code) => fail(new Error(`the server exited with ${code}`)));
  });
}

/** Latency and throughput of one endpoint. */
interface Result {
  readonly name: string;
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p95: number;
  readonly errors: number;
  /** The server's CPU time per request in milliseconds (user and system), null where it cannot be read. */
  readonly cpuMs: number | null;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

// Node's own http client with kept-alive sockets: fetch costs the client more CPU than the server spends.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One GET, resolving to whether it answered 200; a failed connection counts as an error, not a crash. */
function request(url: string): Promise<boolean> {
  return new Promise((done) => {
    get(url, { agent }, (response) => {
      response.on('data', () => {});
      response.on('end', () => done(response.statusCode === 200));
      response.on('error', () => done(false));
    }).on('error', () => done(false));
  });
}

/** Runs `clients` loops for `seconds`, each requesting the next path of the list as soon as the last answered. */
async function load(
  name: string,
  server: Server,
  paths: readonly string[],
  options: Options,
): Promise<Result> {
  const base = server.url;
  const run = async (seconds: number, record: boolean) => {
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const end = performance.now() + seconds * 1000;
    const client = async () => {
      while (performance.now() < end) {
        const path = paths[next++ % paths.length] ?? '/';
        const start = performance.now();
        if (!(await request(base + path))) errors += 1;
        if (record) latencies.push(performance.now() - start);
      }
    };
    await Promise.all(Array.from({ length: options.clients }, client));
    return { latencies, errors };
  };
  await run(1, false);
  const started = performance.now();
  const cpuBefore = server.cpu();
  const { latencies, errors } = await run(options.seconds, true);
  const cpuAfter = server.cpu();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors,
    cpuMs:
      cpuBefore === null || cpuAfter === null || latencies.length === 0
        ? null
        : (cpuAfter - cpuBefore) / latencies.length,
  };
}

/**
 * The workbench's pages, each kind an endpoint of its own: what an analyst waits for (issue 17 asks for
 * under 300 ms at 100,000 documents; run with `--clients 1` to read one page's time, not a queue's).
 */
async function measurePages(
  base: string,
  measure: (name: string, paths: readonly string[]) => Promise<void>,
  documents: readonly { id: string }[],
): Promise<void> {
  const { events } = (await (await fetch(`${base}/api/events?limit=20&sort=claims`)).json()) as {
    events: { id: string }[];
  };
  const { entities } = (await (await fetch(`${base}/api/entities?limit=20`)).json()) as {
    entities: { id: string }[];
  };
  const pages: [string, string[]][] = [
    ['page: overview', ['/']],
    ['page: events', ['/events', '/events?actor=Iran&target=Russia', '/events?weapon=drone']],
    ['page: event', events.map((e) => `/events/${encodeURIComponent(e.id)}`)],
    [
      'page: documents',
      ['/documents', '/documents?type=transfer', '/documents?since=2023-01-01&until=2023-03-31'],
    ],
    ['page: document', documents.slice(0, 20).map((d) => `/documents/${d.id}`)],
    ['page: search', SEARCH_QUERIES.map((q) => `/search?q=${encodeURIComponent(q)}`)],
    ['page: entities', ['/entities']],
    ['page: entity', entities.map((e) => `/entities/${encodeURIComponent(e.id)}`)],
    ['page: sources', ['/sources']],
  ];
  for (const [name, paths] of pages) if (paths.length > 0) await measure(name, paths);
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  await populate(options);
  // The machine may be shared: its load when the run starts and ends says how far to trust the latencies.
  const loadAtStart = loadavg()[0] ?? 0;
  const server = await startServer(options);
  try {
    const base = server.url;
    const results: Result[] = [];
    const measure = async (name: string, paths: readonly string[]) => {
      if (options.only === undefined || name.startsWith(options.only)) {
        results.push(await load(name, server, paths, options));
      }
    };
    const eventFilters = [
      '',
      '&type=transfer',
      // Events hold their actor and target as the entity ids the extraction resolved.
      '&actor=IRN',
      '&target=RUS',
      '&weapon=drone',
      '&since=2023-01-01&until=2023-12-31',
      '&sort=claims',
    ];
    const listing = await fetch(`${base}/api/events?limit=200`);
    if (listing.ok) {
      const { events } = (await listing.json()) as { events: { id: string }[] };
      await measure(
        'events list (50 a page, filters)',
        eventFilters.map((f) => `/api/events?limit=50${f}`),
      );
      if (events.length > 0) {
        await measure(
          'one event',
          events.map((e) => `/api/events/${encodeURIComponent(e.id)}`),
        );
      }
    } else {
      log(`events: ${listing.status} ${await listing.text()}\n`);
    }
    await measure(
      'search (20 results)',
      SEARCH_QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
    );
    const middle = Math.floor(options.docs / 2);
    const { documents } = (await (
      await fetch(`${base}/api/documents?limit=200&offset=${middle}`)
    ).json()) as {
      documents: { id: string }[];
    };
    await measure(
      'documents list (50 a page)',
      [0, 50, 1000, middle].map((o) => `/api/documents?limit=50&offset=${o}`),
    );
    await measure(
      'one document',
      documents.map((d) => `/api/documents/${d.id}`),
    );
    await measurePages(base, measure, documents);
    const machine = { start: loadAtStart, end: loadavg()[0] ?? 0 };
    if (options.json) {
      const { docs, clients, seconds } = options;
      process.stdout.write(`${JSON.stringify({ docs, clients, seconds, load: machine, results })}\n`);
      return;
    }
    const lines = [
      `${options.docs} documents, ${options.clients} concurrent clients, ${options.seconds} s per endpoint, response cache ${options.cache} s, Node ${process.version}`,
      `load average (1 min) ${machine.start.toFixed(1)} at the start, ${machine.end.toFixed(1)} at the end`,
      '',
      '| endpoint | requests/s | p50 ms | p95 ms | server CPU ms/request | errors |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...results.map(
        (r) =>
          `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.cpuMs?.toFixed(2) ?? '-'} | ${r.errors} |`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await server.stop();
  }
}

await main();
