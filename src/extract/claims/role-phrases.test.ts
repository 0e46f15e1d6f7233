import { describe, expect, it } from 'vitest';
import { claimSignature } from '../../eval/claim-signature.js';
import { extractExample } from '../../knowledge/en/pack.fixture.js';

const signatures = (text: string) => extractExample(text).claims.map(claimSignature);

describe('the owner of "its" in a reason ("over its purchase", "for its sale")', () => {
  it('is the party blamed, not the subject that blames', () => {
    expect(
      signatures('The United States imposed sanctions on Turkey over its purchase of Russian S-400 systems.'),
    ).toContain('transfer RUS>TUR [air_defense] asserted');
    expect(signatures('Britain criticised Serbia for its sale of ammunition to Ukraine.')).toEqual([
      'transfer SRB>UKR [artillery_ammunition] asserted',
    ]);
  });

  it('is not a party in a by-phrase', () => {
    expect(signatures('Germany was criticised by Russia for its delivery of tanks to Ukraine.')).toEqual([
      'transfer DEU>UKR [armored_vehicle] asserted',
    ]);
  });

  it('outside a reason, the subject still owns the noun', () => {
    expect(
      signatures('Denmark has not confirmed the timing of its transfer of F-16 jets to Ukraine.'),
    ).toEqual(['transfer DNK>UKR [aircraft] unconfirmed']);
  });
});

describe('a passive use whose subject carries a relative clause', () => {
  it('does not take a party of the relative clause as what was hit', () => {
    const got = signatures(
      'The bombs that Washington sold to the kingdom were dropped on a school bus in Yemen.',
    );
    expect(got.some((s) => s.startsWith('military_use') && s.includes('>USA'))).toBe(false);
    expect(signatures('Houthi targets were struck by Israeli jets.')).toEqual([
      'military_use ISR>group:houthis [aircraft] asserted',
    ]);
  });
});

describe('a name in -s with a bare apostrophe', () => {
  it('owns the noun after it', () => {
    expect(signatures("The Philippines' purchase of BrahMos missiles from India was completed.")).toEqual([
      'transfer IND>PHL [cruise_missile] asserted',
    ]);
  });
});
