import type { BehaviourCase } from '../case.js';

/** On whose word: speakers from grammar, in every shape of quote, with the chain as the text gives it. */
export const speakers: readonly BehaviourCase[] = [
  {
    id: 'split-quote-negation',
    probes: 'split quotes: the negation of the first half governs the second',
    published: '2026-04-13',
    text:
      'Iranian Foreign Minister Abbas Araghchi rejected a U.N. report on Monday.\n\n' +
      '\u201cWe did not,\u201d he said, \u201csend a single drone to Sudan.\u201d',
    expect: [{ claim: 'transfer IRN>SDN [drone] denied', source: 'Araghchi' }],
    forbid: ['transfer IRN>SDN [*] asserted'],
  },
  {
    id: 'a-new-speaker-after-a-quote',
    probes: 'a description that does not fit the last speaker is a new speaker',
    published: '2026-05-27',
    text:
      '\u201cWe will not back down,\u201d Defence Minister Gilberto Teodoro said on Tuesday.\n\n' +
      'Senator Risa Hontiveros said Manila would buy 12 more FA-50 jets from South Korea.\n\n' +
      'The senator said the first jets would arrive next year.',
    expect: [{ claim: 'transfer KOR>PHL [aircraft] planned', source: 'Hontiveros' }],
  },
  {
    id: 'colon-headline',
    probes: 'a colon headline: the body before the colon speaks',
    published: '2026-03-06',
    text:
      'Pentagon: Ukraine to get more Patriot batteries\n\n' +
      'The batteries will come from stocks in Germany and the Netherlands, officials said.',
    expect: [{ claim: 'transfer *>UKR [air_defense] planned', source: 'Pentagon' }],
  },
  {
    id: 'a-spokesman-added',
    probes: '"the spokesman added" goes to the spokesman named before, not the last speaker',
    published: '2026-02-10',
    text:
      'Turkish Foreign Minister Hakan Fidan said on Monday that Ankara would keep selling Bayraktar drones to Poland.\n\n' +
      'A defence ministry spokesman, Zeki Akturk, said the first batch had already been delivered.\n\n' +
      '\u201cThe deliveries are continuing,\u201d the spokesman added.',
    expect: [{ claim: 'transfer TUR>POL [drone] asserted', source: 'Akturk' }],
  },
  {
    id: 'unknown-name-after-the-verb',
    probes: 'a name the gazetteer does not know, after "said"',
    published: '2026-07-19',
    text: '\u201cThose drones came straight from Iran to the Sudanese army,\u201d said Will Doyle, an analyst at a London think tank.',
    expect: [{ claim: 'transfer IRN>SDN [drone] asserted', source: 'Will Doyle' }],
  },
  {
    id: 'title-and-surname',
    probes: '"Ms. Okafor said" after a full mention',
    published: '2026-08-25',
    text:
      'Grace Okafor, an economist at a Lagos bank, said Nigeria had ordered 24 Super Tucano aircraft from Brazil.\n\n' +
      'Ms. Okafor said Brazil would deliver the first six aircraft to Nigeria in 2027.',
    expect: [
      { claim: 'transfer BRA>NGA [aircraft] asserted|planned', source: 'Okafor' },
      { claim: 'transfer BRA>NGA [aircraft] planned', source: 'Okafor' },
    ],
  },
  {
    id: 'officials-and-diplomats',
    probes: 'a coordinated described source',
    published: '2026-10-20',
    text: 'Qatar has bought eight NASAMS batteries from Norway, officials and diplomats said.',
    expect: [{ claim: 'transfer NOR>QAT [air_defense] asserted', source: 'officials' }],
  },
  {
    id: 'statement-on-telegram',
    probes: '"said in a statement posted on Telegram"',
    published: '2026-06-02',
    text: 'Russia\u2019s defence ministry said in a statement posted on Telegram that Iskander missiles had been delivered to Belarus.',
    expect: [{ claim: 'transfer RUS>BLR [*] asserted', source: 'defence ministry' }],
  },
  {
    id: 'citing-sources',
    probes: 'a chain: the outlet citing sources gives the sources as innermost',
    published: '2026-09-12',
    text: 'The Financial Times, citing two Western intelligence officials, reported that Iran had shipped ballistic missiles to Russia.',
    expect: [
      { claim: 'transfer IRN>RUS [ballistic_missile|missile] asserted', source: 'intelligence officials' },
    ],
  },
  {
    id: 'according-to-a-report',
    probes: '"according to a report by" a body',
    published: '2026-09-21',
    text: 'The United Arab Emirates supplied Wing Loong drones to Ethiopia in 2021, according to a report by Amnesty International.',
    expect: [{ claim: 'transfer ARE>ETH [drone] asserted', source: 'Amnesty International' }],
  },
  {
    id: 'state-agency-speaks-for-its-state',
    probes: 'an agency with an organisation\u2019s head word is no person',
    published: '2026-11-03',
    text: 'South Korea has approved the export of 150 K9 howitzers to Poland, the Defense Acquisition Program Administration said on Monday.',
    expect: [{ claim: 'transfer KOR>POL [*] *', source: 'Defense Acquisition Program Administration' }],
  },
  {
    id: 'denial-by-a-spokesperson',
    probes: 'a denial in reported speech, with the spokesperson as source',
    published: '2026-03-17',
    text: 'Kremlin spokesman Dmitry Peskov said Russia had not received any missiles from North Korea.',
    expect: [{ claim: 'transfer PRK>RUS [missile|ballistic_missile] denied', source: 'Peskov' }],
    forbid: ['transfer PRK>RUS [*] asserted'],
  },
];
