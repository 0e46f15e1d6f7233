import { describe, expect, it } from 'vitest';
import { claimTypes } from '../../src/knowledge/claim-types.js';
import { englishPack } from '../../src/knowledge/en/index.js';
import { claimLines, run } from './helpers.js';

describe('the claim-type table', () => {
  it('gives each trigger its type’s need for weapons unless the entry says otherwise', () => {
    const { triggers, triggerByWord } = englishPack();
    for (const e of triggers) {
      const key = e.pos === 'verb' ? e.lemma : (e.forms?.[0] ?? e.lemma);
      const expected = e.requiresWeapon ?? claimTypes[e.type].triggersNeedWeapons;
      expect(triggerByWord.get(key)?.requiresWeapon, `${e.pos} ${e.lemma}`).toBe(expected);
    }
    expect(triggerByWord.get('supply')?.requiresWeapon).toBe(true);
    expect(triggerByWord.get('deliveries')?.requiresWeapon).toBe(true);
    expect(triggerByWord.get('sanctions')?.requiresWeapon).toBe(false);
    expect(triggerByWord.get('threaten')?.requiresWeapon).toBe(false);
  });

  it('keeps weapons off measures and on arms claims', () => {
    expect(claimTypes.sanction.weapons).toBe(false);
    expect(claimTypes.transfer.weapons).toBe(true);
    expect(claimTypes.transfer.deal && claimTypes.negotiate_transfer.deal).toBe(true);
    expect(claimTypes.military_use.deal).toBe(false);
  });
});

describe('a trigger that requires weapons', () => {
  it('tells a transfer when weapons are named', () => {
    expect(claimLines(run('Iran has supplied drones to Russia.'))).toEqual([
      'transfer IRN>RUS [drone] asserted',
    ]);
  });

  it('tells none when no weapon is named or pointed back at', () => {
    expect(claimLines(run('Iran has supplied Russia for years.'))).toEqual([]);
  });

  it('takes the weapons of the transfer a definite noun points back at', () => {
    const lines = claimLines(
      run('Iran sent drones to Russia in May. The deliveries continued, officials said.'),
    );
    expect(lines).toEqual(['transfer IRN>RUS [drone] asserted', 'transfer IRN>RUS [drone] asserted']);
  });
});
