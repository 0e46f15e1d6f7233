// Ingest of realistic text with event merging, as a user runs it, at growing store sizes: varied
// copies of the bundled corpora (each document one real article's paragraphs, the lead first and the
// rest shuffled, with a paragraph of another article, another outlet and a random date in 2022-2025),
// written as JSON Lines in chunks and ingested chunk after chunk into one SQLite store, so that
// documents/s is measured as the store grows and most documents retell the same few hundred stories.
// Each configuration runs in a child process of its own (its peak RSS is its own), one after the
// other in the same run, so they meet the same machine: `--configs` lists `workers` counts, and
// `base=PATH` runs another build's `ingestInputs` (PATH to its dist/index.js) for a before/after.
// Run with `npm run bench:ingest` (options: --docs 3000 --chunk 500 --configs 0,2 --json; --stories 5
// --days 60 retells five articles over two months, so that events grow to thousands of claims).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { resetStageTimes, type Stage, stageTimes } from '../corroborate/stage-clock.js';
import { parseSummaries } from '../store/index.js';
import { flag } from './argv.js';
import { writeVariedCorpus } from './varied-corpus.js';

const Options = z.object({
  docs: z.coerce.number().int().positive().default(3000),
  chunk: z.coerce.number().int().positive().default(500),
  configs: z.string().default('0,2'),
  /** Retell only this many of the bundled articles (0: all), so that a few stories gather huge events. */
  stories: z.coerce.number().int().min(0).default(0),
  /** Spread the documents' dates over this many days from 2022-01-01. */
  days: z.coerce.number().int().positive().default(1400),
  json: z.boolean().default(false),
});

interface ChunkFigure {
  readonly storedBefore: number;
  readonly documents: number;
  readonly seconds: number;
  readonly documentsPerSecond: number;
  /** CPU milliseconds a document of the main (storing) thread, and of the extraction workers; null without /proc. */
  readonly mainCpuMs: number | null;
  readonly workerCpuMs: number | null;
  /** Wall milliseconds a document on the storing thread, by stage (src/corroborate/stage-clock.ts). */
  readonly stageMs: Partial<Record<Stage, number>>;
  readonly rssMb: number;
  readonly maxRssMb: number;
}

// The CPU milliseconds this thread has run (utime + stime of /proc/thread-self/stat, in 100 Hz ticks),
// or null where there is no /proc: the main thread's share apart from the workers'.
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

interface ConfigFigure {
  readonly config: string;
  readonly chunks: readonly ChunkFigure[];
  readonly maxRssMb: number;
  readonly events: number;
  /** Claims of the largest event at the end. */
  readonly largestEvent: number;
}

type Library = Pick<typeof import('../index.js'), 'ingestInputs' | 'openStore'>;

/** The child: ingests the chunks one by one into a fresh store and prints its figures as JSON. */
async function child(argv: readonly string[]): Promise<void> {
  const config = flag(argv, '--config') ?? '0';
  const files = (flag(argv, '--files') ?? '').split(',');
  const db = flag(argv, '--db') ?? ':memory:';
  const own = await import('../index.js');
  const impl = config.startsWith('base=')
    ? ((await import(pathToFileURL(resolve(config.slice(5))).href)) as Library)
    : own;
  // A base build reads and writes its own store form: its store with its ingest.
  const store = await impl.openStore({ kind: 'sqlite', file: db });
  const chunks: ChunkFigure[] = [];
  let stored = 0;
  try {
    for (const file of files) {
      const started = performance.now();
      const cpuBefore = processCpuMs();
      const mainBefore = threadCpuMs();
      resetStageTimes();
      const deps = config.startsWith('base=') ? { store } : { store, workers: Number(config) };
      const report = await impl.ingestInputs([file], deps);
      const seconds = (performance.now() - started) / 1000;
      const documents = report.stored + report.duplicates;
      const main = mainBefore === null ? null : (threadCpuMs() ?? mainBefore) - mainBefore;
      const perDocument = (ms: number) => round2(ms / Math.max(1, documents));
      const figure: ChunkFigure = {
        storedBefore: stored,
        documents,
        seconds: Math.round(seconds * 10) / 10,
        documentsPerSecond: Math.round((documents / seconds) * 10) / 10,
        mainCpuMs: main === null ? null : perDocument(main),
        workerCpuMs: main === null ? null : perDocument(processCpuMs() - cpuBefore - main),
        stageMs: Object.fromEntries([...stageTimes()].map(([stage, ms]) => [stage, perDocument(ms)])),
        rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      chunks.push(figure);
      // Each chunk as it ends, so that a long run's figures survive its interruption.
      process.stderr.write(`chunk ${JSON.stringify(figure)}\n`);
      stored += report.stored;
    }
    const largest = await store.listEventSummaries(own.EventFilter.parse({ sort: 'claims', limit: 1 }));
    const figure: ConfigFigure = {
      config,
      chunks,
      largestEvent: parseSummaries(largest.events)[0]?.claims ?? 0,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      events: await store.countEvents(),
    };
    process.stdout.write(`${JSON.stringify(figure)}\n`);
  } finally {
    await store.close();
  }
}

function label(config: string): string {
  return config.startsWith('base=') ? 'baseline build' : `${config} worker${config === '1' ? '' : 's'}`;
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--child')) return child(argv);
  const options = Options.parse({
    docs: flag(argv, '--docs') ?? process.env.BENCH_DOCS,
    chunk: flag(argv, '--chunk'),
    configs: flag(argv, '--configs'),
    stories: flag(argv, '--stories'),
    days: flag(argv, '--days'),
    json: argv.includes('--json'),
  });
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-bench-'));
  const figures: ConfigFigure[] = [];
  try {
    const files = writeVariedCorpus(join(dir, 'corpus'), options.docs, options.chunk, options);
    mkdirSync(join(dir, 'stores'));
    for (const [i, config] of options.configs.split(',').entries()) {
      if (!options.json) process.stderr.write(`${label(config)}: ingesting ${options.docs} documents\n`);
      const db = join(dir, 'stores', `store-${i}.db`);
      const self = fileURLToPath(import.meta.url);
      const run = spawnSync(
        process.execPath,
        [...process.execArgv, self, '--child', '--config', config, '--files', files.join(','), '--db', db],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      if (run.status !== 0) throw new Error(`${label(config)} failed (exit ${run.status})`);
      figures.push(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as ConfigFigure);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  const first = figures[0];
  for (const f of figures) {
    const rates = f.chunks.map((c) => `${c.documentsPerSecond}`).join(' / ');
    const total = f.chunks.reduce((s, c) => s + c.seconds, 0);
    const docs = f.chunks.reduce((s, c) => s + c.documents, 0);
    const ratio = first === undefined ? 1 : first.chunks.reduce((s, c) => s + c.seconds, 0) / total;
    const flat = (f.chunks.at(-1)?.documentsPerSecond ?? 0) / (f.chunks[0]?.documentsPerSecond ?? 1);
    const cpu = (c: ChunkFigure | undefined) => `${c?.mainCpuMs ?? '?'} / ${c?.workerCpuMs ?? '?'}`;
    process.stdout.write(
      `${label(f.config)}: ${Math.round((docs / total) * 10) / 10} documents/s overall (${rates} by chunk of ${options.chunk}, last/first ${flat.toFixed(2)}), ` +
        `${ratio.toFixed(2)}x the first configuration, ${f.events} events (largest ${f.largestEvent} claims), peak RSS ${f.maxRssMb} MB; ` +
        `CPU ms a document, storing thread / extraction workers: first chunk ${cpu(f.chunks[0])}, last ${cpu(f.chunks.at(-1))}\n`,
    );
  }
}

await main(process.argv.slice(2));
