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

  it("a view or an aim is its holder's and leaves the event under it as the text tells it", () => {
    const claims = (text: string) => extractExample(text).claims.map((c) => `${c.status} ${c.source ?? '-'}`);
    // Believing asserts nothing: the event is the believers' and only possible.
    expect(claims('Japanese officials believe that Laos sent rifles to Myanmar.')).toEqual(['possible a1']);
    // "consider X a threat" takes X as given; the holder's view is of X, not a report of it.
    expect(claims("Kenyan officials consider Ukraine's sale of rifles to Sudan a threat.")).toEqual([
      'asserted -',
    ]);
    // An aim reported by a speaker stays the speaker's: the planner governs nothing.
    const nested = extractExample('Tokyo said that Hanoi intends to ship rifles to Laos.');
    expect(nested.attributions.map((a) => a.cue)).toEqual(['said', 'intends']);
    expect(nested.claims.map((c) => `${c.status} ${c.source}`)).toEqual(['planned a1']);
  });

  it('a reporting or stance word inside a name cues nothing', () => {
    const cues = attributions('Lawmakers voted to defund Planned Parenthood last year.').map((a) => a.cue);
    expect(cues).not.toContain('Planned');
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
