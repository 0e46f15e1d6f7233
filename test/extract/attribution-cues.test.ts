import { describe, expect, it } from 'vitest';
import { attributionOf } from './attribution-helpers.js';
import { claimLines, claimSources, run } from './helpers.js';

describe('indirect speech', () => {
  it('indirect speech: "X said that ..."', () => {
    expect(claimSources(run('Dmitry Peskov said that Russia never received drones from Iran.'))).toEqual([
      'Dmitry Peskov',
    ]);
  });

  it('a sentence-final attribution: "..., X said on Tuesday."', () => {
    expect(
      claimSources(run('Russia has received ballistic missiles from Iran, Antony Blinken said on Tuesday.')),
    ).toEqual(['Antony Blinken']);
  });

  it('"According to X, ..." names X', () => {
    expect(claimSources(run('According to Ukrainian intelligence, Iran shipped drones to Russia.'))).toEqual([
      'Ukrainian intelligence',
    ]);
  });

  it.each([
    ['stated', 'Nasser Kanaani stated that Iran has never supplied drones to Russia.', 'Nasser Kanaani'],
    [
      'told',
      'Kyrylo Budanov told the BBC that North Korea had sent artillery shells to Russia.',
      'Kyrylo Budanov',
    ],
    [
      'noted',
      'Linda Thomas-Greenfield noted that Iran continues to send drones to Russia.',
      'Linda Thomas-Greenfield',
    ],
    [
      'recalled',
      'Dmytro Kuleba recalled that Iran had delivered Shahed drones to Russia in 2022.',
      'Dmytro Kuleba',
    ],
    [
      'warned',
      'Jake Sullivan warned that Iran could transfer ballistic missiles to Russia.',
      'Jake Sullivan',
    ],
    [
      'emphasized',
      'Andrii Sybiha emphasized that Russia had launched North Korean missiles at Ukraine.',
      'Andrii Sybiha',
    ],
    [
      'confirmed',
      'Rustem Umerov confirmed that Ukraine had received Patriot systems from Germany.',
      'Rustem Umerov',
    ],
    [
      'denied',
      'Maria Zakharova denied that Moscow had received any weapons from Pyongyang.',
      'Maria Zakharova',
    ],
    ['claimed', 'Kyrylo Budanov claimed that Iran had sold Russia ballistic missiles.', 'Kyrylo Budanov'],
    [
      'alleged',
      'Ukrainian prosecutors alleged that Russia had fired North Korean missiles at Kyiv.',
      'Ukrainian prosecutors',
    ],
    ['boasted', 'Hossein Salami boasted that Iran had given Russia drones.', 'Hossein Salami'],
    [
      'wrote',
      'Dmytro Kuleba wrote on Telegram that Iran had delivered more drones to Russia.',
      'Dmytro Kuleba',
    ],
    [
      'announced',
      'Mykola Oleshchuk announced that Ukraine had received F-16 jets from Denmark.',
      'Mykola Oleshchuk',
    ],
  ])('"%s" attributes the clause after it', (cue, text, speaker) => {
    const ex = run(text);
    const a = attributionOf(ex, speaker);
    expect([a.cue, a.mode]).toEqual([cue, 'indirect']);
    expect(claimSources(ex)).toEqual([speaker]);
  });

  it('"he added" in a second sentence carries on with the speaker of the first', () => {
    const ex = run(
      'Russia fired Iranian drones at Ukraine overnight, Andriy Yusov said. North Korea has also shipped shells to Russia, he added.',
    );
    expect(claimSources(ex)).toEqual(['Andriy Yusov', 'Andriy Yusov']);
    expect(ex.attributions.map((a) => a.cue)).toEqual(['said', 'added']);
  });

  it("a denial cue makes the reported event denied, in the denier's name", () => {
    const ex = run('Maria Zakharova denied that Moscow had received any weapons from Pyongyang.');
    expect(claimLines(ex)).toEqual(['transfer PRK>RUS [unspecified] denied']);
  });

  it('"dismissed as fake reports that ...": the reports are a noun after an adjective, not a speaker "fake"', () => {
    const ex = run('Moscow dismissed as fake reports that it had shipped S-300 systems to Venezuela.');
    expect(ex.attributions.map((a) => a.source.name)).toEqual(['Moscow']);
    expect(claimLines(ex)).toEqual(['transfer RUS>VEN [air_defense] denied']);
  });

  it('"warned that ... could" is the speaker\'s hedge', () => {
    const ex = run('Jake Sullivan warned that Iran could transfer ballistic missiles to Russia.');
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [ballistic_missile] possible']);
  });

  it('"X declined to confirm" makes X the source of an unconfirmed claim', () => {
    const ex = run(
      'Iran has delivered missiles to Russia, Reuters said. A spokesperson for the National Security Council declined to confirm the shipment.',
    );
    expect(ex.claims[1]?.status).toBe('unconfirmed');
    expect(claimSources(ex)[1]).toBe('spokesperson for the National Security Council');
  });
});

describe('speech nouns', () => {
  it('"In a statement, X denied ..." is X\'s denial', () => {
    const ex = run('In a statement, the Iranian Foreign Ministry denied sending drones to Russia.');
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [drone] denied']);
    expect(claimSources(ex)).toEqual(['Iranian Foreign Ministry']);
  });

  it('"In a comment to Xinhua, X denied" names X alone: the agency spoken to is no co-speaker', () => {
    const ex = run(
      'In a comment to Xinhua, Sergei Ryabkov denied that Russia had bought missiles from Iran.',
    );
    expect(ex.attributions.map((a) => a.source.name)).toEqual(['Sergei Ryabkov']);
    expect(claimSources(ex)).toEqual(['Sergei Ryabkov']);
  });

  it('"..., a spokesperson said in a statement" keeps the spokesperson as the source', () => {
    const ex = run(
      'Iran has sent ballistic missiles to Russia, a State Department spokesperson said in a statement.',
    );
    expect(claimSources(ex)).toEqual(['State Department spokesperson']);
  });

  it('subjects joined by "and" each deny', () => {
    const ex = run('Moscow and Tehran denied that Iran had sold ballistic missiles to Russia.');
    expect(claimSources(ex).sort()).toEqual(['Moscow', 'Tehran']);
  });

  it.todo('a possessive speech noun ("Peskov\'s statement that ...") attributes the clause to the possessor');
});

describe('parenthetical cues', () => {
  it('"X, he said, would ...": the words on both sides of the cue are his', () => {
    const ex = run(
      'Vladimir Putin spoke on Friday. Russia, he said, would station nuclear weapons in Belarus.',
    );
    expect(claimSources(ex)).toEqual(['Vladimir Putin']);
    expect(ex.attributions[0]?.content.text).toBe(
      'Russia, he said, would station nuclear weapons in Belarus',
    );
  });

  it('"The missiles, according to the officials, were shipped ..." is the officials\' account', () => {
    const ex = run('The missiles, according to U.S. officials, were shipped from Iran to Russia last week.');
    expect(claimSources(ex)).toEqual(['U.S. officials']);
  });

  it('"insists on harming" is a course of action, "insisted on Monday that" is speech', () => {
    const threat = run(
      'If the US insists on harming Chinese companies, China will take resolute measures in response.',
    );
    expect(threat.attributions.map((a) => a.cue)).toEqual([]);
    expect(claimSources(run('Kanaani insisted on Monday that Iran sent drones to Russia.'))).toEqual([
      'Nasser Kanaani',
    ]);
  });
});

describe('participles after a comma', () => {
  it('"X spoke on Friday, saying that ..." is X\'s report', () => {
    const ex = run('Maria Zakharova spoke on Friday, saying that Iran sent drones to Russia.');
    expect(claimSources(ex)).toEqual(['Maria Zakharova']);
  });
});

describe('cues the tagger reads as other words', () => {
  const lines = (text: string): string[] =>
    run(text).attributions.map(
      (a) => `${a.source.name} | ${a.cue} | ${text.slice(a.content.start, a.content.end)}`,
    );

  it('a base form after a plural noun is its verb ("records show", "The results show that")', () => {
    expect(lines('Overall, FEC records show Eksili has donated $38,000 since 2010.')).toEqual([
      'FEC records | show | Eksili has donated $38,000 since 2010',
    ]);
    expect(lines('The aircraft was insured at $35 million in 2011, records show.')).toEqual([
      'records | show | The aircraft was insured at $35 million in 2011',
    ]);
  });

  it('words that name or describe report nothing ("Rust Belt states", "a group called", "pledged delegates")', () => {
    expect(lines('Rust Belt states have suffered from the loss of jobs.')).toEqual([]);
    expect(lines('A new group called Black Votes Matter is trying to raise money.')).toEqual([]);
    expect(lines("The victory hands her a majority of the state's 20 pledged delegates.")).toEqual([]);
    expect(lines('The ministry states that the talks failed.')).toEqual([
      'ministry | states | the talks failed',
    ]);
  });
});

describe('the first person', () => {
  const lines = (text: string): string[] =>
    run(text)
      .attributions.filter((a) => a.source.mention)
      .map((a) => `${a.source.mention?.text} | ${a.cue}`);

  it('outside a quote "I think" and "we know" are the writer speaking; inside one they are the quote', () => {
    expect(lines('I think the reform went a long way. We know that the vote is close.')).toEqual([
      'I | think',
      'We | know',
    ]);
    expect(lines('"We know they want a deal," Ms. Ruiz said.')).toEqual(['Ms. Ruiz | said']);
  });
});
