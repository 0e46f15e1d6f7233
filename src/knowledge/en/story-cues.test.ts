import { describe, expect, it } from 'vitest';
import { claimSignature, unmetSignatures } from '../../eval/claim-signature.js';
import { extractExample } from './pack.fixture.js';
import { continuationCues } from './story-cues.js';

describe('continuation words: "further shipments" continue the deal told before', () => {
  for (const cue of continuationCues) {
    for (const ex of cue.examples) {
      it(`${cue.word}: ${ex.text}`, () => {
        const got = extractExample(ex.text).claims;
        expect(unmetSignatures(got, ex.claims), got.map(claimSignature).join('\n')).toEqual([]);
      });
    }
  }

  it('without the word, a bare event noun that names nothing of the story takes no parties from it', () => {
    const got = extractExample(
      'Belarus sent ammunition to Russia in May. Analysts expect shipments this year.',
    );
    expect(got.claims.map(claimSignature)).toEqual(['transfer BLR>RUS [artillery_ammunition] asserted']);
  });
});
