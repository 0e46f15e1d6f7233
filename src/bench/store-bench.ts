// The storing thread alone, as the store grows far past what extraction on this machine reaches in an
// hour: `--distinct` varied documents (src/bench/varied-corpus.ts, a few stories retold) are extracted
// once on the worker pool and kept in a cache file; the store is then filled by replaying them, each
// pass under new document ids (the same text, date and outlet, so each pass retells the same stories
// and their events keep growing), through `storeBatch` in batches of 32 as ingest stores them. Each
// chunk prints the storing thread's CPU a document, its stages' shares and RSS as it ends.
// Run with `npm run build && node dist/bench/store-bench.js --docs 40000 --distinct 3000 --stories 5 --days 120`;
// `--db FILE` keeps the store, and `--from N` goes on replaying into it after its first N documents.
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { corroborationDeps } from '../corroborate/index.js';
import { resetStageTimes, stageTimes } from '../corroborate/stage-clock.js';
import { loadKnowledge } from '../knowledge/index.js';
import { type BatchItem, createExtractPool, extractedInputs, storeBatch } from '../pipeline/index.js';
import { openStore } from '../store/index.js';
import { flag } from './argv.js';
import { writeVariedCorpus } from './varied-corpus.js';

const Options = z.object({
  docs: z.coerce.number().int().positive().default(20000),
  distinct: z.coerce.number().int().positive().default(3000),
  chunk: z.coerce.number().int().positive().default(2000),
  stories: z.coerce.number().int().min(0).default(5),
  days: z.coerce.number().int().positive().default(120),
  /** Where the extractions are kept between runs (default: the temporary folder, by shape). */
  cache: z.string().optional(),
  db: z.string().optional(),
  /** Documents already replayed into `--db` by an earlier run: this run goes on from there. */
  from: z.coerce.number().int().min(0).default(0),
});

// CPU milliseconds of this thread (utime + stime in 100 Hz ticks), apart from the pool's.
function threadCpuMs(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

type Ok = Extract<BatchItem, { ok: true }>;

async function extractOnce(file: string, options: z.infer<typeof Options>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-bench-'));
  try {
    const files = writeVariedCorpus(join(dir, 'corpus'), options.distinct, options.distinct, options);
    const lines: string[] = [];
    for await (const item of extractedInputs(files, {
      knowledge: loadKnowledge(),
      startPool: () => createExtractPool(2),
      ahead: 64,
    })) {
      if (item.ok) lines.push(JSON.stringify(item));
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function readCache(file: string): Promise<Ok[]> {
  const out: Ok[] = [];
  for await (const line of createInterface({ input: createReadStream(file) }))
    if (line.trim() !== '') out.push(JSON.parse(line) as Ok);
  return out;
}

// The i-th document of the replay: pass 0 as extracted, later passes under new ids.
function replayed(base: Ok, pass: number): Ok {
  if (pass === 0) return base;
  const id = `${base.document.id}-r${pass}`;
  return {
    ...base,
    document: { ...base.document, id },
    extraction: { ...base.extraction, document: { ...base.extraction.document, id } },
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const options = Options.parse({
    docs: flag(argv, '--docs'),
    distinct: flag(argv, '--distinct'),
    chunk: flag(argv, '--chunk'),
    stories: flag(argv, '--stories'),
    days: flag(argv, '--days'),
    cache: flag(argv, '--cache'),
    db: flag(argv, '--db'),
    from: flag(argv, '--from'),
  });
  const cache =
    options.cache ??
    join(tmpdir(), `corroborate-store-bench-${options.distinct}-${options.stories}-${options.days}.jsonl`);
  if (!existsSync(cache)) {
    process.stderr.write(`extracting ${options.distinct} documents into ${cache}\n`);
    await extractOnce(cache, options);
  }
  const items = await readCache(cache);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-bench-db-'));
  const store = await openStore({ kind: 'sqlite', file: options.db ?? join(dir, 'store.db') });
  const deps = { store, ...corroborationDeps(loadKnowledge()) };
  try {
    let done = options.from;
    while (done < options.from + options.docs) {
      const cpu = threadCpuMs();
      const started = performance.now();
      resetStageTimes();
      const end = Math.min(options.from + options.docs, done + options.chunk);
      for (let i = done; i < end; i += 32) {
        const batch: Ok[] = [];
        for (let j = i; j < Math.min(end, i + 32); j++) {
          const base = items[j % items.length];
          if (base !== undefined) batch.push(replayed(base, Math.floor(j / items.length)));
        }
        await storeBatch(batch, { ...deps, at: '2026-12-07T00:00:00.000Z' });
      }
      const n = end - done;
      const total = threadCpuMs() - cpu;
      const stages = [...stageTimes()];
      const wall = stages.reduce((s, [, ms]) => s + ms, 0);
      const shares = Object.fromEntries(
        stages
          .filter(([, ms]) => ms / wall >= 0.005)
          .map(([stage, ms]) => [stage, Math.round((ms / wall) * 100)]),
      );
      const figure = {
        storedBefore: done,
        cpuMsPerDoc: Math.round((total / n) * 100) / 100,
        wallMsPerDoc: Math.round(((performance.now() - started) / n) * 100) / 100,
        sharesPercent: shares,
        rssMb: Math.round(process.memoryUsage().rss / 1048576),
        // What of RSS is the JavaScript heap and buffers outside it: the rest is SQLite and the runtime.
        heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1048576),
        externalMb: Math.round(process.memoryUsage().external / 1048576),
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      process.stdout.write(`chunk ${JSON.stringify(figure)}\n`);
      done = end;
    }
    process.stdout.write(`events ${await store.countEvents()}\n`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
