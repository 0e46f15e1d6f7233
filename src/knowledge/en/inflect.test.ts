import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { englishPack } from './index.js';
import { nounForms, verbForms } from './inflect.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

// wink's reading of a word where its tagger calls it a verb or a noun, or null where it calls it
// something else (wink's lexicon tags "smuggled" an adjective wherever it stands).
function winkLemma(sentence: string, at: number, pos: 'VERB' | 'NOUN'): string | null {
  const token = nlp.readDoc(sentence).tokens().itemAt(at);
  return token.out(its.pos) === pos
    ? String(token.out(its.lemma as unknown as typeof its.value)).toLowerCase()
    : null;
}

describe('the language pack reads every form of its verbs and nouns as wink does', () => {
  const pack = englishPack();
  it("every form the pack gives a verb that wink tags as a verb has wink's lemma", () => {
    const disagree: string[] = [];
    let checked = 0;
    for (const e of pack.triggers.filter((t) => t.pos === 'verb')) {
      for (const form of verbForms(e.lemma)) {
        const lemma = winkLemma(`we ${form} it`, 1, 'VERB') ?? winkLemma(`they have ${form} it`, 2, 'VERB');
        if (lemma === null) continue;
        checked++;
        // A doubled spelling wink does not know is left as the word itself ("shiped"); only a
        // different lemma is a disagreement.
        if (lemma !== e.lemma && lemma !== form) disagree.push(`${form}: wink ${lemma}, pack ${e.lemma}`);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(disagree).toEqual([]);
  });
  it("every noun form of a noun trigger has the entry's lemma in wink", () => {
    const disagree: string[] = [];
    for (const e of pack.triggers.filter((t) => t.pos === 'noun')) {
      for (const form of e.forms ?? nounForms(e.lemma)) {
        const lemma = winkLemma(`the ${form} was`, 1, 'NOUN');
        if (lemma !== null && lemma !== e.lemma && lemma !== form)
          disagree.push(`${form}: wink ${lemma}, pack ${e.lemma}`);
      }
    }
    expect(disagree).toEqual([]);
  });
  it('gives regular, doubled and irregular forms', () => {
    expect(verbForms('ship')).toEqual(expect.arrayContaining(['ships', 'shipped', 'shipping']));
    expect(verbForms('channel')).toEqual(expect.arrayContaining(['channelled', 'channeled']));
    expect(verbForms('supply')).toEqual(expect.arrayContaining(['supplies', 'supplied', 'supplying']));
    expect(verbForms('provide')).toEqual(expect.arrayContaining(['provides', 'provided', 'providing']));
    expect(verbForms('send')).toEqual(expect.arrayContaining(['sent', 'sends', 'sending']));
    expect(verbForms('traffic')).toEqual(expect.arrayContaining(['trafficked', 'trafficking']));
    expect(nounForms('delivery')).toEqual(['delivery', 'deliveries']);
  });
  it('maps the forms that the hand-written lemmatiser got wrong', () => {
    const forms = pack.verbLemmaByForm;
    expect(forms.get('smuggled')).toBe('smuggle');
    expect(forms.get('funnelling')).toBe('funnel');
    expect(forms.get('equips')).toBe('equip');
    expect(forms.get('constructor')).toBeUndefined();
  });
});
