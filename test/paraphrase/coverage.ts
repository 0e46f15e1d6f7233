import { englishPack } from '../../src/knowledge/en/index.js';
import { nounForms, verbForms } from '../../src/knowledge/en/inflect.js';
import type { Theme } from './case.js';

/** The triggers of the language pack that no sentence of the suite uses in any of their forms. */
export function uncoveredTriggers(themes: readonly Theme[]): string[] {
  const words = new Set<string>();
  // A hyphenated word counts whole and by its parts: "re-exported" uses "re-export" and "export".
  for (const t of themes)
    for (const c of t.cases)
      for (const s of [c.base, ...c.paraphrases])
        for (const w of s.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [])
          for (const part of [w, ...w.split('-')]) words.add(part);
  return englishPack()
    .triggers.filter((e) => {
      const forms = e.pos === 'verb' ? verbForms(e.lemma) : (e.forms ?? nounForms(e.lemma));
      return !forms.some((f) => words.has(f));
    })
    .map((e) => `${e.pos} ${e.lemma}`);
}
