import { describe, expect, it } from 'vitest';
import { claimSignature, unmetSignatures } from '../../src/eval/claim-signature.js';
import { englishPack } from '../../src/knowledge/en/index.js';
import { run } from './helpers.js';

// Every entry of the language pack carries the sentences that show it; they run here. An example
// with a `gap` is a known failure: `it.fails` turns red the day the extractor learns it, so the gap
// is then taken out of the data.
describe('the language pack: trigger examples', () => {
  for (const entry of englishPack().triggers) {
    for (const ex of entry.examples) {
      const name = `${entry.pos} "${entry.lemma}" (${entry.type}): ${ex.text}`;
      const check = () => {
        const got = run(ex.text).claims;
        expect(unmetSignatures(got, ex.claims), got.map(claimSignature).join('\n')).toEqual([]);
      };
      if (ex.gap) it.fails(`${name} [gap: ${ex.gap}]`, check);
      else it(name, check);
    }
  }
});

describe('the language pack: status cue examples', () => {
  for (const [name, cue] of Object.entries(englishPack().statusCues)) {
    for (const ex of cue.examples) {
      const title = `${name}: ${ex.text}`;
      const check = () => {
        const got = run(ex.text).claims;
        expect(unmetSignatures(got, ex.claims), got.map(claimSignature).join('\n')).toEqual([]);
      };
      if (ex.gap) it.fails(`${title} [gap: ${ex.gap}]`, check);
      else it(title, check);
    }
  }
});

describe('the language pack: light verb examples', () => {
  for (const entry of englishPack().lightVerbs) {
    for (const ex of entry.examples) {
      const name = `${entry.role} "${entry.lemma}": ${ex.text}`;
      const check = () => {
        const got = run(ex.text).claims;
        expect(unmetSignatures(got, ex.claims), got.map(claimSignature).join('\n')).toEqual([]);
      };
      if (ex.gap) it.fails(`${name} [gap: ${ex.gap}]`, check);
      else it(name, check);
    }
  }
});
