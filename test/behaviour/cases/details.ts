import type { BehaviourCase } from '../case.js';

/** What, how many and when: quantities, times resolved against the publication date, and the other claim types. */
export const details: readonly BehaviourCase[] = [
  {
    id: 'approximate-quantity-since',
    probes: 'an approximate quantity and a time "since" a month',
    published: '2026-03-10',
    text: 'North Korea has sent about 300 ballistic missiles to Russia since January, South Korean officials said.',
    expect: [{ claim: 'transfer PRK>RUS [ballistic_missile] asserted', quantity: 300, time: '2026-01' }],
  },
  {
    id: 'vague-quantity-last-month',
    probes: '"hundreds of" and "last month" against the publication date',
    published: '2026-07-04',
    text: 'Hundreds of Lancet drones were shipped from Russia to Myanmar last month, according to a regional monitor.',
    expect: [{ claim: 'transfer RUS>MMR [drone] asserted', quantity: 200, time: '2026-06' }],
  },
  {
    id: 'weekday-before-publication',
    probes: 'a weekday is the one before the text, not after',
    published: '2026-08-02',
    text: 'Greece delivered 32 M113 armoured personnel carriers to Ukraine on Wednesday, Athens said.',
    expect: [{ claim: 'transfer GRC>UKR [armored_vehicle] asserted', quantity: 32, time: '2026-07-29' }],
  },
  {
    id: 'a-further-batch',
    probes: '"a further" quantity and a year',
    published: '2026-11-03',
    text: 'South Korea approved the export of a further 150 K9 howitzers to Poland, which received its first batch in 2022.',
    expect: [{ claim: 'transfer KOR>POL [*] *', quantity: 150 }],
  },
  {
    id: 'sanction-over-transfers',
    probes: 'a sanction by a body of states on a state',
    published: '2026-03-10',
    text: 'The European Union imposed new sanctions on Iran on Monday over its drone deliveries to Russia.',
    expect: [
      { claim: 'sanction igo:eu>IRN [*] asserted', time: '2026-03-09' },
      { claim: 'transfer IRN>RUS [drone] asserted' },
    ],
  },
  {
    id: 'blacklisted-firms',
    probes: 'a sanction phrased as a blacklisting',
    published: '2026-05-15',
    text: 'Washington blacklisted three Chinese companies on Thursday for supplying drone engines to Russia.',
    expect: [{ claim: 'sanction USA>* [*] asserted' }, { claim: 'transfer CHN|null>RUS [*] asserted' }],
  },
  {
    id: 'referral-to-a-court',
    probes: 'a referral to an international body',
    published: '2026-04-01',
    text: 'Ukraine asked the International Criminal Court to investigate Russian strikes with Iranian-made drones.',
    expect: [{ claim: 'refer_international UKR>igo:icc [*] asserted' }],
  },
  {
    id: 'agreed-to-coordinate',
    probes: 'an agreement to coordinate arms production is planned',
    published: '2026-06-20',
    text: 'Russia and North Korea agreed to coordinate their production of artillery shells, state media reported.',
    expect: [{ claim: 'coordinate RUS|PRK>RUS|PRK [*] planned|asserted' }],
  },
  {
    id: 'threat-of-consequences',
    probes: 'a warning of consequences is a threat',
    published: '2026-02-14',
    text: 'The United States warned Serbia of consequences if it delivers MiG-29 jets to Russia.',
    expect: [{ claim: 'threaten USA>SRB [*] *' }],
    forbid: ['transfer SRB>RUS [*] asserted'],
  },
  {
    id: 'recap-of-an-old-denial',
    probes: 'a recap tells old stances: admitted in the end asserts',
    published: '2026-10-30',
    text: 'Minsk at first denied the reports, but later admitted it had sent a small number of T-72 tanks to Russia.',
    expect: [{ claim: 'transfer BLR>RUS [armored_vehicle] asserted' }],
  },
];
