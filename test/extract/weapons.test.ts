import { describe, expect, it } from 'vitest';
import { claimLines, claimSources, run } from './helpers.js';

describe('which weapons an event is about', () => {
  it('a list after a colon names what is sought', () => {
    const ex = run(
      'North Korea has delivered arms to Russia. In return, Pyongyang is seeking military assistance from Moscow: fighter aircraft, surface-to-air missiles and armored vehicles.',
    );
    expect(claimLines(ex)[1]).toBe(
      'negotiate_transfer RUS>PRK [aircraft,air_defense,armored_vehicle] asserted',
    );
  });

  it('the object stops where a clause of its own begins', () => {
    const ex = run('Kyiv had given assurances that the missiles would be used only within Ukraine.');
    expect(claimLines(ex).filter((l) => l.startsWith('transfer'))).toEqual([]);
  });

  it('a relative clause that lists the contents still names the weapons', () => {
    const ex = run(
      'The Pentagon announced a $1 billion package for Ukraine that will include 155 mm artillery rounds and Stinger missiles.',
    );
    expect(ex.claims.map((c) => c.weapons.map((w) => w.class))).toEqual([
      ['artillery_ammunition', 'air_defense'],
    ]);
  });

  it('what use is aimed against is not its instrument', () => {
    const ex = run('Ukraine will use the F-16 jets mainly against Russian cruise missiles and drones.');
    expect(ex.claims.map((c) => `${c.type} ${c.actor} ${c.weapons.map((w) => w.class)}`)).toEqual([
      'military_use UKR aircraft',
    ]);
  });
});

describe('joined subjects', () => {
  it('"Washington, London and Paris announced sanctions": one claim per capital, an act the outlet tells', () => {
    const ex = run('Washington, London and Paris announced fresh sanctions against Iran.');
    const pairs = ex.claims.map((c, i) => `${c.actor} by ${claimSources(ex)[i]}`).sort();
    expect(pairs).toEqual(['FRA by (Reuters)', 'GBR by (Reuters)', 'USA by (Reuters)']);
  });

  it('sanctions on companies in two states target both', () => {
    const ex = run('The Treasury imposed sanctions on 10 people and six companies in Iran and Russia.');
    expect(claimLines(ex)).toEqual(['sanction USA>IRN [] asserted', 'sanction USA>RUS [] asserted']);
  });

  it('the reason for a sanction names no one sanctioned', () => {
    const ex = run('The US imposed sanctions on Iran over its drone transfers to Russia.');
    expect(claimLines(ex).filter((l) => l.startsWith('sanction'))).toEqual(['sanction USA>IRN [] asserted']);
  });
});

describe('use told by its other side', () => {
  it('"air defences shot down ATACMS" is use by the side that received them, against the interceptor', () => {
    const ex = run(
      "The United States sent ATACMS missiles to Ukraine. Russia's Defense Ministry said its air defenses shot down ATACMS missiles over Crimea.",
    );
    expect(claimLines(ex)[1]).toBe('military_use UKR>RUS [ballistic_missile] asserted');
  });

  it('"drones launched by Russia were intercepted" names the launcher', () => {
    const ex = run('Ukraine said 30 Shahed drones launched by Russia were intercepted overnight.');
    expect(ex.claims.map((c) => `${c.type} ${c.actor}`)).toContain('military_use RUS');
  });

  it('an interception of something that is no weapon is no claim', () => {
    expect(claimLines(run('The ministry in Berlin said it believes the call was intercepted.'))).toEqual([]);
  });

  it('"it has been used" points back at the weapons just reported', () => {
    const ex = run(
      "North Korea provided artillery shells to Russia. We haven't seen indications that it has been used on the battlefield.",
    );
    expect(claimLines(ex)[1]).toBe('military_use RUS>UKR [artillery_ammunition] unconfirmed');
  });
});

describe('where weapons go', () => {
  it('"station weapons on Belarusian territory" names the recipient', () => {
    expect(claimLines(run('Russia will station tactical nuclear weapons on Belarusian territory.'))).toEqual([
      'transfer RUS>BLR [other] planned',
    ]);
  });
});

describe('a definite generic weapon term after an exact one', () => {
  it('"the missiles" after "ballistic missiles" names ballistic missiles', () => {
    const ex = run(
      'Iran sent Fath-360 ballistic missiles to Russia, officials said. Blinken said Moscow had already received the missiles.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer IRN>RUS [ballistic_missile] asserted',
      'transfer IRN>RUS [ballistic_missile] asserted',
    ]);
  });

  it('an indefinite "missiles" stays generic', () => {
    const ex = run('Iran sent ballistic missiles to Russia. North Korea also sent missiles to Russia.');
    expect(claimLines(ex)[1]).toBe('transfer PRK>RUS [missile] asserted');
  });
});

describe('narrowing through adjectives', () => {
  it('"the North Korean missiles" after "ballistic missiles" are ballistic missiles', () => {
    const ex = run(
      'North Korea sent ballistic missiles to Russia. Wood said Russian forces had used the North Korean missiles several times against Ukraine.',
    );
    expect(claimLines(ex)[1]).toBe('military_use RUS>UKR [ballistic_missile] asserted');
  });
});

describe('carriers and aid named generically', () => {
  it('"the containers" after "containers of munitions" carry the munitions', () => {
    const ex = run(
      'North Korea has delivered more than 1,000 containers of munitions to Russia, the White House said. Kirby said the containers were moved by ship from Najin to Dunay.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer PRK>RUS [artillery_ammunition] asserted',
      'transfer PRK>RUS [artillery_ammunition] asserted',
    ]);
  });

  it('"lethal support" is a weapon of no named class', () => {
    const ex = run('China is considering providing lethal support to Russia, Blinken said.');
    expect(claimLines(ex)).toEqual(['transfer CHN>RUS [unspecified] possible']);
  });
});

describe('generic heads as anaphors', () => {
  it('"the launchers", "two more of the systems" point back at the weapons told', () => {
    expect(
      claimLines(
        run(
          'The US sent HIMARS to Ukraine. Reznikov said the Ukrainian army was using the launchers carefully.',
        ),
      ),
    ).toEqual([
      'transfer USA>UKR [rocket_artillery] asserted',
      'military_use UKR>RUS [rocket_artillery] asserted',
    ]);
    expect(
      claimLines(
        run(
          'The US sent HIMARS to Ukraine. Konashenkov said Russian forces had hit two more of the systems.',
        ),
      ),
    ).toContain('military_use RUS>UKR [rocket_artillery] asserted');
  });

  it('a generic head without a determiner names no weapon', () => {
    expect(claimLines(run('Russia said it would use systems of its own against Ukraine.'))).toEqual([]);
    expect(claimLines(run('Germany sent medical equipment to Ukraine.'))).toEqual([]);
  });

  it('"providing Russia with this equipment" is the transfer of the weapons told before', () => {
    expect(
      claimLines(
        run(
          'North Korea has shipped artillery shells to Russia. We condemn the DPRK for providing Russia with this equipment.',
        ),
      ),
    ).toEqual([
      'transfer PRK>RUS [artillery_ammunition] asserted',
      'transfer PRK>RUS [artillery_ammunition] asserted',
    ]);
  });

  it('a participle clause after a comma ends the object: its weapons are not requested', () => {
    expect(
      claimLines(
        run(
          'Kyiv has pressed Berlin for more air defenses, saying the shortage leaves cities exposed to missile and drone attacks.',
        ),
      ),
    ).toEqual(['negotiate_transfer DEU>UKR [air_defense] asserted']);
  });
});
