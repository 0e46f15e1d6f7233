import type { ParaphraseCase } from '../case.js';

/**
 * Status and precision on unseen text (issue 13): conditions read from the syntax layer's conditional
 * clauses, a noun event's own predicate ("sales could resume"), plans that govern a noun from afar,
 * words that tell a sale as still to come, and halts told as holds, vetoes or shelved deals.
 */
export const statusPrecision: readonly ParaphraseCase[] = [
  {
    id: 'provided-that',
    base: 'Germany will deliver Taurus missiles to Ukraine provided that Kyiv does not strike Russian territory.',
    paraphrases: [
      'Germany will deliver Taurus missiles to Ukraine on condition that Kyiv does not strike Russian territory.',
      'Germany will send Taurus missiles to Ukraine as long as Kyiv does not strike Russian territory.',
      'Provided that Kyiv does not strike Russian territory, Germany will deliver Taurus missiles to Ukraine.',
      'Germany will supply Taurus missiles to Ukraine so long as Kyiv does not hit Russian territory.',
    ],
    claims: ['transfer DEU>UKR [cruise_missile] conditional'],
    notClaims: ['transfer DEU>UKR [*] planned'],
  },
  {
    id: 'inverted-condition',
    base: 'Should Tehran deliver ballistic missiles to Moscow, the EU will impose new sanctions.',
    paraphrases: [
      'Were Tehran to deliver ballistic missiles to Moscow, the EU would impose new sanctions.',
      'If Tehran delivers ballistic missiles to Moscow, the EU will impose new sanctions.',
      'The EU will impose new sanctions if Tehran delivers ballistic missiles to Moscow.',
    ],
    claims: ['transfer IRN>RUS [ballistic_missile] conditional'],
    notClaims: ['transfer IRN>RUS [*] asserted'],
  },
  {
    id: 'could-resume',
    base: 'Sales of guided bombs to Saudi Arabia could resume next week.',
    paraphrases: [
      'Sales of precision-guided bombs to Saudi Arabia may resume next week.',
      'Deliveries of guided bombs to Saudi Arabia could restart next week.',
      'The sale of guided bombs to Saudi Arabia might resume as soon as next week.',
    ],
    claims: ['transfer *>SAU [guided_bomb] possible'],
    notClaims: ['transfer *>SAU [*] asserted'],
  },
  {
    id: 'cannot-take-place',
    base: 'The delivery of the submarine to Thailand cannot take place until the engine issue is solved.',
    paraphrases: [
      'The delivery of the submarine to Thailand can not go ahead until the engine issue is solved.',
      'Delivery of the submarine to Thailand will not happen until the engine problem is fixed.',
      'The submarine delivery to Thailand could not proceed until the engine issue was solved.',
    ],
    claims: ['transfer *>THA [naval] denied|conditional|planned'],
    notClaims: ['transfer *>THA [naval] asserted', 'transfer *>THA [naval] possible'],
  },
  {
    id: 'predicate-not-event',
    base: 'The sale of Javelin missiles to Morocco will not alter the military balance in the region.',
    paraphrases: [
      'The sale of Javelin missiles to Morocco would not change the military balance in the region.',
      'The sale of Javelin missiles to Morocco does not threaten the balance of power in the region.',
    ],
    claims: ['transfer *>MAR [*] asserted|planned'],
    notClaims: ['transfer *>MAR [*] denied'],
  },
  {
    id: 'proposed-sale',
    base: 'The proposed sale of Javelin missiles to Morocco will not alter the military balance in the region.',
    paraphrases: [
      'The planned sale of Javelin missiles to Morocco will not alter the military balance in the region.',
      'Congress reviewed the proposed sale of Javelin missiles to Morocco.',
      'The prospective sale of Javelin missiles to Morocco drew no objection in Congress.',
    ],
    claims: ['transfer *>MAR [*] planned'],
    notClaims: ['transfer *>MAR [*] asserted'],
  },
  {
    id: 'intend-to-notify',
    base: 'The State Department intends to notify Congress of the F-35 sale to Greece.',
    paraphrases: [
      'The State Department plans to notify Congress of the sale of F-35 jets to Greece.',
      'The State Department wants to inform Congress of the F-35 sale to Greece next week.',
      'Washington intends to notify Congress formally of the F-35 sale to Greece.',
    ],
    claims: ['transfer USA>GRC [aircraft] planned'],
    notClaims: ['transfer USA>GRC [*] asserted'],
  },
  {
    id: 'support-purchase',
    base: "Washington supports Turkey's purchase of F-16 jets from the United States.",
    paraphrases: [
      "Washington endorses Turkey's acquisition of F-16 jets from the United States.",
      'The administration supports the sale of F-16 jets to Turkey.',
    ],
    claims: ['transfer USA>TUR [aircraft] planned'],
    notClaims: ['transfer USA>TUR [*] asserted'],
  },
  {
    id: 'hold-on-sale',
    base: 'Senator Cardin had put a hold on the sale of F-16 jets to Turkey.',
    paraphrases: [
      'Senator Cardin had placed a hold on the sale of F-16 jets to Turkey.',
      'The sale of F-16 jets to Turkey was put on hold by Senator Cardin.',
      'Senator Cardin had blocked the sale of F-16 jets to Turkey.',
      'Senator Cardin had held up the sale of F-16 jets to Turkey.',
    ],
    claims: ['transfer *>TUR [aircraft] denied'],
    notClaims: ['transfer *>TUR [*] asserted'],
  },
  {
    id: 'shelved-deal',
    base: 'Washington shelved the sale of F-35 jets to the United Arab Emirates.',
    paraphrases: [
      'Washington suspended the sale of F-35 jets to the United Arab Emirates.',
      'Washington postponed the sale of F-35 jets to the United Arab Emirates.',
      'Washington scrapped the sale of F-35 jets to the United Arab Emirates.',
      'The sale of F-35 jets to the United Arab Emirates was frozen by Washington.',
    ],
    claims: ['transfer USA>ARE [aircraft] denied'],
    notClaims: ['transfer USA>ARE [*] asserted'],
  },
  {
    id: 'hypothetical-consequence',
    base: 'Moscow warned that Taurus strikes would turn Germany into a party to the conflict.',
    paraphrases: [
      'Moscow warned that any Taurus strikes would make Germany a party to the conflict.',
      'The Kremlin warned that strikes with Taurus missiles would turn Germany into a party to the war.',
    ],
    claims: ['threaten RUS>DEU conditional'],
    notClaims: ['threaten RUS>DEU planned'],
  },
  {
    id: 'anyone-who',
    base: 'A State Department spokesman warned that anyone who sends weapons to Russia will face consequences.',
    paraphrases: [
      'Anyone who sends weapons to Russia will face consequences, the spokesman said.',
      'A State Department spokesman warned that anybody who supplies weapons to Russia will face consequences.',
      'Whoever sends weapons to Russia will face consequences, a State Department spokesman warned.',
    ],
    claims: ['threaten *>* conditional', 'transfer *>RUS [*] conditional'],
    notClaims: ['threaten *>* planned'],
  },
  {
    id: 'refer-you',
    base: 'QUESTION: Reports say Pakistani artillery shells reached Ukraine.\n\nMR PATEL: I would refer you to the Government of Pakistan on that.',
    paraphrases: [
      "QUESTION: Reports say Pakistani artillery shells reached Ukraine.\n\nMR PATEL: I'd refer you to the Pakistani government on that.",
      'Reports say Pakistani artillery shells reached Ukraine. A State Department spokesman said he would refer questions to the Government of Pakistan.',
    ],
    claims: ['transfer PAK>UKR [artillery_ammunition] unconfirmed'],
  },
  {
    id: 'not-aware',
    base: "The drones had been shipped from China to Libya, investigators said. China's foreign ministry said it was not aware of the case and that Beijing strictly controls exports of military items.",
    paraphrases: [
      "The drones had been shipped from China to Libya, investigators said. China's foreign ministry said it was not aware of the case.",
      "Investigators said the drones had been shipped from China to Libya. Beijing's foreign ministry said it was not aware of the matter and that China strictly controls its arms exports.",
    ],
    claims: ['transfer CHN>LBY [drone] unconfirmed'],
  },
  {
    id: 'own-party-answer',
    base: "Germany refused to export the engines to China for the submarine. China agreed to supply a submarine to Thailand. China will deliver the submarine to Thailand in 2025. Germany's economy ministry declined to comment.",
    paraphrases: [
      'Germany refused to export the engines to China for the submarine. China agreed to supply a submarine to Thailand. China will deliver the submarine to Thailand in 2025. The German economy ministry did not comment.',
      'Germany refused to export the engines to China for the submarine. China agreed to supply a submarine to Thailand. China will deliver the submarine to Thailand in 2025. Berlin declined to comment.',
    ],
    claims: ['transfer DEU>CHN [*] unconfirmed'],
    notClaims: ['transfer CHN>THA [*] unconfirmed'],
  },
  {
    id: 'scheduled',
    base: 'The deliveries of F-16 jets to Ukraine are slated for next year.',
    paraphrases: [
      'The deliveries of F-16 jets to Ukraine are scheduled for next year.',
      'The delivery of F-16 jets to Ukraine is planned for next year.',
      'The first F-16 jets are scheduled to arrive in Ukraine next year.',
      'The scheduled delivery of F-16 jets to Ukraine was announced on Monday.',
    ],
    claims: ['transfer *>UKR [aircraft] planned'],
    notClaims: ['transfer *>UKR [aircraft] asserted'],
  },
  {
    id: 'prepared-to-extend',
    base: 'The EU presidency said member states were prepared to extend sanctions to four more Iranian entities.',
    paraphrases: [
      'The EU presidency said member states intended to extend sanctions to four more Iranian entities.',
      'Member states were ready to expand the sanctions on Iran, the EU presidency said.',
    ],
    claims: ['sanction *>IRN planned'],
    notClaims: ['sanction *>IRN asserted'],
  },
  {
    id: 'cleared-sale',
    base: 'The State Department has cleared the sale of F-16s to Turkey.',
    paraphrases: [
      'The State Department has approved the sale of F-16s to Turkey.',
      'The State Department cleared a sale of F-16 jets to Turkey on Friday.',
      'Washington and Ankara are in talks on the sale of F-16s to Turkey.',
    ],
    claims: ['transfer USA>TUR [aircraft] planned'],
    notClaims: ['transfer USA>TUR [aircraft] asserted'],
  },
];
