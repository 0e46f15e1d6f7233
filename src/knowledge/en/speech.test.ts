import { describe, expect, it } from 'vitest';
import { extractExample } from './pack.fixture.js';
import { speechNouns, speechVerbEntries, stanceVerbEntries } from './speech.js';

const attributions = (text: string) => extractExample(text).attributions;

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
