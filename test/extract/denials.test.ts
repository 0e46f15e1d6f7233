import { describe, expect, it } from 'vitest';
import { claimLines, claimSources, run } from './helpers.js';

describe('denials and refusals', () => {
  it('"X dismissed the reports" denies the claim reported just before, in X\'s name', () => {
    const ex = run(
      'Reuters reported that Iran shipped Fath-360 missiles to Russia. The Kremlin, for its part, dismissed the reports.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer IRN>RUS [ballistic_missile] asserted',
      'transfer IRN>RUS [ballistic_missile] denied',
    ]);
    expect(claimSources(ex)).toEqual(['Reuters', 'Kremlin']);
  });

  it('"declined to provide" and "has no plans to send" are refusals, so denied', () => {
    expect(claimLines(run('Washington has so far declined to provide ATACMS to Ukraine.'))).toEqual([
      'transfer USA>UKR [ballistic_missile] denied',
    ]);
    expect(claimLines(run('Berlin has no plans to send Taurus missiles to Ukraine.'))).toEqual([
      'transfer DEU>UKR [cruise_missile] denied',
    ]);
  });

  it('a pledge is a plan', () => {
    expect(claimLines(run('The Netherlands pledged F-16 jets to Ukraine.'))).toEqual([
      'transfer NLD>UKR [aircraft] planned',
    ]);
  });

  it('a question asserts nothing', () => {
    expect(claimLines(run('Has North Korea sent artillery shells to Russia?'))).toEqual([]);
  });
});

describe('weapon origins and transcripts', () => {
  it('"US-supplied HIMARS" names the supplier and the clause subject as recipient', () => {
    const lines = claimLines(
      run('Ukraine has used US-supplied HIMARS to destroy Russian ammunition depots.'),
    );
    expect(lines).toContain('transfer USA>UKR [rocket_artillery] asserted');
    expect(lines).toContain('military_use UKR>RUS [rocket_artillery] asserted');
  });

  it("a transcript speaker label makes the paragraph that speaker's", () => {
    const ex = run(
      'MR. KIRBY: North Korea has delivered artillery shells to Russia.\n\nQ: Will Moscow deny it?',
    );
    expect(claimSources(ex)).toEqual(['John Kirby']);
  });

  it('an apposition after the name keeps the person as the source', () => {
    const ex = run(
      'John Kirby, National Security Council coordinator for strategic communications, said Russian forces had fired North Korean missiles at Ukraine.',
    );
    expect(claimSources(ex)).toEqual(['John Kirby']);
    expect(claimLines(ex)).toEqual(['military_use RUS>UKR [missile] asserted']);
  });
});

describe('joined sources', () => {
  it('"Both Moscow and Pyongyang have denied" gives each its own denial', () => {
    const ex = run(
      'North Korea shipped artillery shells to Russia, Seoul said. Both Moscow and Pyongyang have denied any arms transfers.',
    );
    expect(claimSources(ex).slice(1).sort()).toEqual(['Moscow', 'Pyongyang']);
    expect(claimLines(ex).slice(1)).toEqual([
      'transfer PRK>RUS [unspecified] denied',
      'transfer PRK>RUS [unspecified] denied',
    ]);
  });
});

describe('transcripts', () => {
  it('a speaker label holds until the next label', () => {
    const ex = run(
      'MR. KIRBY: Good afternoon.\n\nNorth Korea has delivered artillery shells to Russia.\n\nQ: Is that all?\n\nMR. KIRBY: Iran sent drones to Russia.',
    );
    expect(claimSources(ex)).toEqual(['John Kirby', 'John Kirby']);
  });
});

describe('denials inside the noun phrase', () => {
  it('"the arms transaction ..., which has never happened" is denied', () => {
    const ex = run(
      'North Korea shipped shells to Russia, Seoul said. Pyongyang said its stand on the "arms transaction" between the DPRK and Russia, which has never happened, is unchanged.',
    );
    expect(claimLines(ex)[1]).toMatch(/^transfer PRK>RUS .* denied$/);
  });

  it('negation before scare quotes still governs the noun: \'has never had "arms dealings"\'', () => {
    const ex = run(
      'North Korea shipped shells to Russia, Seoul said. Pyongyang said the DPRK has never had "arms dealings" with Russia.',
    );
    expect(claimLines(ex)[1]).toMatch(/^transfer PRK>RUS .* denied$/);
  });
});

describe('a party that disowns the act', () => {
  it('"Tehran said it opposes arming either side" denies Iran\'s transfers', () => {
    const ex = run(
      'Iran sent drones to Russia, Kyiv says. Tehran has said it opposes arming either side in the conflict.',
    );
    expect(claimLines(ex)[1]).toBe('transfer IRN>RUS [] denied');
  });

  it("opposing another state's transfers is no denial of them", () => {
    const ex = run('Iran sent drones to Russia, Kyiv says. Washington said it opposes Iran arming Russia.');
    expect(
      claimLines(ex)
        .slice(1)
        .every((l) => !l.endsWith('denied')),
    ).toBe(true);
  });
});

describe('two states denying a deal together', () => {
  it('"Both Moscow and Pyongyang have denied any arms dealings" is one denial each, between the two, in the told direction', () => {
    const ex = run(
      'Iran sent drones to Russia. North Korea shipped shells to Russia. Both Moscow and Pyongyang have denied any arms dealings.',
    );
    expect(claimLines(ex).slice(2)).toEqual([
      'transfer PRK>RUS [unspecified] denied',
      'transfer PRK>RUS [unspecified] denied',
    ]);
    expect(claimSources(ex).slice(2).sort()).toEqual(['Moscow', 'Pyongyang']);
  });

  it('"keep saying there is no arms deal" is a denial by each speaker', () => {
    const ex = run(
      'North Korea shipped shells to Russia. Russia sent tanks to North Korea. North Korea sent rockets to Russia. Both Moscow and Pyongyang keep saying there is no arms deal at all.',
    );
    expect(claimLines(ex).slice(3)).toEqual([
      'negotiate_transfer PRK>RUS [unspecified] denied',
      'negotiate_transfer PRK>RUS [unspecified] denied',
    ]);
  });

  it('"has not commented on the strikes" leaves the strikes told before unconfirmed', () => {
    const ex = run(
      "Ukraine struck Russian airfields with ATACMS missiles, Zelensky said. Russia's defence ministry has not commented on the strikes.",
    );
    expect(claimLines(ex)[1]).toBe('military_use UKR>RUS [ballistic_missile] unconfirmed');
  });
});

describe('joint deniers with no transfer told before', () => {
  it('"Moscow and Pyongyang have denied any arms transfers" is a denial by each, between the two', () => {
    const ex = run(
      'Debris of a missile that landed in Kharkiv was studied. Moscow and Pyongyang have denied any arms transfers.',
    );
    expect(ex.claims.map((c) => `${c.type} ${[c.actor, c.target].sort().join('-')} ${c.status}`)).toEqual([
      'transfer PRK-RUS denied',
      'transfer PRK-RUS denied',
    ]);
  });

  it('"in breach of U.N. sanctions" names a regime, not a sanction against the UN', () => {
    const ex = run('They said the procurement of the missile was in breach of U.N. sanctions.');
    expect(ex.claims.filter((c) => c.target?.startsWith('igo:'))).toEqual([]);
  });

  it('a negation after a "not aware" in the same sentence still denies its own event', () => {
    const ex = run(
      "China's foreign ministry said it was not aware of the report and repeated that Beijing had not provided weapons to Russia.",
    );
    expect(claimLines(ex)).toContain('transfer CHN>RUS [unspecified] denied');
  });

  it('"have not seen any confirmation that" leaves the event unconfirmed, not denied', () => {
    expect(claimLines(run('We have not seen confirmation that Iran has sent missiles to Russia.'))).toEqual([
      'transfer IRN>RUS [missile] unconfirmed',
    ]);
  });

  it('"Iran has denied that transfer" denies the transfer told before, even where the tagger reads a verb', () => {
    const ex = run(
      'The United States said Russia had received Iranian ballistic missiles. Iran has denied that transfer.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer IRN>RUS [ballistic_missile] asserted',
      'transfer IRN>RUS [ballistic_missile] denied',
    ]);
  });
});

describe('claims named by their owner, and answers in a later sentence of a quote', () => {
  it('"commented on claims by Blinken that ..." is Blinken\'s assertion; "Such reports do not ..." denies it', () => {
    const ex = run(
      'Peskov commented on claims by US Secretary of State Antony Blinken that Russia had received Iranian ballistic missiles. "We have seen these reports. Such reports do not always correspond to reality," Peskov said.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer IRN>RUS [ballistic_missile] asserted',
      'transfer IRN>RUS [ballistic_missile] denied',
    ]);
    expect(claimSources(ex)).toEqual(['Antony Blinken', 'Dmitry Peskov']);
  });

  it('judging words in another clause of the sentence do not deny the event', () => {
    const ex = run('"Such reports are false," Peskov said, adding that Russia was buying drones from Iran.');
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [drone] asserted']);
    expect(claimSources(ex)).toEqual(['Dmitry Peskov']);
  });
});

describe('"do so" repeats the event before it', () => {
  it('"has never had arms dealings with Russia and has no plan to do so": two denials', () => {
    expect(
      claimLines(
        run('The DPRK has never had arms dealings with Russia and has no plan to do so in the future.'),
      ),
    ).toEqual(['transfer PRK>RUS [unspecified] denied', 'transfer PRK>RUS [unspecified] denied']);
  });

  it('"insists it did so before the invasion and has supplied none since": the "do so" keeps the denial after it', () => {
    expect(
      claimLines(
        run(
          'Tehran acknowledges sending a limited number of drones to Russia but insists it did so before the invasion and has supplied none since.',
        ),
      ),
    ).toEqual([
      'transfer IRN>RUS [drone] asserted',
      'transfer IRN>RUS [drone] asserted',
      'transfer IRN>RUS [drone] denied',
    ]);
  });

  it('"doing so would be a serious problem" names a hypothesis, no claim of its own', () => {
    expect(
      claimLines(
        run(
          'China is considering sending weapons to Russia, and Blinken warned that doing so would be a serious problem.',
        ),
      ),
    ).toEqual(['transfer CHN>RUS [unspecified] possible']);
  });

  it('"but we expect they will be." and "but it may." repeat the event of their sentence, firm as the auxiliary', () => {
    expect(
      claimLines(
        run(
          "We haven't seen indications that North Korean shells have been used by Russia so far, but we fully expect they will be.",
        ),
      ),
    ).toEqual([
      'military_use RUS>UKR [artillery_ammunition] unconfirmed',
      'military_use RUS>UKR [artillery_ammunition] planned',
    ]);
    expect(claimLines(run('Iran has not sent missiles to Russia, but it may.'))).toEqual([
      'transfer IRN>RUS [missile] denied',
      'transfer IRN>RUS [missile] possible',
    ]);
  });

  it('an auxiliary before its verb repeats nothing', () => {
    expect(claimLines(run('Iran may send missiles to Russia, officials said.'))).toEqual([
      'transfer IRN>RUS [missile] possible',
    ]);
  });
});

describe('answers that judge what was reported', () => {
  it('"The part about missiles is completely wrong" denies the report before it', () => {
    const ex = run(
      'Iran sent missiles to Russia, CNN reported. "The part about missiles is completely wrong," Foreign Minister Hossein Amir-Abdollahian said.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer IRN>RUS [missile] asserted',
      'transfer IRN>RUS [missile] denied',
    ]);
  });

  it('"We reject these groundless accusations" in a later sentence of a quote denies the accusation', () => {
    const ex = run(
      'The US accused China of supplying drones to Russia. "Our trade with Russia is normal. We reject these groundless accusations," Lin Jian said.',
    );
    expect(claimLines(ex)).toEqual(['transfer CHN>RUS [drone] asserted', 'transfer CHN>RUS [drone] denied']);
  });

  it('"sent no drones" and "no weapons were sent" deny the transfer they tell', () => {
    expect(claimLines(run('Kanaani said that Iran sent no drones to Russia.'))).toEqual([
      'transfer IRN>RUS [drone] denied',
    ]);
    expect(claimLines(run('Kanaani said no such weapons have been delivered to Russia by Iran.'))).toEqual([
      'transfer IRN>RUS [unspecified] denied',
    ]);
  });

  it('"no doubt that drones were sent" is no denial', () => {
    expect(claimLines(run('There is no doubt that drones were sent to Russia by Iran.'))).toEqual([
      'transfer IRN>RUS [drone] asserted',
    ]);
  });
});
