import { describe, expect, it } from 'vitest';
import { claimSignature, unmetSignatures } from '../../eval/claim-signature.js';
import { extractExample } from './pack.fixture.js';
import { stateBodies } from './state-bodies.js';

describe('state bodies: "the junta in Niger" stands for Niger', () => {
  for (const body of stateBodies) {
    for (const ex of body.examples) {
      it(`${body.lemma}: ${ex.text}`, () => {
        const got = extractExample(ex.text).claims;
        expect(unmetSignatures(got, ex.claims), got.map(claimSignature).join('\n')).toEqual([]);
      });
    }
  }

  it('a body in a state that is not its own names no party: "Russian troops in Ukraine"', () => {
    const got = extractExample('Iran sent drones to Russian troops in Ukraine.').claims.map(claimSignature);
    expect(got.some((s) => s.includes('>UKR'))).toBe(false);
  });
});
