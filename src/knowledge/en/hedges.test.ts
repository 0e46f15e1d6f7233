import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { loadKnowledge } from '../index.js';
import { writerCues } from './hedges.js';

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
    const ex = extract(
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
    );
    expect(ex.claims.map((c) => c.chain)).toEqual([['John Kirby']]);
  });
});
