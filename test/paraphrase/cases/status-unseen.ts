import type { ParaphraseCase } from '../case.js';

/**
 * Status cues in phrasings the dev corpora do not use (issue 13, status from scope): reports and
 * rumours as hedges, a confirmation withheld both ways, a refusal held to a condition, halts of plans
 * and of a noun's own verb, a report whose own predicate withholds confirmation, and a relative clause
 * that keeps the cues around it out.
 */
export const statusUnseen: readonly ParaphraseCase[] = [
  {
    id: 'reported-to-have',
    base: 'Iran is reported to have shipped drones to Sudan.',
    paraphrases: [
      'Iran is rumoured to have shipped drones to Sudan.',
      'Iran is understood to have sent drones to Sudan.',
      'Iran is alleged to have supplied drones to Sudan.',
    ],
    claims: ['transfer IRN>SDN [drone] possible'],
  },
  {
    id: 'unlikely',
    base: 'Russia is unlikely to deliver Su-35 jets to Iran this year.',
    paraphrases: ['Moscow is unlikely to supply Su-35 fighters to Tehran before next year.'],
    claims: ['transfer RUS>IRN [aircraft] possible'],
  },
  {
    id: 'neither-confirm-nor-deny',
    base: 'Israel would neither confirm nor deny that it sent Patriot systems to Ukraine.',
    paraphrases: [
      'Israel refused to confirm or deny sending Patriot systems to Ukraine.',
      'Israel declined to confirm or deny that it had shipped Patriot systems to Kyiv.',
      'Israeli officials would not confirm or deny that Israel sent Patriot systems to Ukraine.',
    ],
    claims: ['transfer ISR>UKR [air_defense] unconfirmed'],
  },
  {
    id: 'refusal-unless',
    base: 'Kazakhstan will not sell arms to Russia unless the sanctions are lifted.',
    paraphrases: [
      'Kazakhstan will sell no arms to Russia unless the sanctions are lifted.',
      'Astana would not supply weapons to Moscow unless the sanctions were lifted.',
    ],
    claims: ['transfer KAZ>RUS [*] conditional'],
    notClaims: ['transfer KAZ>RUS [*] denied'],
  },
  {
    id: 'plans-dropped',
    base: 'Indonesia dropped plans to buy Su-35 jets from Russia.',
    paraphrases: [
      'Indonesia scrapped plans to buy Su-35 jets from Russia.',
      'Indonesia shelved its plan to purchase Su-35 fighters from Russia.',
      'Jakarta abandoned plans to acquire Su-35 jets from Moscow.',
    ],
    claims: ['transfer RUS>IDN [aircraft] denied'],
  },
  {
    id: 'none-of',
    base: 'None of the drones were delivered to Russia by Iran.',
    paraphrases: ['None of the Iranian drones were delivered to Russia.'],
    claims: ['transfer IRN>RUS [drone] denied'],
  },
  {
    id: 'report-unverified',
    base: 'The claim that the UAE shipped weapons to Sudan could not be independently verified.',
    paraphrases: [
      'Reports that the UAE sent weapons to Sudan remain unconfirmed.',
      'The allegation that the UAE supplied arms to Sudan could not be verified.',
      'Unverified reports say the UAE shipped weapons to Sudan.',
    ],
    claims: ['transfer ARE>SDN [*] unconfirmed'],
    notClaims: ['transfer ARE>SDN [*] asserted'],
  },
  {
    id: 'refrained',
    base: 'Israel has so far refrained from sending weapons to Ukraine.',
    paraphrases: [
      'Israel has held off on sending weapons to Ukraine.',
      'Israel has so far refused to send weapons to Kyiv.',
    ],
    claims: ['transfer ISR>UKR [*] denied'],
  },
  {
    id: 'noun-halted',
    base: 'Deliveries of American howitzers to Ukraine stopped in the winter.',
    paraphrases: [
      'Deliveries of American howitzers to Ukraine halted in the winter.',
      'Shipments of American howitzers to Ukraine ceased in the winter.',
    ],
    claims: ['transfer USA>UKR [*] denied'],
  },
  {
    id: 'noun-slated',
    base: 'The transfer of F-16s to Ukraine is slated for next year.',
    paraphrases: ['The delivery of F-16s to Ukraine is scheduled for next year.'],
    claims: ['transfer *>UKR [aircraft] planned'],
  },
  {
    id: 'not-seen',
    base: 'The White House said it had not yet seen China send weapons to Russia.',
    paraphrases: [
      'The White House said it had not seen China decide to send weapons to Russia.',
      'Washington said it had not seen China supply weapons to Russia.',
    ],
    claims: ['transfer CHN>RUS [*] unconfirmed'],
    notClaims: ['transfer CHN>RUS [*] denied'],
  },
  {
    id: 'headline-infinitive',
    base: 'Germany to send Leopard tanks to Ukraine',
    paraphrases: ['Germany to deliver Leopard tanks to Ukraine', 'Berlin to supply Leopard tanks to Kyiv'],
    claims: ['transfer DEU>UKR [armored_vehicle] planned'],
  },
  {
    id: 'out-of-the-question',
    base: 'Sending tanks to Ukraine is out of the question, the German chancellor said.',
    paraphrases: [
      'Sending tanks to Ukraine is off the table, the German chancellor said.',
      'Supplying tanks to Ukraine is not an option, the German chancellor said.',
      'There is no question of sending tanks to Ukraine, the German chancellor said.',
    ],
    claims: ['transfer *>UKR [armored_vehicle] denied'],
  },
  {
    id: 'still-an-option',
    base: 'Sending tanks to Ukraine remains an option, the German chancellor said.',
    paraphrases: [
      'Sending tanks to Ukraine is still on the table, the German chancellor said.',
      'Supplying tanks to Ukraine is under consideration, the German chancellor said.',
    ],
    claims: ['transfer *>UKR [armored_vehicle] possible'],
  },
  {
    id: 'not-clear-whether',
    base: 'It was not immediately clear whether the drones had been delivered to Russia by Iran.',
    paraphrases: [
      'It remains to be seen whether Iran has delivered the drones to Russia.',
      'It is not known whether Iran delivered the drones to Russia.',
    ],
    claims: ['transfer IRN>RUS [drone] unconfirmed'],
  },
  {
    id: 'headline-mulls',
    base: 'Egypt mulls buying J-10 jets from China',
    paraphrases: [
      'Egypt weighs buying J-10 jets from China',
      'Egypt is considering buying J-10 jets from China.',
    ],
    claims: ['transfer CHN>EGY [aircraft] possible'],
  },
];
