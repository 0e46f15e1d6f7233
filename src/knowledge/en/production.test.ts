import { describe, expect, it } from 'vitest';
import { claimSignature, unmetSignatures } from '../../eval/claim-signature.js';
import { extractExample } from './pack.fixture.js';
import { productionVerbs } from './production.js';

describe('production verbs: making for another state or under licence is a transfer', () => {
  for (const verb of productionVerbs) {
    for (const ex of verb.examples) {
      it(`${verb.lemma}: ${ex.text}`, () => {
        const got = extractExample(ex.text).claims;
        expect(unmetSignatures(got, ex.claims), got.map(claimSignature).join('\n')).toEqual([]);
        // An example that expects no claim expects none at all: making for oneself.
        if (ex.claims.length === 0) expect(got.map(claimSignature)).toEqual([]);
      });
    }
  }
});
