// Two builds of extraction compared document by document, for changes too small for extract-bench's
// slices to show on a shared machine. Run: `npm run build && node dist/bench/extract-ab.js --base DIR`
// where DIR is another build's dist folder (e.g. a copy of dist made before the change); options
// --docs N (per pass, default 300), --passes N (default 6), --json. Not part of the test suite.
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import { extract, loadKnowledge } from '../index.js';
import { flag } from './argv.js';
import { generateCorpus } from './bench-corpus.js';

const Options = z.object({
  base: z.string().min(1),
  docs: z.coerce.number().int().min(1).default(300),
  passes: z.coerce.number().int().min(1).default(6),
  json: z.boolean().default(false),
});

function readOptions(argv: readonly string[]): z.infer<typeof Options> {
  const value = (name: string) => flag(argv, name);
  return Options.parse({
    base: value('--base'),
    docs: value('--docs'),
    passes: value('--passes'),
    json: argv.includes('--json'),
  });
}

type Extract = (doc: SourceDocument) => Extraction;

/** The other build's extract, with its own knowledge loaded. */
async function baseExtract(dir: string): Promise<Extract> {
  const url = (path: string) => pathToFileURL(`${dir.replace(/\/$/, '')}/${path}`).href;
  const x = (await import(url('extract/index.js'))) as { extract: typeof extract };
  const k = (await import(url('knowledge/index.js'))) as { loadKnowledge: typeof loadKnowledge };
  const kb = k.loadKnowledge();
  return (doc) => x.extract(doc, kb);
}

const cpuNow = (): number => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

const options = readOptions(process.argv.slice(2));
const base = await baseExtract(options.base);
const kb = loadKnowledge();
const current: Extract = (doc) => extract(doc, kb);
// Every pass reads new documents: a cache that a repeated document would hit (chrono-node's) stays honest.
const docs = generateCorpus(options.docs * options.passes + 100);
for (const doc of docs.slice(options.docs * options.passes)) {
  base(doc);
  current(doc);
}
const passes: { base: number; current: number }[] = [];
for (let p = 0; p < options.passes; p++) {
  const sums = { base: 0, current: 0 };
  docs.slice(p * options.docs, (p + 1) * options.docs).forEach((doc, i) => {
    // Each document runs on both builds back to back, the order flipping: load bursts hit both alike.
    const order: (keyof typeof sums)[] = (i + p) % 2 === 0 ? ['base', 'current'] : ['current', 'base'];
    for (const side of order) {
      const t = cpuNow();
      (side === 'base' ? base : current)(doc);
      sums[side] += cpuNow() - t;
    }
  });
  passes.push(sums);
}
const total = passes.reduce((a, p) => ({ base: a.base + p.base, current: a.current + p.current }), {
  base: 0,
  current: 0,
});
const result = {
  documents: options.docs * options.passes,
  baseMsPerDoc: total.base / 1000 / (options.docs * options.passes),
  currentMsPerDoc: total.current / 1000 / (options.docs * options.passes),
  currentOverBase: total.current / total.base,
  perPass: passes.map((p) => p.current / p.base),
};
const print = (line: string) => process.stdout.write(`${line}\n`);
if (options.json) print(JSON.stringify(result, null, 2));
else {
  print(
    `documents   ${result.documents} (${options.passes} passes of ${options.docs}), CPU time per document`,
  );
  print(`base        ${result.baseMsPerDoc.toFixed(2)} ms (${options.base})`);
  print(`current     ${result.currentMsPerDoc.toFixed(2)} ms`);
  print(
    `ratio       current / base ${result.currentOverBase.toFixed(3)} (passes: ${result.perPass.map((r) => r.toFixed(3)).join(' ')})`,
  );
}
