import { triggers } from '../../src/knowledge/cues.js';
import type { Theme } from './case.js';

/** Irregular forms of trigger lemmas, which no suffix rule reaches. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  buy: ['bought'],
  sell: ['sold'],
  give: ['gave', 'given'],
  get: ['got', 'gotten'],
  bring: ['brought'],
  take: ['took', 'taken'],
  seek: ['sought'],
  strike: ['struck'],
};

/** Whether a word is a form of a trigger: the lemma itself, a regular inflection, or an irregular form. */
function formOf(word: string, key: string): boolean {
  if (word === key || IRREGULAR[key]?.includes(word)) return true;
  const stems = [key, key.replace(/e$/, ''), key.replace(/y$/, 'i'), key + key.at(-1)];
  return stems.some((s) => ['s', 'es', 'ed', 'd', 'ing'].some((end) => word === s + end));
}

/** The trigger words of `src/knowledge/cues.ts` that no sentence of the suite uses in any form. */
export function uncoveredTriggers(themes: readonly Theme[]): string[] {
  const words = new Set<string>();
  for (const t of themes)
    for (const c of t.cases)
      for (const s of [c.base, ...c.paraphrases])
        for (const w of s.toLowerCase().match(/[a-z]+/g) ?? []) words.add(w);
  return Object.keys(triggers).filter((key) => ![...words].some((w) => formOf(w, key)));
}
