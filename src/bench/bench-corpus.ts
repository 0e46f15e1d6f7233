// The extraction benches' generated documents, shared by extract-bench and extract-ab.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../domain/document.js';
import { sampleCorpusDir } from '../index.js';
import { parseText } from '../ingest/index.js';
import { seeded as random, shuffled } from './seeded.js';

/**
 * Builds `count` documents from the sample corpus: each takes one sample's paragraphs (the lead kept
 * first, the rest shuffled), another sample's outlet and a random date, so no two texts are alike.
 */
export function generateCorpus(count: number): SourceDocument[] {
  const next = random(20240222);
  const samples = readdirSync(sampleCorpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const result = parseText(readFileSync(join(sampleCorpusDir, f), 'utf8'), f);
      return result.ok ? [result.document] : [];
    });
  if (samples.length === 0) throw new Error(`no readable .txt documents in ${sampleCorpusDir}`);
  const outlets = [...new Set(samples.map((s) => s.outlet).filter((o): o is string => o !== null))];
  const docs: SourceDocument[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = samples[i % samples.length] as SourceDocument;
    const [lead = '', ...rest] = base.text.split('\n\n');
    const outlet = outlets[Math.floor(next() * outlets.length)] ?? 'Reuters';
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(next() * 1400) * 86_400_000);
    const content = [
      `date ${day.toISOString().slice(0, 10)}`,
      `outlet ${outlet}`,
      '',
      [lead, ...shuffled(rest, next)].join('\n\n'),
    ].join('\n');
    const result = parseText(content, `bench#${i}`);
    if (result.ok) docs.push(result.document);
  }
  return docs;
}
