import { describe, expect, it } from 'vitest';
import { claimSignature, unmetSignatures } from '../../eval/claim-signature.js';
import { controlNouns } from './control-nouns.js';
import { extractExample } from './pack.fixture.js';

describe('control nouns: the owner of a noun of deciding or asking does what its to-infinitive says', () => {
  for (const noun of controlNouns) {
    for (const ex of noun.examples) {
      it(`${noun.lemma}: ${ex.text}`, () => {
        const got = extractExample(ex.text).claims;
        expect(unmetSignatures(got, ex.claims), got.map(claimSignature).join('\n')).toEqual([]);
      });
    }
  }
});
