// Robustness measures of issue 15, as ratios within one run: the worst hostile shape against real news
// per KB, a 5 MB real-news document against a 100 KB one (and its peak memory, in a fresh process), and
// the p95 of GET /api/events while a 4 MB document is posted against idle.
// Run with `npm run bench:robust` (add --json for one JSON line). Not part of the test suite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startServer } from '../api/index.js';
import { extract, ingestInputs, loadKnowledge, openStore, sampleCorpusDir } from '../index.js';
import { parseHtml, parseText } from '../ingest/index.js';
import { corpusNews, HOSTILE_SHAPES, type HostileInput, realNews } from './hostile-inputs.js';
import type { FreshMeasure } from './robust-one.js';

const kb = loadKnowledge();
const news = corpusNews(sampleCorpusDir);

/** Milliseconds per KB of one input through ingest and extraction, the least of `runs`. */
function perKb(input: HostileInput, runs = 1): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result =
      input.format === 'html' ? parseHtml(input.content, 'bench') : parseText(input.content, 'bench');
    if (result.ok) extract(result.document, kb);
    best = Math.min(best, (performance.now() - start) / (input.content.length / 1000));
  }
  return best;
}

/**
 * The 5 MB measure in a fresh process that holds nothing else (no generated input, no other case): it
 * reads the document from a file and extracts it, as `corroborate extract FILE` does.
 */
function inFreshProcess(bytes: number): FreshMeasure {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-robust-'));
  try {
    const file = join(dir, 'news.txt');
    writeFileSync(file, realNews(news, bytes).content);
    const child = fileURLToPath(new URL('./robust-one.js', import.meta.url));
    const run = spawnSync(process.execPath, [child, file], { encoding: 'utf8' });
    const line = run.stdout.trim().split('\n').pop() ?? '{}';
    return JSON.parse(line) as FreshMeasure;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

/** GET /api/events timings, idle and while a 4 MB document is posted to the same server. */
async function serverMeasure(): Promise<{
  idleP95: number;
  busyP95: number;
  busySamples: number;
  postMs: number;
  failed: number;
  /** The main thread's longest stall while the POST ran: the event loop's greatest delay. */
  stallMs: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-robust-'));
  const store = await openStore({ kind: 'sqlite', file: join(dir, 'store.db') });
  try {
    await ingestInputs([sampleCorpusDir], { store, knowledge: kb });
    const server = await startServer(
      { store, knowledge: kb, now: () => new Date(), maxBodyBytes: 8 * 2 ** 20, budgetMs: 120_000 },
      { host: '127.0.0.1', port: 0 },
    );
    let failed = 0;
    const get = async () => {
      const start = performance.now();
      try {
        const r = await fetch(`${server.url}/api/events?limit=50`);
        await r.arrayBuffer();
        if (!r.ok) failed++;
      } catch {
        failed++;
      }
      return performance.now() - start;
    };
    // Idle and busy GETs are paced alike (one every 10 ms or so): a loop without pauses keeps caches and
    // the CPU warm and reads faster than the same GETs made at the busy loop's pace.
    const pace = () => new Promise((resolve) => setTimeout(resolve, 10));
    for (let i = 0; i < 20; i++) await get();
    const idle: number[] = [];
    for (let i = 0; i < 200; i++) {
      idle.push(await get());
      await pace();
    }
    const body = realNews(news, 4 * 2 ** 20).content;
    let done = false;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const postStart = performance.now();
    const posted = fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body,
    }).then(async (r) => {
      // Read and dropped chunk by chunk: the client shares this process, and gathering the whole
      // extraction (tens of MB) into one buffer would stall the server's event loop, not the server.
      for await (const _ of r.body ?? []) {
      }
      done = true;
      return performance.now() - postStart;
    });
    const busy: number[] = [];
    while (!done) {
      busy.push(await get());
      await pace();
    }
    const postMs = await posted;
    delay.disable();
    const stallMs = delay.max / 1e6;
    await server.close();
    return { idleP95: p95(idle), busyP95: p95(busy), busySamples: busy.length, postMs, failed, stallMs };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  if (argv.includes('--server')) {
    console.log(JSON.stringify(await serverMeasure()));
    return;
  }
  const say = (line: string) => {
    if (!json) console.log(line);
  };
  perKb(realNews(news, 100_000));
  const real100k = perKb(realNews(news, 100_000), 3);
  const real300k = perKb(realNews(news, 300_000), 2);
  const real1m = perKb(realNews(news, 1_000_000));
  say(
    `real news        100 KB ${real100k.toFixed(2)} ms/KB, 300 KB ${real300k.toFixed(2)}, 1 MB ${real1m.toFixed(2)}`,
  );
  const shapes300k: Record<string, number> = {};
  for (const [name, shape] of Object.entries(HOSTILE_SHAPES)) {
    shapes300k[name] = perKb(shape(300_000, 1), 2);
    say(
      `${name.padEnd(17)}300 KB ${shapes300k[name]?.toFixed(2)} ms/KB (${((shapes300k[name] ?? 0) / real300k).toFixed(2)}x real news)`,
    );
  }
  const worst = Object.entries(shapes300k).sort((a, b) => b[1] - a[1]);
  const shapes1m: Record<string, number> = {};
  for (const [name] of worst.slice(0, 3)) {
    shapes1m[name] = perKb((HOSTILE_SHAPES[name] as (b: number, s: number) => HostileInput)(1_000_000, 1));
    say(
      `${name.padEnd(17)}1 MB   ${shapes1m[name]?.toFixed(2)} ms/KB (${((shapes1m[name] ?? 0) / real1m).toFixed(2)}x real news)`,
    );
  }
  const five = inFreshProcess(5 * 2 ** 20);
  say(
    `real news 5 MB   ${five.perKb.toFixed(2)} ms/KB (${(five.perKb / real100k).toFixed(2)}x 100 KB), peak RSS ${five.maxRssMB.toFixed(0)} MB (${five.readRssMB.toFixed(0)} MB once read, before extraction)`,
  );
  const server = await serverMeasure();
  say(
    `GET /api/events  p95 idle ${server.idleP95.toFixed(1)} ms, while a 4 MB POST is extracted ${server.busyP95.toFixed(1)} ms (${(server.busyP95 / server.idleP95).toFixed(2)}x, ${server.busySamples} GETs, ${server.failed} failed; the POST took ${(server.postMs / 1000).toFixed(1)} s, the main thread's longest stall ${server.stallMs.toFixed(0)} ms)`,
  );
  if (json) {
    console.log(
      JSON.stringify({
        realPerKb: { '100k': real100k, '300k': real300k, '1m': real1m },
        shapes300k,
        shapes1m,
        worst300kRatio: (worst[0]?.[1] ?? 0) / real300k,
        fiveMB: { ...five, ratioTo100k: five.perKb / real100k },
        server,
      }),
    );
  }
}

await main(process.argv.slice(2));
