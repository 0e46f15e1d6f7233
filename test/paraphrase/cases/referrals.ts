import type { ParaphraseCase } from '../case.js';

/** Referrals to international bodies and coordination between states. */
export const referrals: readonly ParaphraseCase[] = [
  {
    id: 'bring-to-unsc',
    base: '"We will bring this issue to the UN Security Council," the US official said.',
    paraphrases: [
      'The United States will take the issue to the UN Security Council, the official said.',
      'Washington will raise the matter at the UN Security Council, a US official said.',
      'The US official said Washington would refer the matter to the UN Security Council.',
    ],
    claims: ['refer_international USA>igo:unsc planned'],
  },
  {
    id: 'icc',
    base: 'Ukraine referred the strikes to the International Criminal Court.',
    paraphrases: [
      'Kyiv took the case of the strikes to the International Criminal Court.',
      'The strikes were referred to the ICC by Ukraine.',
      'Ukraine brought the strikes before the International Criminal Court.',
      'Ukraine filed a complaint over the strikes with the International Criminal Court.',
    ],
    claims: ['refer_international UKR>igo:icc asserted'],
  },
  {
    id: 'un-experts',
    base: 'Ukraine invited UN experts to inspect the drone wreckage.',
    paraphrases: [
      'Kyiv asked United Nations experts to examine the drone wreckage.',
      'UN experts were invited by Ukraine to inspect the wreckage of the drones.',
      'Ukraine called on the UN to investigate the drone wreckage.',
    ],
    claims: ['refer_international UKR>igo:un asserted'],
  },
  {
    id: 'icj',
    base: 'South Africa took Israel to the International Court of Justice.',
    paraphrases: [
      'South Africa brought a case against Israel at the International Court of Justice.',
      'Pretoria filed a case against Israel at the ICJ.',
      'Israel was taken to the International Court of Justice by South Africa.',
    ],
    claims: ['refer_international ZAF>igo:icj asserted'],
  },
  {
    id: 'unsc-meeting',
    base: 'Britain and France called for a meeting of the UN Security Council on the Iranian drone transfers.',
    paraphrases: [
      'France and Britain requested a UN Security Council meeting on the Iranian drone transfers.',
      'A UN Security Council meeting on the Iranian drone transfers was requested by Britain and France.',
      'London and Paris asked the UN Security Council to meet on the Iranian drone transfers.',
    ],
    claims: ['refer_international GBR>igo:unsc asserted', 'refer_international FRA>igo:unsc asserted'],
  },
  {
    id: 'iaea',
    base: 'Ukraine raised the shelling of the Zaporizhzhia plant with the IAEA.',
    paraphrases: [
      'Ukraine took the shelling of the Zaporizhzhia plant to the IAEA.',
      'Kyiv asked the IAEA to look into the shelling of the Zaporizhzhia plant.',
      'The shelling of the Zaporizhzhia plant was referred to the IAEA by Ukraine.',
    ],
    claims: ['refer_international UKR>igo:iaea asserted'],
  },
  {
    id: 'coordinate-with',
    base: 'Ukraine coordinated its strikes with the United States.',
    paraphrases: [
      'Kyiv coordinated the strikes with Washington.',
      'The strikes were coordinated with the United States by Ukraine.',
      'Ukraine and the United States coordinated the strikes.',
    ],
    claims: ['coordinate UKR|USA>USA|UKR asserted'],
  },
  {
    id: 'consult',
    base: 'Germany consulted France on sending tanks to Ukraine.',
    paraphrases: [
      'Berlin held consultations with Paris on sending tanks to Ukraine.',
      'Germany and France consulted on sending tanks to Ukraine.',
      'Germany coordinated with France on tank deliveries to Ukraine.',
    ],
    claims: ['coordinate DEU|FRA>FRA|DEU asserted'],
    notClaims: ['transfer *>UKR [*] asserted'],
  },
  {
    id: 'agree-coordinate',
    base: 'Russia and North Korea agreed to coordinate their military activities.',
    paraphrases: [
      'Moscow and Pyongyang agreed on closer military coordination.',
      'North Korea and Russia pledged to coordinate their military activities.',
      'Russia agreed with North Korea to coordinate military activities.',
    ],
    claims: ['coordinate RUS|PRK>PRK|RUS asserted|planned'],
  },
  {
    id: 'defence-treaty',
    base: 'Russia and North Korea signed a mutual defence treaty.',
    paraphrases: [
      'Moscow and Pyongyang signed a treaty on mutual defence.',
      'North Korea and Russia concluded a mutual defence pact.',
      'Russia signed a mutual defence treaty with North Korea.',
    ],
    claims: ['coordinate|other RUS|PRK>PRK|RUS asserted'],
  },
];
