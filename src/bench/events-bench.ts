// Throughput and memory of ingest with event merging at growing store sizes: documents per second
// when the store holds 10,000 and 100,000 documents, and peak memory. The stored documents are
// synthetic extractions (src/bench/synthetic-news.ts) filled in bulk; the measured documents go
// through the same path as ingest (save the document, then merge it into the stored events).
// Run with `npm run bench:events` (options: --sizes 10000,100000 --measure 1000 --json).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { corroborationDeps, loadKnowledge, openStore, type Store, updateEvents } from '../index.js';
import { flag } from './argv.js';
import { bulkFill } from './bulk-fill.js';
import { type SyntheticDocument, syntheticNews } from './synthetic-news.js';

const Options = z.object({
  sizes: z
    .string()
    .default('10000,100000')
    .transform((s) => s.split(',').map((n) => Number(n)))
    .pipe(z.array(z.number().int().positive()).min(1)),
  measure: z.coerce.number().int().positive().default(1000),
  json: z.boolean().default(false),
});

function readOptions(argv: readonly string[]): z.infer<typeof Options> {
  const value = (name: string) => flag(argv, name);
  return Options.parse({
    sizes: value('--sizes') ?? process.env.BENCH_SIZES,
    measure: value('--measure') ?? process.env.BENCH_MEASURE,
    json: argv.includes('--json'),
  });
}

async function ingestOne(store: Store, item: SyntheticDocument, deps: Parameters<typeof updateEvents>[2]) {
  const saved = await store.saveDocument(item.document, item.extraction, '2026-01-01T00:00:00.000Z');
  if (saved.status === 'stored') await updateEvents(item.document, item.extraction, deps);
}

interface Measurement {
  readonly storedDocuments: number;
  readonly storedEvents: number;
  readonly measuredDocuments: number;
  readonly seconds: number;
  readonly documentsPerSecond: number;
  readonly rssMb: number;
  /** The highest RSS sampled while ingesting the measured documents. */
  readonly peakRssMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-events-bench-'));
  const file = join(dir, 'bench.sqlite');
  const store = await openStore({ kind: 'sqlite', file });
  const deps = { store, ...corroborationDeps(loadKnowledge()) };
  const sizes = [...options.sizes].sort((a, b) => a - b);
  const total = (sizes.at(-1) ?? 0) + options.measure * sizes.length;
  const news = syntheticNews(total);
  const results: Measurement[] = [];
  let stored = 0;
  let peakRss = 0;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    peakRss = Math.max(peakRss, rss);
    return rss;
  };
  const fillStarted = performance.now();
  try {
    for (const size of sizes) {
      // Fill to the size in bulk (merging in memory), not timed as the measurement.
      const fill = (function* () {
        while (stored < size) {
          const item = news.next();
          if (item.done) return;
          stored += 1;
          yield item.value;
        }
      })();
      await bulkFill(file, fill, deps, (n) => {
        sample();
        if (!options.json) process.stderr.write(`\rfilled ${n} more, ${stored}/${size}`);
      });
      if (!options.json) process.stderr.write('\n');
      const storedEvents = await store.countEvents();
      const started = performance.now();
      let measuredPeak = sample();
      for (let i = 0; i < options.measure; i += 1) {
        const item = news.next();
        if (item.done) break;
        await ingestOne(store, item.value, deps);
        if (i % 50 === 0) measuredPeak = Math.max(measuredPeak, sample());
      }
      const seconds = (performance.now() - started) / 1000;
      measuredPeak = Math.max(measuredPeak, sample());
      results.push({
        storedDocuments: stored,
        storedEvents,
        measuredDocuments: options.measure,
        seconds: Math.round(seconds * 100) / 100,
        documentsPerSecond: Math.round(options.measure / seconds),
        rssMb: mb(process.memoryUsage().rss),
        peakRssMb: mb(measuredPeak),
      });
      stored += options.measure;
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const first = results[0];
  const last = results.at(-1);
  const report = {
    results,
    ratio:
      first && last ? Math.round((last.documentsPerSecond / first.documentsPerSecond) * 100) / 100 : null,
    peakRssMb: mb(peakRss),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    totalSeconds: Math.round((performance.now() - fillStarted) / 1000),
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  for (const r of results) {
    process.stdout.write(
      `${r.storedDocuments} stored documents (${r.storedEvents} events): ${r.documentsPerSecond} documents/s ingesting ${r.measuredDocuments} more with event merging (${r.seconds} s), RSS ${r.rssMb} MB (peak ${r.peakRssMb} MB while ingesting)\n`,
    );
  }
  process.stdout.write(
    `last/first throughput ${report.ratio}; peak RSS ${report.peakRssMb} MB (max RSS ${report.maxRssMb} MB); ${report.totalSeconds} s in all\n`,
  );
}

await main();
