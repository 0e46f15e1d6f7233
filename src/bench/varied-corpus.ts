// Varied copies of the bundled corpora for the ingest benchmarks: each document one real article's
// paragraphs, the lead first and the rest shuffled, with a paragraph of another article, another
// outlet and a random date in 2022-2025, so that most documents retell the same few hundred stories.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../ingest/index.js';
import { shuffled } from './seeded.js';
import { random } from './synthetic-news.js';

const corpusRoot = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** How the documents retell the corpora: only `stories` articles (0: all), dated over `days` days. */
export interface CorpusShape {
  readonly stories: number;
  readonly days: number;
}

/** Writes `docs` varied documents as JSON Lines files of `chunk` documents each; returns the files in order. */
export function writeVariedCorpus(
  dir: string,
  docs: number,
  chunk: number,
  shape: CorpusShape = { stories: 0, days: 1400 },
): string[] {
  const next = random(20261207);
  const all = ['sample', 'scenario'].flatMap((folder) =>
    readdirSync(join(corpusRoot, folder))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((f) => {
        const result = parseText(readFileSync(join(corpusRoot, folder, f), 'utf8'), f);
        return result.ok ? [result.document] : [];
      }),
  );
  const outlets = [...new Set(all.map((a) => a.outlet).filter((o): o is string => o !== null))];
  const articles = shape.stories === 0 ? all : shuffled(all, random(shape.stories)).slice(0, shape.stories);
  const files: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (let start = 0; start < docs; start += chunk) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(docs, start + chunk); i += 1) {
      const base = articles[Math.floor(next() * articles.length)];
      const other = all[Math.floor(next() * all.length)];
      if (base === undefined || other === undefined) continue;
      const [lead = '', ...rest] = base.text.split('\n\n');
      const borrowed = other.text.split('\n\n');
      const extra = borrowed[Math.floor(next() * borrowed.length)] ?? '';
      const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(next() * shape.days) * 86_400_000);
      lines.push(
        JSON.stringify({
          date: day.toISOString().slice(0, 10),
          outlet: outlets[Math.floor(next() * outlets.length)] ?? 'Reuters',
          title: `${base.title ?? 'Report'} (${i})`,
          text: [lead, ...shuffled([...rest, extra], next)].join('\n\n'),
        }),
      );
    }
    const file = join(dir, `chunk-${String(files.length).padStart(4, '0')}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
  }
  return files;
}
