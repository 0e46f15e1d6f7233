import { describe, expect, it } from 'vitest';
import { claimSignature, meetsSignature, parseSignature, unmetSignatures } from './claim-signature.js';

const claim = {
  type: 'transfer' as const,
  actor: 'IRN',
  target: 'RUS',
  weapons: [{ class: 'drone' as const, system: null, text: 'drones' }],
  status: 'asserted' as const,
};

describe('claim signatures', () => {
  it('writes a claim as one line', () => {
    expect(claimSignature(claim)).toBe('transfer IRN>RUS [drone] asserted');
  });
  it('reads alternatives and wildcards in an expectation', () => {
    expect(meetsSignature(claim, 'transfer IRN|PRK>RUS [drone] asserted')).toBe(true);
    expect(meetsSignature(claim, 'transfer *>RUS [*] asserted')).toBe(true);
    expect(meetsSignature(claim, 'transfer IRN>RUS asserted')).toBe(true);
  });
  it('fails on a wrong role, class or status', () => {
    expect(meetsSignature(claim, 'transfer RUS>IRN [drone] asserted')).toBe(false);
    expect(meetsSignature(claim, 'transfer IRN>RUS [missile] asserted')).toBe(false);
    expect(meetsSignature(claim, 'transfer IRN>RUS [drone] denied')).toBe(false);
    expect(meetsSignature(claim, 'transfer IRN>RUS [] asserted')).toBe(false);
  });
  it('names the expectations no claim meets', () => {
    expect(
      unmetSignatures([claim], ['transfer IRN>RUS [drone] asserted', 'sanction USA>IRN [] asserted']),
    ).toEqual(['sanction USA>IRN [] asserted']);
  });
  it('rejects a line that is no signature', () => {
    expect(() => parseSignature('Iran sent drones')).toThrow(/not a claim signature/);
  });
});
