import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { loadKnowledge } from '../index.js';
import { speechNouns, speechVerbEntries, stanceVerbEntries } from './speech.js';

const kb = loadKnowledge();

function attributions(text: string) {
  return extract(
    {
      id: 'doc_0000000000000000',
      text,
      title: null,
      url: null,
      outlet: null,
      published: null,
      warnings: [],
      origin: null,
      format: 'text',
    },
    kb,
  ).attributions;
}

describe('the speech pack', () => {
  const all = [...speechVerbEntries, ...stanceVerbEntries];

  it('names each lemma once and each form once', () => {
    const lemmas = all.map((e) => e.lemma);
    expect(new Set(lemmas).size).toBe(lemmas.length);
    const forms = all.flatMap((e) => e.forms);
    expect(new Set(forms).size).toBe(forms.length);
    expect(new Set(speechNouns).size).toBe(speechNouns.length);
  });

  for (const entry of all) {
    for (const ex of entry.examples) {
      it(`${entry.lemma}: "${ex.text}"`, () => {
        const found = attributions(ex.text).find((a) => a.cue.toLowerCase().includes(ex.cue.toLowerCase()));
        expect(found, `no attribution with the cue "${ex.cue}"`).toBeDefined();
        const named = `${found?.source.name} ${found?.source.mention?.text ?? ''}`.toLowerCase();
        expect(named).toContain(ex.source.toLowerCase());
      });
    }
  }
});
