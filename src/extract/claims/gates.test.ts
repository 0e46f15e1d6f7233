import { describe, expect, it } from 'vitest';
import { claimSignature } from '../../eval/claim-signature.js';
import { extractExample } from '../../knowledge/en/pack.fixture.js';

const signatures = (text: string) => extractExample(text).claims.map(claimSignature);

describe('a participle that describes a weapon tells no event', () => {
  it('"Turkish armed drones" is no arming', () => {
    expect(signatures('Mali took delivery of armed drones from Turkey.')).toEqual([
      'transfer TUR>MLI [drone] asserted',
    ]);
    expect(signatures('Turkey delivered armed drones to Mali.')).toEqual([
      'transfer TUR>MLI [drone] asserted',
    ]);
    expect(
      signatures('Burkina Faso took delivery of Turkish armed drones.').some((s) =>
        s.startsWith('transfer BFA>'),
      ),
    ).toBe(false);
  });

  it('the verb still arms when it has its own subject and object', () => {
    expect(signatures('Iran armed the Houthis with missiles.')).toEqual([
      'transfer IRN>group:houthis [missile] asserted',
    ]);
  });
});

describe('parts are traded, not fired', () => {
  it('"components used in drones" tells no use', () => {
    const got = signatures('The companies supplied Russia with components used in cruise missiles.');
    expect(got.some((s) => s.startsWith('military_use'))).toBe(false);
    expect(signatures('Russia used Iranian drones against Ukraine.')).toEqual([
      'military_use RUS>UKR [drone] asserted',
    ]);
  });
});
