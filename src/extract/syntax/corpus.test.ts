import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../text.js';
import { analyzeDocument, governs } from './index.js';
import type { SentenceSyntax } from './types.js';

const root = fileURLToPath(new URL('../../../corpus', import.meta.url));

function texts(folder: string): string[] {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

// What every reading must hold, whatever it got right: spans inside the sentence, parents that
// exist and lead to a root, verbs in clauses that exist, roles that are chunks of the sentence.
function problems(s: SentenceSyntax): string[] {
  const out: string[] = [];
  const inside = (a: number, b: number) => a >= s.first && b <= s.last && a <= b;
  for (const c of s.clauses) {
    if (c.first >= 0 && !inside(c.first, c.last)) out.push(`clause ${c.id} span`);
    if (c.parent !== null && s.clauses[c.parent] === undefined) out.push(`clause ${c.id} parent`);
    if (!s.clauses.some((r) => r.parent === null && governs(s, r.id, c.id)))
      out.push(`clause ${c.id} has no root`);
  }
  for (const v of s.verbs) {
    if (s.clauses[v.clause] === undefined) out.push(`verb ${v.id} clause`);
    if (!inside(v.first, v.last) || v.head < v.first || v.head > v.last) out.push(`verb ${v.id} span`);
    for (const c of [v.roles.subject, v.roles.object, v.roles.agent, v.roles.patient]) {
      if (c !== null && !inside(c.first, c.last)) out.push(`verb ${v.id} role outside`);
    }
  }
  for (const c of s.chunks)
    if (!inside(c.first, c.last) || c.head < c.first || c.head > c.last) out.push(`chunk ${c.id}`);
  return out;
}

describe('every sentence of the corpora reads into a well-formed structure', () => {
  it.each(['sample', 'scenario'])('corpus/%s', (folder) => {
    let sentences = 0;
    const bad: string[] = [];
    for (const text of texts(folder)) {
      const parsed = parse(text);
      for (const s of analyzeDocument(parsed)) {
        sentences++;
        for (const p of problems(s))
          bad.push(
            `${p}: ${parsed.text.slice(parsed.sentences[s.sentence]?.start, parsed.sentences[s.sentence]?.end)}`,
          );
      }
    }
    expect(sentences).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });
});
