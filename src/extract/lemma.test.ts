import { describe, expect, it } from 'vitest';
import { verbLemma } from './lemma.js';

describe('verbLemma', () => {
  it('maps regular and irregular forms of trigger and cue verbs to their base', () => {
    const pairs: Array<[string, string]> = [
      ['supplied', 'supply'],
      ['shipping', 'ship'],
      ['transferred', 'transfer'],
      ['provided', 'provide'],
      ['used', 'use'],
      ['uses', 'use'],
      ['firing', 'fire'],
      ['launches', 'launch'],
      ['sent', 'send'],
      ['sold', 'sell'],
      ['said', 'say'],
      ['added', 'add'],
      ['denied', 'deny'],
      ['acknowledged', 'acknowledge'],
      ['contributed', 'contribute'],
      ['came', 'come'],
      ['coming', 'come'],
    ];
    for (const [form, base] of pairs) expect(verbLemma(form), form).toBe(base);
  });

  it("leaves words that name an object's built-in properties as they are", () => {
    for (const word of ['constructor', '__proto__']) expect(verbLemma(word)).toBe(word);
  });
});
