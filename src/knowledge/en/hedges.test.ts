import { describe, expect, it } from 'vitest';
import { writerCues } from './hedges.js';
import { extractExample } from './pack.fixture.js';

const attributions = (text: string) => extractExample(text).attributions;

describe("the writer's cues", () => {
  it('names each form once', () => {
    const forms = writerCues.flatMap((c) => c.forms);
    expect(new Set(forms).size).toBe(forms.length);
  });

  for (const entry of writerCues) {
    for (const ex of entry.examples) {
      it(`${entry.lemma}: "${ex.text}"${ex.none ? ' (none)' : ''}`, () => {
        const found = attributions(ex.text).find(
          (a) => a.cue === ex.cue && ex.text.slice(a.content.start, a.content.end).includes(ex.content),
        );
        if (ex.none) {
          expect(found).toBeUndefined();
          return;
        }
        expect(found, `no attribution with the cue "${ex.cue}" over "${ex.content}"`).toBeDefined();
        // The writer's voice or an unnamed questioner: no speaker's words in the text.
        expect(found?.source.mention).toBeUndefined();
      });
    }
  }

  it('governs no claim: a claim inside "is expected to" keeps the speaker around it', () => {
    const text = 'Iran is expected to send drones to Russia, Kirby said.';
    const ex = extractExample(text);
    expect(ex.claims.map((c) => c.chain)).toEqual([['John Kirby']]);
  });
});
