import { describe, expect, it } from 'vitest';
import { claimSignature } from '../../eval/claim-signature.js';
import { extractExample } from '../../knowledge/en/pack.fixture.js';

const signatures = (text: string) => extractExample(text).claims.map(claimSignature).sort();

describe('gapped coordination pairs each party with its own weapons', () => {
  it('weapon before party: "jets from France and submarines from Germany"', () => {
    expect(signatures('Egypt bought Rafale jets from France and submarines from Germany.')).toEqual([
      'transfer DEU>EGY [naval] asserted',
      'transfer FRA>EGY [aircraft] asserted',
    ]);
  });

  it('party before weapon: "to China for drones and to South Korea for air defence"', () => {
    expect(
      signatures('Saudi Arabia turned to China for armed drones and to South Korea for air defence.'),
    ).toEqual([
      'negotiate_transfer CHN>SAU [drone] asserted',
      'negotiate_transfer KOR>SAU [air_defense] asserted',
    ]);
  });

  it('recipients paired: "drones to Russia and missiles to the Houthis"', () => {
    expect(signatures('Iran sent drones to Russia and missiles to the Houthis.')).toEqual([
      'transfer IRN>RUS [drone] asserted',
      'transfer IRN>group:houthis [missile] asserted',
    ]);
  });

  it('a party joined to another shares its weapons: "from Russia and Belarus, as well as ... from Moscow"', () => {
    expect(
      signatures(
        'Serbia received MiG-29 jets from Russia and Belarus, as well as Pantsir systems from Moscow.',
      ),
    ).toEqual(['transfer BLR>SRB [aircraft] asserted', 'transfer RUS>SRB [aircraft,air_defense] asserted']);
  });

  it('no pairs told: every party keeps every weapon', () => {
    expect(
      signatures('China sells drones and missiles to Saudi Arabia and the United Arab Emirates.'),
    ).toEqual(['transfer CHN>ARE [drone,missile] asserted', 'transfer CHN>SAU [drone,missile] asserted']);
    expect(signatures('China and Russia supplied drones and missiles to Iran.')).toEqual([
      'transfer CHN>IRN [drone,missile] asserted',
      'transfer RUS>IRN [drone,missile] asserted',
    ]);
  });
});
