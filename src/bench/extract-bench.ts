// Throughput and memory of extraction against wink-nlp's tokenizer alone, on the same generated texts.
// Run with `npm run bench` (options: --docs N, --json; or BENCH_DOCS=N). Not part of the test suite.
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { z } from 'zod';
import type { SourceDocument } from '../domain/document.js';
import { extract, loadKnowledge } from '../index.js';
import { flag } from './argv.js';
import { generateCorpus } from './bench-corpus.js';

const Options = z.object({
  docs: z.coerce.number().int().min(1).default(10_000),
  warmup: z.coerce.number().int().min(0).default(200),
  json: z.boolean().default(false),
});
type Options = z.infer<typeof Options>;

function readOptions(argv: readonly string[]): Options {
  const value = (name: string) => flag(argv, name);
  return Options.parse({
    docs: value('--docs') ?? process.env.BENCH_DOCS,
    warmup: value('--warmup') ?? process.env.BENCH_WARMUP,
    json: argv.includes('--json'),
  });
}

interface Phase {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly docsPerSecond: number;
  readonly peakHeapMB: number;
}

function timePhase(
  docs: readonly SourceDocument[],
  warmup: number,
  work: (doc: SourceDocument) => unknown,
): Phase {
  for (const doc of docs.slice(0, warmup)) work(doc);
  globalThis.gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  let sink = 0;
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const [i, doc] of docs.entries()) {
    // Keep results reachable long enough that the work cannot be optimised away.
    sink += work(doc) ? 1 : 0;
    if (i % 250 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time of this process: the ratio stays fair when other work shares the machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (sink < 0) throw new Error('unreachable');
  return { seconds, cpuSeconds, docsPerSecond: docs.length / seconds, peakHeapMB: peakHeap / 2 ** 20 };
}

function sumPhases(phases: readonly Phase[], count: number): Phase {
  const seconds = phases.reduce((sum, p) => sum + p.seconds, 0);
  return {
    seconds,
    cpuSeconds: phases.reduce((sum, p) => sum + p.cpuSeconds, 0),
    docsPerSecond: count / seconds,
    peakHeapMB: Math.max(...phases.map((p) => p.peakHeapMB)),
  };
}

const options = readOptions(process.argv.slice(2));
const docs = generateCorpus(options.docs);
const chars = docs.reduce((sum, d) => sum + d.text.length, 0);
const nlp = winkNLP(model);
const knowledge = loadKnowledge();

// The two phases alternate over ten slices of the corpus, so that both meet the same machine load.
const slices = 10;
const parts: Phase[][] = [[], []];
for (let i = 0; i < slices; i++) {
  const slice = docs.slice(
    Math.floor((i * docs.length) / slices),
    Math.floor(((i + 1) * docs.length) / slices),
  );
  parts[0]?.push(timePhase(slice, i === 0 ? options.warmup : 0, (doc) => nlp.readDoc(doc.text)));
  parts[1]?.push(timePhase(slice, i === 0 ? options.warmup : 0, (doc) => extract(doc, knowledge)));
}
const wink = sumPhases(parts[0] ?? [], docs.length);
const whole = sumPhases(parts[1] ?? [], docs.length);
// Each slice's own ratio: on a shared machine a burst of load inflates one slice, and the minimum and
// median of the slices say more than the total.
const sliceRatios = (parts[1] ?? [])
  .map((p, i) => p.cpuSeconds / (parts[0]?.[i]?.cpuSeconds ?? Number.NaN))
  .filter((r) => Number.isFinite(r))
  .sort((a, b) => a - b);
const claims = docs.slice(0, 500).reduce((sum, d) => sum + extract(d, knowledge).claims.length, 0);
const result = {
  node: process.version,
  documents: docs.length,
  averageChars: Math.round(chars / docs.length),
  wink,
  extract: whole,
  extractOverWink: whole.cpuSeconds / wink.cpuSeconds,
  extractOverWinkWall: whole.seconds / wink.seconds,
  extractOverWinkSlices: {
    min: sliceRatios[0] ?? Number.NaN,
    median: sliceRatios[Math.floor(sliceRatios.length / 2)] ?? Number.NaN,
  },
  claimsPerDocument: claims / Math.min(docs.length, 500),
  maxRssMB: process.resourceUsage().maxRSS / 1024,
  heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
};

// The bench's report is its output, like the CLI's.
const print = (line: string) => process.stdout.write(`${line}\n`);
if (options.json) {
  print(JSON.stringify(result, null, 2));
} else {
  const f = (n: number, digits = 0) => n.toFixed(digits);
  print(`corpus      ${result.documents} documents, ${result.averageChars} characters each on average`);
  print(`wink        ${f(wink.docsPerSecond)} docs/s  (${f(wink.seconds, 2)} s, readDoc only)`);
  print(`extract     ${f(whole.docsPerSecond)} docs/s  (${f(whole.seconds, 2)} s, whole extract)`);
  print(
    `ratio       extract takes ${f(result.extractOverWink, 2)}x the CPU time of wink readDoc (wall clock: ${f(result.extractOverWinkWall, 2)}x)`,
  );
  print(
    `slices      extract / wink CPU time per slice: min ${f(result.extractOverWinkSlices.min, 2)}x, median ${f(result.extractOverWinkSlices.median, 2)}x (${sliceRatios.length} slices)`,
  );
  print(`claims      ${f(result.claimsPerDocument, 1)} per document (first 500)`);
  print(`memory      peak RSS ${f(result.maxRssMB)} MB (maxRSS ${process.resourceUsage().maxRSS} KB)`);
  print(
    `heap        peak ${f(wink.peakHeapMB)} MB during wink, ${f(whole.peakHeapMB)} MB during extract, ${f(result.heapUsedMB)} MB at the end`,
  );
  print(`node        ${result.node}`);
}
