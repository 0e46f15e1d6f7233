import { describe, expect, it } from 'vitest';
import { claimLines, claimSources, run } from './helpers.js';

describe('status cues', () => {
  it('a plain past-tense report is asserted', () => {
    expect(claimLines(run('Iran delivered drones to Russia last year.'))).toEqual([
      'transfer IRN>RUS [drone] asserted',
    ]);
  });

  it('"did not supply" is a denial of the supply', () => {
    expect(claimLines(run('Iran did not supply ballistic missiles to Russia.'))).toEqual([
      'transfer IRN>RUS [ballistic_missile] denied',
    ]);
  });

  it('"has never sent" is a denial', () => {
    expect(claimLines(run('North Korea has never sent artillery shells to Russia.'))).toEqual([
      'transfer PRK>RUS [artillery_ammunition] denied',
    ]);
  });

  it('a source that denies makes the reported transfer denied', () => {
    expect(claimLines(run('Tehran denied sending drones to Moscow.'))).toEqual([
      'transfer IRN>RUS [drone] denied',
    ]);
  });

  it('"no confirmation that" makes the event unconfirmed, not denied', () => {
    expect(
      claimLines(
        run('The Pentagon said it had seen no confirmation that missiles were moved from Iran to Russia.'),
      ),
    ).toEqual(['transfer IRN>RUS [missile] unconfirmed']);
  });

  it('"may" hedges the event to possible', () => {
    expect(claimLines(run('Iran may send Fath-360 missiles to Russia.'))).toEqual([
      'transfer IRN>RUS [ballistic_missile] possible',
    ]);
  });

  it('"will" and "is preparing" make a plan', () => {
    expect(claimLines(run('Germany will deliver IRIS-T systems to Ukraine.'))).toEqual([
      'transfer DEU>UKR [air_defense] planned',
    ]);
    expect(claimLines(run('The United States is preparing sanctions against Iran.'))).toEqual([
      'sanction USA>IRN [] planned',
    ]);
  });

  it('an "if" clause makes both its event and the consequence conditional', () => {
    expect(
      claimLines(
        run(
          'If Iran transfers ballistic missiles to Russia, the United States will impose sanctions against Iran.',
        ),
      ),
    ).toEqual(['transfer IRN>RUS [ballistic_missile] conditional', 'sanction USA>IRN [] conditional']);
  });

  it('a condition carries into the next sentences that open as its consequence', () => {
    const text =
      '"If Iran sends ballistic missiles to Russia, the response will be swift and severe. For our part, we will impose additional sanctions against Iran," the US official said.';
    const lines = claimLines(run(text));
    expect(lines).toContain('sanction USA>IRN [] conditional');
  });

  it('negation is scoped to its own verb: "not seen" does not deny the moving', () => {
    const lines = claimLines(
      run(
        'We have not seen any confirmation that Iran delivered missiles to Russia, but Iran supplied drones to Russia.',
      ),
    );
    expect(lines).toContain('transfer IRN>RUS [missile] unconfirmed');
    expect(lines).toContain('transfer IRN>RUS [drone] asserted');
  });
});

describe('more status cues', () => {
  it('"is expecting to receive" and "is about to send" are plans', () => {
    expect(claimLines(run('Russia is expecting to receive hundreds of Iranian ballistic missiles.'))).toEqual(
      ['transfer IRN>RUS [ballistic_missile] planned'],
    );
    expect(claimLines(run('Belarus is about to send artillery shells to Russia.'))).toEqual([
      'transfer BLR>RUS [artillery_ammunition] planned',
    ]);
  });

  it('"we don\'t have any information that" leaves the event unconfirmed', () => {
    const ex = run(
      "The Pentagon said it doesn't have any information that North Korea has shipped missiles to Russia.",
    );
    expect(claimLines(ex)).toEqual(['transfer PRK>RUS [missile] unconfirmed']);
  });

  it('"is not our policy" disowns the act in the actor\'s own voice', () => {
    const ex = run(
      'Kyiv says Iran sent drones to Russia. Iranian Foreign Minister Abbas Araghchi said that sending drones to Russia is not our policy.',
    );
    expect(claimLines(ex)[1]).toBe('transfer IRN>RUS [drone] denied');
  });

  it('weapons moved "into" a state go to it', () => {
    expect(claimLines(run('Moscow has begun moving tactical nuclear warheads into Belarus.'))).toEqual([
      'transfer RUS>BLR [other] asserted',
    ]);
  });
});

describe('promises, decisions and judged statements', () => {
  it('"has promised Ukraine four IRIS-T systems" is a planned transfer with its count', () => {
    const ex = run('Germany has promised Ukraine four IRIS-T SLM systems in total.');
    expect(claimLines(ex)).toEqual(['transfer DEU>UKR [air_defense] planned']);
    expect(ex.claims[0]?.quantity).toMatchObject({ min: 4, max: 4 });
  });

  it('"promised to respond" promises no weapons', () => {
    expect(claimLines(run('Kyiv promised to respond.'))).toEqual([]);
  });

  it('"has decided to give" is a plan', () => {
    expect(claimLines(run('The Biden administration has decided to give Ukraine ATACMS missiles.'))).toEqual([
      'transfer USA>UKR [ballistic_missile] planned',
    ]);
  });

  it('"regards US statements about deliveries as unsubstantiated" denies them', () => {
    const ex = run(
      'The Kremlin regards US statements about deliveries of North Korean munitions to Russia as unsubstantiated.',
    );
    expect(claimLines(ex)).toEqual(['transfer PRK>RUS [artillery_ammunition] denied']);
  });

  it('"have both rejected claims of an arms deal": each rejects', () => {
    const ex = run(
      'North Korea shipped munitions to Russia, Kirby said. North Korea and Russia have both rejected claims of an arms deal.',
    );
    expect(claimLines(ex).slice(1)).toEqual([
      'negotiate_transfer PRK>RUS [unspecified] denied',
      'negotiate_transfer PRK>RUS [unspecified] denied',
    ]);
  });
});

describe('unconfirmed: evidence not yet seen, signs absent, uncertainty', () => {
  it('"had not yet seen evidence of the deliveries" is unconfirmed', () => {
    const ex = run(
      'A U.S. official said Washington had not yet seen evidence of the deliveries of Iranian missiles to Russia.',
    );
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [missile] unconfirmed']);
  });

  it('"it was unclear whether Iran had delivered" is unconfirmed', () => {
    const ex = run(
      'Sullivan said it was unclear whether Iran had already delivered any of the drones to Russia.',
    );
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [drone] unconfirmed']);
  });

  it('"no sign yet that China had decided to arm Russia" is unconfirmed, and arming a party is a transfer', () => {
    const ex = run('Kirby said there was no sign yet that China had decided to arm Russia.');
    expect(claimLines(ex)).toEqual(['transfer CHN>RUS [] unconfirmed']);
  });
});

describe('leanings and capabilities', () => {
  it('"was leaning toward supplying" is possible', () => {
    const ex = run(
      'The Wall Street Journal reported that the administration was leaning toward supplying ATACMS missiles to Ukraine.',
    );
    expect(claimLines(ex)).toEqual(['transfer USA>UKR [ballistic_missile] possible']);
  });

  it('what a weapon can do is no use: "which can hit targets", "capable of striking"', () => {
    const ex = run(
      'Iran sent Fath-360 missiles, which can hit targets 120 km away, to Russia. The drones are capable of striking targets deep inside Ukraine.',
    );
    expect(ex.claims.map((c) => c.type)).toEqual(['transfer']);
  });

  it('a state that could use the missiles is a possible use', () => {
    const ex = run('Russia could use the missiles against Ukraine, officials said.');
    expect(claimLines(ex)).toEqual(['military_use RUS>UKR [missile] possible']);
  });
});

describe("a noun's own predicate", () => {
  it('"The shipment is expected to include" is planned, "the shipment may include" possible', () => {
    const ex = run(
      'Iran agreed to supply missiles to Russia. The shipment is expected to include Fateh-110 missiles. The shipment may include drones.',
    );
    expect(ex.claims.map((c) => c.status)).toEqual(['planned', 'planned', 'possible']);
  });

  it('"a package that, according to the ministry, will include" is a planned batch of the transfer told before', () => {
    const ex = run(
      'Germany delivered IRIS-T systems to Ukraine. Berlin announced a further package that, according to the German defence ministry, will include four more IRIS-T units.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer DEU>UKR [air_defense] asserted',
      'transfer DEU>UKR [air_defense] planned',
    ]);
    expect(claimSources(ex)[1]).toBe('German defence ministry');
  });

  it('a package whose aid the sentence already told is not told twice', () => {
    const ex = run(
      'The US sent ATACMS to Ukraine. After Biden signed the aid bill, the Pentagon announced a package that will include Stinger missiles.',
    );
    expect(claimLines(ex).filter((l) => l.includes('[air_defense]'))).toHaveLength(1);
  });

  it('a signed contract for weapons is an asserted negotiation', () => {
    const ex = run(
      'Russia is expecting to receive Iranian missiles. Russian defence officials signed a contract for Iranian Fath-360 missiles in Tehran, the sources said.',
    );
    expect(claimLines(ex)[1]).toBe('negotiate_transfer IRN>RUS [ballistic_missile] asserted');
  });
});

describe('more batches and bare amounts', () => {
  it('"three more units are to follow next year" is a planned batch of the transfer just told', () => {
    const ex = run(
      'North Korea sent shells to Russia. Germany delivered an IRIS-T system to Ukraine. Three more units are to follow next year, according to the Defense Ministry.',
    );
    expect(claimLines(ex)[2]).toBe('transfer DEU>UKR [air_defense] planned');
  });

  it('"more shipments would follow" is planned; "as follows from" is no transfer', () => {
    const ex = run(
      'North Korea sent artillery shells to Russia last month and more shipments would follow in the coming weeks. As follows from the report, it was by rail.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer PRK>RUS [artillery_ammunition] asserted',
      'transfer PRK>RUS [artillery_ammunition] planned',
    ]);
  });

  it('"We will send more" and "has supplied none since" stand for the weapons told before', () => {
    const ex = run(
      '"We did provide ATACMS to Ukraine," Patel said. "We will send more," he said. Tehran acknowledges sending a limited number of drones to Russia but insists it did so before the invasion and has supplied none since.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer USA>UKR [ballistic_missile] asserted',
      'transfer USA>UKR [ballistic_missile] planned',
      'transfer IRN>RUS [drone] asserted',
      'transfer IRN>RUS [drone] asserted',
      'transfer IRN>RUS [drone] denied',
    ]);
  });
});

describe('refusals to tell, readiness and reluctance', () => {
  it('"declined to say how many missiles had been sent" presupposes the sending; "whether" leaves it unconfirmed', () => {
    const ex = run(
      'The United States sent ATACMS to Ukraine. Officials declined to say how many missiles had been sent to Ukraine.',
    );
    expect(claimLines(ex)[1]).toBe('transfer USA>UKR [missile] asserted');
    const whether = run(
      'The United States sent ATACMS to Ukraine. Officials declined to say whether more missiles had been sent to Ukraine.',
    );
    expect(claimLines(whether)[1]).toBe('transfer USA>UKR [missile] unconfirmed');
  });

  it('"declined to send" is still a refusal to act', () => {
    const ex = run('Germany declined to send Taurus missiles to Ukraine.');
    expect(claimLines(ex)).toEqual(['transfer DEU>UKR [cruise_missile] denied']);
  });

  it('"would not hesitate to use the weapons if ..." is conditional', () => {
    const ex = run('Lukashenko said he would not hesitate to use the weapons if Belarus faced aggression.');
    expect(ex.claims.map((c) => `${c.type} ${c.actor} ${c.status}`)).toEqual([
      'military_use BLR conditional',
    ]);
  });

  it('"Russia would be forced to use" has Russia as its subject', () => {
    const ex = run(
      'Shoigu said that if the United States supplied cluster munitions to Ukraine, Russia would be forced to use similar munitions against Ukraine.',
    );
    expect(ex.claims.map((c) => `${c.type} ${c.actor}>${c.target} ${c.status}`)).toContain(
      'military_use RUS>UKR conditional',
    );
  });
});

describe('saying nothing on the point', () => {
  it('"did not say whether drones were being sent" is unconfirmed', () => {
    const ex = run(
      'Kanaani said cooperation with Russia predated the war but did not say whether Iran was sending drones to Russia.',
    );
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [drone] unconfirmed']);
  });
});

describe('the reported transfer', () => {
  it('"could not confirm the reported transfer" leaves the transfer told before unconfirmed', () => {
    const ex = run(
      'Iran has delivered missiles to Russia, sources said. The State Department said it could not confirm the reported transfer.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer IRN>RUS [missile] asserted',
      'transfer IRN>RUS [missile] unconfirmed',
    ]);
  });

  it('an inverted "should Iran ..." after a closing quote is a condition, and "such transfers" names the weapons told', () => {
    const ex = run(
      'Iran will send ballistic missiles to Russia, sources said. A spokesperson said Washington was "prepared to deliver a swift and severe response" should Iran move ahead with such transfers.',
    );
    expect(claimLines(ex).slice(1)).toEqual([
      'threaten USA>IRN [] conditional',
      'transfer IRN>RUS [ballistic_missile] conditional',
    ]);
  });
});

describe('the scope of a condition', () => {
  it('an "if" clause at the end of a later clause leaves the clause before it unconditioned', () => {
    expect(
      claimLines(
        run(
          'Kirby said arms negotiations between Moscow and Pyongyang were advancing, and American officials warned that the DPRK will pay a price if it supplies weapons to Russia.',
        ),
      ),
    ).toEqual([
      'negotiate_transfer RUS>PRK [unspecified] asserted',
      'threaten USA>PRK [] conditional',
      'transfer PRK>RUS [unspecified] conditional',
    ]);
  });

  it('an "if" clause that opens the sentence governs all of it', () => {
    const lines = claimLines(
      run(
        'If Iran does go ahead, the response will be swift and severe, and the U.S. would impose new sanctions on Tehran, Kirby said.',
      ),
    );
    expect(lines.filter((l) => l.startsWith('sanction'))).toEqual(['sanction USA>IRN [] conditional']);
  });
});

describe('conditions inside reported words', () => {
  it('"said that if the US supplied ..., Russian forces would be \'forced to use\' ...": the consequence keeps its subject', () => {
    expect(
      claimLines(
        run(
          'Sergei Shoigu said that if the United States supplied cluster munitions to Kyiv, Russian forces would be "forced to use similar munitions" in response.',
        ),
      ).at(-1),
    ).toBe('military_use RUS>UKR [artillery_ammunition] conditional');
  });

  it('"reserved the right to act should such weapons be used" is a condition; "Iran should stop" is not', () => {
    expect(
      claimLines(
        run('Putin reserved the right to take reciprocal action should such weapons be used against Russia.'),
      ),
    ).toEqual(['military_use null>RUS [unspecified] conditional']);
    expect(claimLines(run('Blinken said Iran should stop sending drones to Russia.'))).not.toContain(
      'transfer IRN>RUS [drone] conditional',
    );
  });
});

describe('halted shipments', () => {
  it('a paused shipment is no delivery: denied, and marked halted', () => {
    const ex = run('The United States paused a shipment of 2,000-pound bombs to Israel.');
    const transfer = ex.claims.find((c) => c.type === 'transfer');
    expect(transfer?.status).toBe('denied');
    expect(transfer?.halted).toBe(true);
  });
  it('a speaker who denies a shipment does not mark it halted', () => {
    const ex = run('Tehran denied that it had shipped missiles to Russia.');
    expect(ex.claims.find((c) => c.type === 'transfer')?.halted).toBeUndefined();
  });
  it('"held talks" is no halt', () => {
    expect(claimLines(run('Egypt held talks with China on buying J-10C fighters.'))).toEqual([
      'negotiate_transfer CHN>EGY [aircraft] asserted',
    ]);
  });
});

describe('a cue governs its own clause, never a sibling', () => {
  it('a condition on the first main clause does not reach a main clause joined to it that tells a past act', () => {
    const ex = run(
      'If Iran sends missiles, Russia will use them against Ukraine, and the US has already sent ATACMS to Ukraine.',
    );
    expect(claimLines(ex)).toContain('transfer USA>UKR [ballistic_missile] asserted');
    expect(claimLines(ex)).toContain('military_use RUS>UKR [missile] conditional');
  });

  it('a joined clause told as still to come is one more consequence of the condition', () => {
    const ex = run(
      'If Iran sends missiles to Russia, the US will respond, and Washington would impose sanctions on Tehran.',
    );
    expect(claimLines(ex)).toContain('sanction USA>IRN [] conditional');
  });

  it('a non-confirmation before ", yet" stays in its clause', () => {
    const ex = run(
      'Paris could not confirm the shipment, yet Rome said Italy had sent SAMP/T systems to Ukraine.',
    );
    expect(claimLines(ex)).toContain('transfer ITA>UKR [air_defense] asserted');
  });

  it('a denial in one clause leaves the confirmation of another', () => {
    const ex = run('Russia denied the report, but Iran confirmed it sent drones to Russia.');
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [drone] asserted']);
  });
});
