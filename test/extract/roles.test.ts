import { describe, expect, it } from 'vitest';
import { claimLines, claimSources, run } from './helpers.js';

describe('event roles', () => {
  it('"X is providing Y with W": X gives, Y receives', () => {
    expect(claimLines(run('Iran is providing Russia with drones and artillery ammunition.'))).toEqual([
      'transfer IRN>RUS [drone,artillery_ammunition] asserted',
    ]);
  });

  it('"Y received W from X" reverses the roles', () => {
    expect(claimLines(run('Russia received ballistic missiles from Iran.'))).toEqual([
      'transfer IRN>RUS [ballistic_missile] asserted',
    ]);
  });

  it('a passive "were moved from X to Y" reads from and to', () => {
    expect(claimLines(run('Missiles were moved from Iran to Russia.'))).toEqual([
      'transfer IRN>RUS [missile] asserted',
    ]);
  });

  it('a possessive noun form: "Iran\'s transfer of missiles to Russia"', () => {
    expect(claimLines(run("Analysts discussed Iran's transfer of missiles to Russia."))).toEqual([
      'transfer IRN>RUS [missile] asserted',
    ]);
  });

  it('"Russia\'s negotiations to acquire W from Iran" is one negotiation with Iran as supplier', () => {
    expect(
      claimLines(
        run("Russia's negotiations to acquire short-range ballistic missiles from Iran are progressing."),
      ),
    ).toEqual(['negotiate_transfer IRN>RUS [ballistic_missile] asserted']);
  });

  it('"Russia\'s negotiations with Iran to acquire W": the owner of the talks acquires, past a "we believe"', () => {
    expect(
      claimLines(
        run(
          '"We believe Russia\'s negotiations with Iran to acquire ballistic missiles are advancing," Kirby said.',
        ),
      ),
    ).toEqual(['negotiate_transfer IRN>RUS [ballistic_missile] asserted']);
  });

  it('"X is in talks with Y to buy W": Y supplies; without a purpose the subject is the first side', () => {
    expect(claimLines(run('Russia is in talks with China to buy 100 kamikaze drones.'))).toEqual([
      'negotiate_transfer CHN>RUS [drone] asserted',
    ]);
    expect(claimLines(run('Russia is in talks with China over kamikaze drones.'))).toEqual([
      'negotiate_transfer RUS>CHN [drone] asserted',
    ]);
  });

  it('a state\'s body as subject ("Russia\'s military is in talks") speaks for the state', () => {
    expect(
      claimLines(run("Russia's military is in talks with a Chinese drone maker to buy 100 kamikaze drones.")),
    ).toEqual(['negotiate_transfer CHN>RUS [drone] asserted']);
  });

  it('the subject of a speech verb is not the subject of the reported event', () => {
    expect(
      claimLines(
        run(
          "Russia's defence ministry claimed that a Kinzhal missile had destroyed a Patriot system in Kyiv.",
        ),
      ),
    ).not.toContain('military_use RUS>UKR [air_defense] asserted');
  });

  it('an origin adjective on the weapon names the supplier, not the target', () => {
    expect(claimLines(run('Russia has received shipments of Iranian ballistic missiles.'))).toEqual([
      'transfer IRN>RUS [ballistic_missile] asserted',
    ]);
  });

  it('"which Russia is using to attack Ukraine" is a use by the recipient against Ukraine', () => {
    const lines = claimLines(
      run('Iran is providing Russia with drones, which Russia is using to attack Ukraine.'),
    );
    expect(lines).toEqual(['transfer IRN>RUS [drone] asserted', 'military_use RUS>UKR [drone] asserted']);
  });

  it('metonyms stand for their states: Tehran, Moscow, Pyongyang', () => {
    expect(claimLines(run('Pyongyang shipped artillery shells to Moscow.'))).toEqual([
      'transfer PRK>RUS [artillery_ammunition] asserted',
    ]);
  });

  it('each state in a list of subjects gets its own sanction', () => {
    expect(claimLines(run('Washington, London and Paris imposed sanctions on Iran.')).sort()).toEqual([
      'sanction FRA>IRN [] asserted',
      'sanction GBR>IRN [] asserted',
      'sanction USA>IRN [] asserted',
    ]);
  });

  it('a referral names the international body as target', () => {
    expect(
      claimLines(run('"We will bring this issue to the UN Security Council," the US official said.')),
    ).toEqual(['refer_international USA>igo:unsc [] planned']);
  });
});

describe('tagging slips and hedges', () => {
  it('a verb the tagger calls a noun still triggers: "will likely fire them at Ukraine"', () => {
    const lines = claimLines(
      run(
        'Russia has received Iranian ballistic missiles and will likely fire them at Ukraine within weeks.',
      ),
    );
    expect(lines).toContain('military_use RUS>UKR [ballistic_missile] possible');
  });

  it('"is believed to be seeking" hedges the claim and names no speaker', () => {
    const ex = run(
      'Pyongyang is believed to be seeking fighter aircraft from Moscow, according to the official.',
    );
    expect(claimLines(ex)).toEqual(['negotiate_transfer RUS>PRK [aircraft] possible']);
    expect(ex.attributions.map((a) => a.source.name)).not.toContain('Pyongyang');
  });
});

describe('more role sources', () => {
  it('a state body acts for its state: the US Treasury sanctions', () => {
    expect(claimLines(run('The US Treasury imposed sanctions on Iran Air.'))).toEqual([
      'sanction USA>IRN [] asserted',
    ]);
  });

  it('"It" opening a sentence is the state that opened the sentence before', () => {
    const lines = claimLines(
      run(
        'Germany has stepped up its aid. It has become the largest donor after the United States, sending Patriot batteries to Ukraine.',
      ),
    );
    expect(lines).toEqual(['transfer DEU>UKR [air_defense] asserted']);
  });
});

describe('attacks on supplied weapons', () => {
  it('destroying supplied weapons is a use against whoever fields them', () => {
    const lines = claimLines(
      run(
        'The United States delivered HIMARS to Ukraine in June. Russia claimed to have destroyed several HIMARS launchers.',
      ),
    );
    expect(lines).toContain('military_use RUS>UKR [rocket_artillery] asserted');
  });
});

describe('roles: clause edges and who acts', () => {
  it('", according to U.S. officials" is no recipient', () => {
    const ex = run(
      'Iran has agreed to supply Russia with surface-to-surface missiles, according to U.S. and allied security officials.',
    );
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [missile] planned']);
  });

  it('"arrived as Russian missiles struck ...": a clause opened by "as" has roles of its own', () => {
    const ex = run(
      'Germany sent an IRIS-T system to Ukraine. It arrived as Russian missiles struck power plants.',
    );
    expect(claimLines(ex)[0]).toBe('transfer DEU>UKR [air_defense] asserted');
    expect(ex.claims.filter((c) => c.type === 'transfer').length).toBe(1);
  });

  it('a head of state as the subject acts for the state', () => {
    expect(claimLines(run('Vladimir Putin will station tactical nuclear weapons in Belarus.'))[0]).toMatch(
      /^transfer RUS>BLR/,
    );
  });

  it('"Russian missiles struck" names the user when no transfer came before', () => {
    expect(claimLines(run('Russian missiles struck power plants in Ukraine.'))).toEqual([
      'military_use RUS>UKR [missile] asserted',
    ]);
  });
});

describe('roles: talks and lists', () => {
  it('"Russia\'s negotiations with Iran to acquire missiles": Iran supplies, Russia receives', () => {
    // The writer's own "we believe" is a belief, as an official's is ("US officials believe"): possible.
    expect(
      claimLines(
        run("We believe Russia's negotiations with Iran to acquire ballistic missiles are advancing."),
      ),
    ).toEqual(['negotiate_transfer IRN>RUS [ballistic_missile] possible']);
    expect(
      claimLines(run("Russia's negotiations with Iran to acquire ballistic missiles are advancing.")),
    ).toEqual(['negotiate_transfer IRN>RUS [ballistic_missile] asserted']);
  });

  it('"According to the Pentagon, Iran shipped ..." makes no co-actor of the Pentagon', () => {
    expect(claimLines(run('According to the Pentagon, Iran shipped missiles to Russia.'))).toEqual([
      'transfer IRN>RUS [missile] asserted',
    ]);
  });
});

describe('"the strikes" points back at the use already told', () => {
  it("takes the earlier use's parties and weapons, not what the strikes destroyed", () => {
    const ex = run(
      'Ukraine has used ATACMS missiles against Russian airfields for the first time, Zelensky said. The military said the strikes destroyed nine helicopters.',
    );
    expect(claimLines(ex)).toEqual([
      'military_use UKR>RUS [ballistic_missile] asserted',
      'military_use UKR>RUS [ballistic_missile] asserted',
    ]);
  });

  it('strikes in general, with no use told before, are no claim', () => {
    const ex = run('Cities are exposed to missile and drone attacks, Kyiv said.');
    expect(ex.claims).toEqual([]);
  });
});

describe('weapons present in a state', () => {
  it('"F-16s are in Ukraine" says they were delivered to Ukraine', () => {
    const ex = run('"F-16s are in Ukraine. We did it," President Volodymyr Zelensky said on Aug. 4.');
    expect(ex.claims.map((c) => `${c.type} >${c.target} ${c.status}`)).toEqual(['transfer >UKR asserted']);
  });

  it('talks held in a capital are no delivery', () => {
    expect(run('The talks are in Moscow this week.').claims).toEqual([]);
  });
});

describe("the speaker's own state", () => {
  it('"pledged in May that his country would deliver 30 jets" is the speaker\'s state, planned', () => {
    const ex = run(
      "Belgium's Prime Minister Alexander De Croo pledged in May that his country would deliver 30 jets to Ukraine by 2028.",
    );
    expect(claimLines(ex)).toEqual(['transfer BEL>UKR [aircraft] planned']);
  });
});

describe('a use owned by a state adjective', () => {
  it('"Russian attacks ... were carried out with missiles provided by Pyongyang" is a use and a transfer', () => {
    const ex = run(
      'Russia fired missiles at Ukraine on Monday. The statement said Russian attacks on December 30 were carried out in part with missiles provided by Pyongyang.',
    );
    expect(claimLines(ex)).toContain('military_use RUS>UKR [missile] asserted');
    expect(claimLines(ex)).toContain('transfer PRK>RUS [missile] asserted');
    expect(ex.attributions.map((a) => a.cue)).not.toContain('statement said were carried provided by');
  });

  it("a use without its target is aimed where the same actor's other uses in the document are", () => {
    const ex = run('Russia fired drones at Ukraine. Russian attacks with Shahed drones went on all week.');
    expect(claimLines(ex)).toEqual([
      'military_use RUS>UKR [drone] asserted',
      'military_use RUS>UKR [drone] asserted',
    ]);
  });
});

describe('"they" in a quote', () => {
  it('is not the speaker: the speaker would say "we"', () => {
    const ex = run('"They are considering providing lethal support to Russia," Blinken said.');
    expect(ex.claims.every((c) => c.actor !== 'USA')).toBe(true);
  });
});

describe('states at war', () => {
  it('a use by one side with no target named is aimed at the other', () => {
    const ex = run('Ukraine used the new missiles for the first time last week, officials said.');
    expect(ex.claims.map((c) => `${c.actor}>${c.target}`)).toEqual(['UKR>RUS']);
  });

  it('"the enemy" in a Ukrainian official\'s words is Russia, not the maker of the missiles', () => {
    const ex = run(
      '"Since December 30, the enemy has used 24 North Korean missiles," Ukraine\'s Prosecutor General Andriy Kostin said.',
    );
    expect(ex.claims.map((c) => `${c.type} ${c.actor}>${c.target}`)).toEqual(['military_use RUS>UKR']);
  });

  it('a person named after a title ("Prosecutor General Andriy Kostin") is found', () => {
    const ex = run('Prosecutor General Andriy Kostin said Russia fired North Korean missiles at Kharkiv.');
    expect(ex.attributions[0]?.source.name).toBe('Andriy Kostin');
  });
});

describe('quotes opened inside a verb group', () => {
  it('\'Russia would "use similar munitions"\' keeps Russia as the subject', () => {
    const ex = run('Shoigu said Russia would be "forced to use similar munitions" against Ukraine.');
    expect(ex.claims.map((c) => `${c.type} ${c.actor}>${c.target}`)).toEqual(['military_use RUS>UKR']);
  });
});

describe("weapons in a state's hands", () => {
  it('"The missiles are now in Russian hands" is a transfer to Russia', () => {
    const ex = run(
      'Iran has delivered Fath-360 missiles to Russia. "The missiles are now in Russian hands," he said.',
    );
    expect(ex.claims.map((c) => `${c.type} ${c.actor}>${c.target}`)).toEqual([
      'transfer IRN>RUS',
      'transfer IRN>RUS',
    ]);
  });

  it('"the North" is North Korea in a text about the Koreas, and no one elsewhere', () => {
    expect(
      claimLines(
        run(
          'Seoul protested again. The White House said the North had shipped 1,000 containers of munitions to Russia.',
        ),
      ),
    ).toEqual(['transfer PRK>RUS [artillery_ammunition] asserted']);
    expect(
      claimLines(
        run('The White House said the North had shipped 1,000 containers of munitions to Russia.'),
      ).map((l) => l.split(' ')[1]),
    ).not.toContain('PRK>RUS');
  });
});

describe('uses of weapons', () => {
  it('"fired them" after a use takes the weapons of that use', () => {
    expect(
      claimLines(
        run(
          'Russia fired North Korean missiles at Ukraine. Wood said Russia has fired them at Ukraine again.',
        ),
      ),
    ).toEqual(['military_use RUS>UKR [missile] asserted', 'military_use RUS>UKR [missile] asserted']);
  });

  it('weapons joined by "and" before a verb of use name the user by their adjective', () => {
    expect(
      claimLines(
        run(
          'Germany delivered IRIS-T to Ukraine. Russian missiles and Iranian-made drones struck power plants in Ukraine.',
        ),
      ),
    ).toContain('military_use RUS>UKR [missile,drone] asserted');
  });

  it('a state that supplied the weapons told of is not their user', () => {
    expect(
      claimLines(run('The United States sent ATACMS to Ukraine. US missiles struck airfields in Russia.')),
    ).not.toContain('military_use USA>RUS [ballistic_missile] asserted');
  });

  it('"employed on the battlefield" is a use', () => {
    expect(
      claimLines(
        run(
          'Iran sent drones to Russia. Ryder said he cannot confirm the drones have been employed on the battlefield.',
        ),
      ),
    ).toContain('military_use RUS>UKR [drone] unconfirmed');
  });
});

describe('interceptions are uses by the side that fired', () => {
  it('"all of them were intercepted" is the use told before', () => {
    expect(
      claimLines(
        run(
          'Russia launched six Kinzhal missiles at Kyiv. The Ukrainian Air Force said all of them were intercepted.',
        ),
      ),
    ).toEqual([
      'military_use RUS>UKR [ballistic_missile] asserted',
      'military_use RUS>UKR [ballistic_missile] asserted',
    ]);
  });

  it('"Ukrainian air defenses downed" names the defender; the attacker is the side at war with it', () => {
    expect(claimLines(run('Ukrainian air defenses downed 30 Shahed drones overnight.'))).toEqual([
      'military_use RUS>UKR [drone] asserted',
    ]);
  });

  it('"Air defenses downed most of the drones" with no defender named continues the use told before', () => {
    expect(
      claimLines(
        run(
          'Russia launched 700 drones at Ukraine. Air defenses downed or jammed the vast majority of the drones.',
        ),
      ),
    ).toEqual(['military_use RUS>UKR [drone] asserted', 'military_use RUS>UKR [drone] asserted']);
  });
});

describe('shipments on their way and arming a group', () => {
  it('"components bound for the Houthis" is a transfer from the components\' maker', () => {
    expect(
      claimLines(
        run(
          'Navy SEALs seized Iranian-made cruise missile components that were bound for the Houthis in Yemen.',
        ),
      ),
    ).toEqual(['transfer IRN>group:houthis [cruise_missile,other] asserted']);
  });

  it('"Tehran arms the Houthis", where the tagger reads "arms" as a noun, is a transfer', () => {
    const ex = run('Nasser Kanaani dismissed US accusations that Tehran arms the Houthis as "baseless".');
    expect(claimLines(ex)).toEqual([
      'transfer IRN>group:houthis [] asserted',
      'transfer IRN>group:houthis [] denied',
    ]);
    expect(claimSources(ex)).toEqual(['United States', 'Nasser Kanaani']);
  });

  it('a group named in a speaker\'s description threatens as that group; ", and that ..." is a clause of its own', () => {
    expect(
      claimLines(
        run(
          'Senior Houthi official Mohammed Abdulsalam said any new British strikes would be met with a response, and that attacks on Israeli-linked shipping would continue.',
        ),
      ),
    ).toEqual(['threaten group:houthis>GBR [] conditional']);
  });
});

describe('requests for weapons are negotiations', () => {
  it('"X asked Y for W": Y would supply X', () => {
    expect(claimLines(run('Ukraine asked Berlin for air defenses after the attacks.'))).toEqual([
      'negotiate_transfer DEU>UKR [air_defense] asserted',
    ]);
  });

  it('"X has requested W from Y" and "Y rejected X\'s requests for W"', () => {
    expect(claimLines(run('Kyiv has requested Taurus cruise missiles from Germany.'))).toEqual([
      'negotiate_transfer DEU>UKR [cruise_missile] asserted',
    ]);
    expect(claimLines(run("Biden initially rejected Kyiv's requests for ATACMS."))[0]).toMatch(
      /^negotiate_transfer USA>UKR \[ballistic_missile\]/,
    );
  });

  it('"X approached Y to request W": the one approached would supply', () => {
    expect(claimLines(run('Russia has approached North Korea to request ammunition.'))).toEqual([
      'negotiate_transfer PRK>RUS [artillery_ammunition] asserted',
    ]);
  });

  it('"asked" with no "for" is no request', () => {
    expect(claimLines(run('Reporters asked Kirby about the drones.'))).toEqual([]);
  });
});

describe('more ways of saying a transfer', () => {
  it('"keeps pouring weapons into Ukraine", where the gerund is tagged an adjective', () => {
    expect(claimLines(run('Lin said the US keeps pouring weapons into Ukraine.'))).toEqual([
      'transfer USA>UKR [unspecified] asserted',
    ]);
  });

  it('"the rest will follow" is a planned batch of the transfer told', () => {
    expect(
      claimLines(
        run(
          'Putin said Russia had sent the first nuclear warheads to Belarus. The rest will follow by the end of the year.',
        ),
      ),
    ).toEqual(['transfer RUS>BLR [other] asserted', 'transfer RUS>BLR [other] planned']);
  });
});

describe('nouns of transfer have no subject of their own', () => {
  it('"We have not confirmed that that transfer has taken place": the transfer is the one told, not ours', () => {
    expect(
      claimLines(
        run(
          'Iran has sent missiles to Russia, Reuters reported. "We have not confirmed that that transfer has taken place," John Kirby said.',
        ),
      ),
    ).toEqual(['transfer IRN>RUS [missile] asserted', 'transfer IRN>RUS [missile] unconfirmed']);
  });

  it('"the supply of British missiles to Kiev will require a response from the Russian military": the phrase ends at its verb', () => {
    expect(
      claimLines(
        run(
          'Peskov said the supply of British Storm Shadow missiles to Kiev will require an adequate response from the Russian military.',
        ),
      )[0],
    ).toBe('transfer GBR>UKR [cruise_missile] asserted');
  });
});

describe('purposes are not uses', () => {
  it('"train Russian forces to use the drones" and "sent weapons to be used in the war" tell no use', () => {
    expect(claimLines(run('Iran was also preparing to train Russian forces to use the drones.'))).toEqual([]);
    expect(
      claimLines(run('Iran has not sent any weapons to Russia to be used in the war in Ukraine.')),
    ).toEqual(['transfer IRN>RUS [unspecified] denied']);
  });

  it('"plans to use the drones" is a planned use', () => {
    expect(claimLines(run('Russia plans to use the drones against Ukraine.'))).toEqual([
      'military_use RUS>UKR [drone] planned',
    ]);
  });
});

describe('uses allowed or barred are not told', () => {
  it('"lift restrictions on the use of ATACMS against targets inside Russia" tells no use', () => {
    const lines = claimLines(
      run(
        'Kiev has been pressing Washington to lift restrictions on the use of ATACMS missiles against targets inside Russia.',
      ),
    );
    expect(lines.filter((l) => l.startsWith('military_use'))).toEqual([]);
  });

  it('"missiles supplied by the United States": the supplier is no target of their use', () => {
    expect(claimLines(run('Ukraine uses ATACMS missiles supplied by the United States.'))).toEqual([
      'military_use UKR>RUS [ballistic_missile] asserted',
      'transfer USA>UKR [ballistic_missile] asserted',
    ]);
  });
});

describe("weapons from a state's stocks", () => {
  it('"believed to have come from Danish and Dutch stocks": each state possibly supplied them', () => {
    expect(
      claimLines(
        run(
          'The first F-16 jets arrived in Ukraine. The jets are believed to have come from Danish and Dutch stocks.',
        ),
      ).slice(1),
    ).toEqual(['transfer DNK>UKR [aircraft] possible', 'transfer NLD>UKR [aircraft] possible']);
  });

  it('"Denmark has not confirmed the timing of its transfer": the subject owns the transfer', () => {
    expect(
      claimLines(
        run('The first F-16 jets arrived in Ukraine. Denmark has not confirmed the timing of its transfer.'),
      ).at(-1),
    ).toBe('transfer DNK>UKR [aircraft] unconfirmed');
  });
});

describe('contributions', () => {
  it('"contributed launchers to Ukraine" is a transfer', () => {
    expect(claimLines(run('The Netherlands contributed Patriot launchers to Ukraine.'))).toEqual([
      'transfer NLD>UKR [air_defense] asserted',
    ]);
  });
});

describe('passive infinitives', () => {
  it('"Pyongyang was preparing 10,000 soldiers to be sent to Russia": who prepares them sends them', () => {
    expect(
      claimLines(run('Zelensky said Pyongyang was preparing 10,000 soldiers to be sent to Russia.')),
    ).toEqual(['transfer PRK>RUS [other] planned']);
  });
});

describe('who uses weapons named for another state', () => {
  it('"North Korean shells have been fired" after North Korea sent shells to Russia: Russia fired them', () => {
    const ex = run(
      'North Korea has delivered artillery shells to Russia. Russia may have delivered missile parts to North Korea. Kyiv says North Korean shells have been fired at Kharkiv.',
    );
    expect(claimLines(ex)).toContain('military_use RUS>UKR [artillery_ammunition] asserted');
  });
});

describe('subjects the gazetteer does not know', () => {
  it('"The Kremlin said the West sent tanks": the speaker is not the sender', () => {
    expect(
      claimLines(run('The Kremlin said the West sent tanks.')).filter((l) => l.includes('RUS>')),
    ).toEqual([]);
  });

  it('"North Korea, Blinken said, sent shells": the subject stands before the parenthetical speaker', () => {
    expect(claimLines(run('North Korea, Blinken said, sent shells to Russia.'))).toEqual([
      'transfer PRK>RUS [artillery_ammunition] asserted',
    ]);
  });

  it('a known adjective inside an unknown name still names the subject', () => {
    expect(claimLines(run('The Iranian Government sent drones to Russia.'))).toEqual([
      'transfer IRN>RUS [drone] asserted',
    ]);
  });
});

describe('a weapon that acts', () => {
  it('"a Kinzhal had destroyed a Patriot system": fired by who fired Kinzhals, at who fields Patriots, with the Kinzhal', () => {
    const ex = run(
      "The US sent Patriot systems to Ukraine. Russia launched six Kinzhal missiles at Kyiv. Russia's defence ministry claimed that a Kinzhal had destroyed a Patriot system in the capital.",
    );
    expect(claimLines(ex)[2]).toBe('military_use RUS>UKR [ballistic_missile] asserted');
  });
});

describe('"they" after a "we" in a quote', () => {
  it('"information we have that they\'re considering providing" is about them, not us', () => {
    const ex = run(
      'Blinken said China is considering providing weapons to Russia. "The concern that we have now is based on information we have that they\'re considering providing lethal support," Blinken told CBS News.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer CHN>RUS [unspecified] possible',
      'transfer CHN>RUS [unspecified] possible',
    ]);
  });
});

describe('roles the sentence does not name', () => {
  it('a party taken from an earlier sentence is marked inferred; a named one is not', () => {
    const ex = run(
      'Iran has sent Shahed drones to Russia, officials said. Russia has now received shipments of these drones.',
    );
    const named = ex.claims.find((c) => c.evidence.text.startsWith('Iran has sent'));
    const later = ex.claims.find((c) => c.evidence.text.startsWith('Russia has now'));
    expect(named?.inferred).toBeUndefined();
    expect(later?.actor).toBe('IRN');
    expect(later?.inferred).toEqual(['actor']);
  });
});
