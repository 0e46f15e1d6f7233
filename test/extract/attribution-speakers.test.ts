import { describe, expect, it } from 'vitest';
import { attributionOf } from './attribution-helpers.js';
import { claimSources, run } from './helpers.js';

describe('speakers named by pronoun or description', () => {
  it('a pronoun speaker resolves to the person named before', () => {
    const ex = run('John Kirby spoke on Thursday. He said that Iran sent drones to Russia.');
    expect(claimSources(ex)).toEqual(['John Kirby']);
  });

  it('"he" after a sentence where someone spoke is that speaker, not a person named in what they said', () => {
    const ex = run(
      'Antony Blinken said he had warned Wang Yi on Saturday. "Iran sent drones to Russia," he said.',
    );
    expect(claimSources(ex)).toEqual(['Antony Blinken']);
  });

  it('"he" after a sentence with no speaker is the person named last', () => {
    const ex = run('Antony Blinken met Wang Yi on Saturday. He said that Iran sent drones to Russia.');
    expect(claimSources(ex)).toEqual(['Wang Yi']);
  });

  it('"she" resolves to the person named before and keeps the pronoun as the mention', () => {
    const ex = run(
      'Maria Zakharova held a briefing on Wednesday. She said that Russia had never received drones from Iran.',
    );
    expect(claimSources(ex)).toEqual(['Maria Zakharova']);
    expect(ex.attributions[0]?.source.mention?.text).toBe('She');
  });

  it('a definite description ("the official") resolves to the person named before', () => {
    const ex = run(
      'John Kirby spoke on Thursday. "Iran sent drones to Russia," the White House official said.',
    );
    expect(claimSources(ex)).toEqual(['John Kirby']);
  });

  it('"the Russian official" skips a nearer American to the Russian named before', () => {
    const ex = run(
      'Sergei Shoigu met Lloyd Austin on Tuesday. "Russia has not bought any shells from North Korea," the Russian official said.',
    );
    expect(claimSources(ex)).toEqual(['Sergei Shoigu']);
  });

  it('"the American official" skips a nearer Russian to the American named before', () => {
    const ex = run(
      'Lloyd Austin met Sergei Shoigu on Tuesday. "Iran has shipped drones to Russia," the American official said.',
    );
    expect(claimSources(ex)).toEqual(['Lloyd Austin']);
  });

  it('"the minister" resolves to the minister named before', () => {
    const ex = run(
      'Annalena Baerbock visited Kyiv. The minister said Germany would send more IRIS-T systems to Ukraine.',
    );
    expect(claimSources(ex)).toEqual(['Annalena Baerbock']);
  });

  it('"Mr X" after the full name is the same person', () => {
    const ex = run(
      'David Lammy visited Kyiv on Monday. Mr Lammy said Britain would send more Storm Shadow missiles to Ukraine.',
    );
    const a = attributionOf(ex, 'David Lammy');
    expect([a.source.entity, a.source.mention?.text]).toEqual(['person:david-lammy', 'Mr Lammy']);
  });

  it('a description with no compatible person named stays descriptive', () => {
    const ex = run(
      'Lloyd Austin spoke on Tuesday. "Russia has not bought any shells from North Korea," the Russian official said.',
    );
    expect(claimSources(ex)).toEqual(['Russian official']);
    expect(ex.attributions[0]?.source.kind).toBe('anonymous');
  });

  it('anonymous plural sources stay anonymous and keep their country', () => {
    const ex = run('Iranian officials boast that they have provided Russia with missiles.');
    expect(claimSources(ex)).toEqual(['Iranian officials']);
    expect(ex.claims[0]?.actor).toBe('IRN');
  });

  it('"sources familiar with the matter" are an anonymous source, named in full', () => {
    const ex = run('North Korea has shipped shells to Russia, two sources familiar with the matter said.');
    expect(claimSources(ex)).toEqual(['two sources familiar with the matter']);
    expect(ex.attributions[0]?.source.kind).toBe('anonymous');
  });

  it('"the other" is one of the group of sources just named', () => {
    const ex = run(
      'Iran has delivered missiles to Russia, two European security sources said. The other said Russia could start firing them in Ukraine within weeks.',
    );
    expect(claimSources(ex)).toEqual(['two European security sources', 'two European security sources']);
  });

  it('a title before a name is the role, not part of the name', () => {
    const ex = run('The UK is giving Ukraine Storm Shadow missiles, Defence Secretary Ben Wallace has said.');
    expect(claimSources(ex)).toEqual(['Ben Wallace']);
  });

  it('"it said" in a sentence opened by a state is that state speaking', () => {
    const ex = run('Washington sanctioned an Iranian firm it said had shipped drones to Russia.');
    const a = attributionOf(ex, 'Washington');
    expect([a.source.kind, a.source.entity, a.source.mention?.text]).toEqual(['government', 'USA', 'it']);
  });
});

describe('speakers shared by two reporting verbs', () => {
  it('"Zelensky himself admitted ... and said ...": the second verb has the first one\'s speaker', () => {
    const ex = run(
      'Zelensky himself admitted the number was not enough and said more jets would arrive in Ukraine in the coming months.',
    );
    expect(claimSources(ex)).toEqual(['Volodymyr Zelensky']);
    expect(ex.claims[0]?.status).toBe('planned');
  });

  it('the subject after an opening setting, and a verb joined by "but", share the speaker', () => {
    const said = (text: string) => run(text).attributions.map((a) => `${a.source.name} | ${a.cue}`);
    expect(
      said('In his speech, Obama positioned Clinton as the most qualified candidate and said she would win.'),
    ).toEqual(['Obama | said']);
    expect(said('Wealth-X keeps its own finances a secret but says its business has tripled.')).toEqual([
      'Wealth | says',
    ]);
  });

  it("a participle after the object or a preposition speaks for the clause's subject, not a noun after it", () => {
    const said = (text: string) =>
      run(text).attributions.map((a) => `${a.source.name} | ${text.slice(a.content.start, a.content.end)}`);
    expect(
      said(
        'Before the rally, Chief Calvin Williams lobbied to suspend open-carry rights, saying the fewer guns the better.',
      ),
    ).toEqual(['Calvin Williams | the fewer guns the better']);
    expect(said('Mr. Ruiz landed in hot water by saying that the judge was biased.')).toEqual([
      'Ruiz | the judge was biased',
    ]);
  });

  it('a participle right after a noun that is no message has that noun as its speaker; after a message, the sender', () => {
    const said = (text: string) => run(text).attributions.map((a) => `${a.source.name} | ${a.cue}`);
    expect(said('A robust jobs report cheered Democrats hoping to retain the White House.')).toEqual([
      'Democrats | hoping',
    ]);
    expect(said('Ms. Ruiz issued a statement saying she would win.')).toEqual(['Ruiz | saying']);
    expect(said('Mr. Ruiz, in a freewheeling style, spoke for 45 minutes, criticizing the party.')).toEqual([
      'Ruiz | criticizing',
    ]);
  });

  it('a reporting verb joined by "and" with a subject of its own keeps that subject', () => {
    const ex = run('Kirby spoke first and Peskov said Iran never sent drones to Russia.');
    expect(claimSources(ex)).toEqual(['Dmitry Peskov']);
  });
});

describe('names written with a hyphen in lower case', () => {
  it('"Hwang Joon-kook" is one name, as written', () => {
    const ex = run("South Korea's ambassador, Hwang Joon-kook, said Pyongyang sent missiles to Russia.");
    expect(claimSources(ex)).toEqual(['Hwang Joon-kook']);
    expect(ex.entities.find((e) => e.kind === 'person')?.name).toBe('Hwang Joon-kook');
  });
});

describe('one of a group', () => {
  it('"one of the sources said" is an unnamed source of its own', () => {
    const ex = run('"The missiles are now in Russian hands," one of the sources said.');
    expect(ex.attributions.map((a) => `${a.source.name} ${a.source.kind}`)).toEqual([
      'one of the sources anonymous',
    ]);
  });
});

describe('a time between a speaker and the verb', () => {
  it('"has in recent days repeatedly said" keeps the ministry as the speaker', () => {
    const ex = run(
      "The United States sent ATACMS to Ukraine. Russia's Defense Ministry has in recent days repeatedly said its air defenses shot down ATACMS missiles over Crimea.",
    );
    expect(claimSources(ex)).toEqual(['(Reuters)', 'Defense Ministry']);
  });
});

describe('speakers whose names wink tags as common words, and subjects the nearer rules miss', () => {
  const speakers = (text: string): string[] => run(text).attributions.map((a) => a.source.name);

  it('a surname after a short title or between a quote and its verb is a name ("Mr. Welch", "Welch said")', () => {
    expect(speakers('Mr. Welch said Iran had sent drones to Russia.')).toEqual(['Welch']);
    expect(speakers('"Iran has sent drones to Russia," Welch said.')).toEqual(['Welch']);
    expect(speakers('"Iran has sent drones to Russia," said Welch.')).toEqual(['Welch']);
  });

  it('a party bracket after the name keeps the speaker ("Sen. Marco Rubio (R-Fla.) said")', () => {
    expect(
      speakers('"Iran has sent drones to Russia," Sen. Marco Rubio (R-Fla.) said Saturday night.'),
    ).toEqual(['Marco Rubio']);
    expect(
      speakers(
        'Rep. Elijah Cummings (D-Md.), chair of the committee, said that Iran had sent drones to Russia.',
      ),
    ).toEqual(['Elijah Cummings']);
  });

  it('a subject that only the syntax layer finds speaks ("those surveyed said", "who ... and who ... said")', () => {
    expect(speakers("By 58%-33%, those surveyed said the group's funding shouldn't be cut.")).toEqual([
      'surveyed',
    ]);
    expect(
      speakers(
        'Another Muslim who worshiped here and who did not want to be named said he heard Mateen talk.',
      ),
    ).toEqual(['Another Muslim']);
  });
});

describe('speakers after the verb and around quotes', () => {
  const lines = (text: string): string[] =>
    run(text).attributions.map((a) => `${a.source.name} | ${text.slice(a.content.start, a.content.end)}`);

  it('an inverted speaker after a comma speaks the clause before it, however that clause reads', () => {
    expect(
      lines('Even as the race moves to New York, the race will be tight, said Dan Gerstein, an analyst.'),
    ).toEqual(['Dan Gerstein | Even as the race moves to New York, the race will be tight']);
  });

  it('a verb with a hearer after a comma keeps the subject before it ("..., director of ..., told TASS")', () => {
    const ex = run(
      'Russia will finish the deliveries by 2026, Dmitry Shugayev, director of the service, told TASS.',
    );
    expect(ex.attributions.map((a) => a.source.name)).toContain('Dmitry Shugayev');
  });

  it('a description ending in a pronoun speaks ("a source close to him said")', () => {
    expect(lines('Cruz will change how he approaches his colleagues, a source close to him said.')).toEqual([
      'source close to him | Cruz will change how he approaches his colleagues',
    ]);
  });

  it("a quote in doubled apostrophes that wink glues to the next word (''A vote) still has its speaker", () => {
    expect(
      lines("''A vote against Marco is a vote for Trump,'' said Norm Coleman, the former senator."),
    ).toEqual(["Norm Coleman | 'A vote against Marco is a vote for Trump,'"]);
  });

  it('a speaker after a quote ending in "!" with a place or a medium after the verb ("Trump said on Twitter.")', () => {
    expect(lines('"We need it NOW!" Trump said on Twitter.')).toEqual(['Donald Trump | We need it NOW!']);
  });

  it('a quoted title after a preposition is no quote of the speaker who follows it', () => {
    expect(lines('On ABC\'s "This Week," Rubio said that Democrats are wrong.')).toEqual([
      'Marco Rubio | Democrats are wrong',
    ]);
  });
});

describe('shares of a group speak', () => {
  const speakers = (text: string): string[] => run(text).attributions.map((a) => a.source.name);

  it('"One in three said", "about four in 10 said", "three-fourths say", "Some said"', () => {
    expect(speakers('One in three said the party does not care about them.')).toEqual(['One in three']);
    expect(speakers('About four in 10 said they were angry with the government.')).toEqual(['four in 10']);
    expect(speakers('Three-fourths say the government should require cameras.')).toEqual(['Three-fourths']);
    expect(speakers('Some said they have cringed at the comparison.')).toEqual(['Some']);
  });

  it('a share a poll reports speaks as a group: "eight in 10 voters", "21,000", not a year or a leader', () => {
    expect(speakers('Nearly eight in 10 Democratic voters said they had made up their minds.')).toEqual([
      'eight in 10 Democratic voters',
    ]);
    expect(speakers('At least 21,000 said they would run for office.')).toEqual(['21,000']);
    expect(speakers('The majority leader said he would not.')).toEqual(['majority leader']);
  });

  it('words quoted as the object of a verb are not the quote of the speaker after them', () => {
    expect(
      speakers("Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win.").filter(
        (n) => n === 'candidate',
      ),
    ).toEqual([]);
  });
});
