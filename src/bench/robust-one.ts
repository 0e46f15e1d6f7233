// The fresh process of `bench:robust`'s 5 MB measure: it reads one file and extracts it, as
// `corroborate extract FILE` does, and prints one JSON line. It imports what that command imports (the
// package's entry, not the server or the bench's generators), so its peak RSS is the command's.
import { statSync } from 'node:fs';
import { extract, loadKnowledge } from '../index.js';
import { readInputs } from '../ingest/index.js';

/** What the fresh process reports: per-KB time, and its peak RSS once the file was read and at the end. */
export interface FreshMeasure {
  readonly perKb: number;
  readonly readRssMB: number;
  readonly maxRssMB: number;
}

/** Reads one file as `extract` does and extracts it (no time budget), then reports. */
async function extractOne(file: string): Promise<FreshMeasure> {
  const kb = loadKnowledge();
  const outletForHost = (host: string) => kb.outletForHost(host);
  // The same 5 Mi characters as before the bench read a file: their curly quotes take a few more bytes
  // than the 5 MB limit, which `extract --max-bytes` would lift.
  for await (const result of readInputs([file], { outletForHost, maxBytes: 2 * statSync(file).size })) {
    if (!result.ok) throw new Error(result.rejection.reason);
    // The peak once the file is read, decoded and cleaned: what the input costs before extraction.
    const readRssMB = process.resourceUsage().maxRSS / 1024;
    const start = performance.now();
    extract(result.document, kb);
    const perKb = (performance.now() - start) / (result.document.text.length / 1000);
    return { perKb, readRssMB, maxRssMB: process.resourceUsage().maxRSS / 1024 };
  }
  throw new Error(`nothing read from ${file}`);
}

const file = process.argv[2];
if (file !== undefined) console.log(JSON.stringify(await extractOne(file)));
