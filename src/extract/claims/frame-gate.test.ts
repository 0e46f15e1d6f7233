import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.js';
import { findMentions } from '../mentions.js';
import { parse, type Sentence } from '../text.js';
import { frameCanChange } from './frame-gate.js';
import type { ClaimInputs, Draft, Party } from './types.js';

function inputsOf(text: string): { input: ClaimInputs; s: Sentence } {
  const parsed = parse(text);
  const index = findMentions(parsed, loadKnowledge());
  return { input: { parsed, index, attrs: [], published: null }, s: parsed.sentences[0] as Sentence };
}

function draft(actor: Party, target: Party): Draft {
  return {
    type: 'transfer',
    actor,
    target,
    weapons: [],
    status: 'asserted',
    trigger: 1,
    sent: 0,
    quantity: null,
    time: null,
    anaphoric: false,
    echo: false,
    asked: false,
  };
}

describe('frameCanChange', () => {
  it('skips a sentence whose one party already holds a role of every draft', () => {
    const { input, s } = inputsOf('Iran sent drones to the rebels.');
    expect(frameCanChange(input, s, {}, [draft('IRN', null)], false)).toBe(false);
    expect(frameCanChange(input, s, {}, [draft('RUS', 'IRN')], false)).toBe(false);
  });

  it('reads the frame when it could fill an empty draft with the one party', () => {
    const { input, s } = inputsOf('Iran sent drones to the rebels.');
    expect(frameCanChange(input, s, {}, [draft(null, null)], false)).toBe(true);
  });

  it('reads the frame when the sentence names two parties', () => {
    const { input, s } = inputsOf('Sweden and Finland will send howitzers to Ukraine.');
    expect(frameCanChange(input, s, {}, [draft('SWE', 'FIN')], false)).toBe(true);
  });

  it('reads the frame when a transfer may only move things into a place', () => {
    const { input, s } = inputsOf('Iran sent drones into the town.');
    expect(frameCanChange(input, s, {}, [draft('IRN', null)], true)).toBe(true);
    const without = inputsOf('Iran sent drones to the town.');
    expect(frameCanChange(without.input, without.s, {}, [draft('IRN', null)], true)).toBe(false);
  });

  it('reads the frame when two drafts would collapse into one', () => {
    const { input, s } = inputsOf('The shipment arrived.');
    expect(frameCanChange(input, s, {}, [draft(null, null), draft(null, null)], false)).toBe(true);
  });
});
