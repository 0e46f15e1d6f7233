import type { ParaphraseCase } from '../case.js';

/**
 * Status that depends on what a cue governs (issue 13): a wh-complement presupposes its event, a denial
 * of a hedge or a halt, acts asked for or permitted, a negated telling verb, a withheld admission, and a
 * refusal in a relative clause that leaves the main clause's act told.
 */
export const statusPresupposed: readonly ParaphraseCase[] = [
  {
    id: 'wh-complement',
    base: 'Officials declined to say how many missiles Britain had sent to Ukraine.',
    paraphrases: [
      'The ministry would not say how many Storm Shadow missiles Britain had sent to Ukraine.',
      'London did not disclose how many cruise missiles Britain had delivered to Ukraine.',
      'Officials refused to specify how many missiles Britain had shipped to Ukraine.',
    ],
    claims: ['transfer GBR>UKR [*] asserted'],
    notClaims: ['transfer GBR>UKR [*] unconfirmed', 'transfer GBR>UKR [*] denied'],
  },
  {
    id: 'denied-hedge',
    base: 'Beijing dismissed claims that China was considering supplying weapons to Russia.',
    paraphrases: [
      'Beijing rejected claims that China might supply weapons to Russia.',
      'Beijing denied that China was planning to supply weapons to Russia.',
      'Beijing dismissed reports that China could send weapons to Russia.',
    ],
    claims: ['transfer CHN>RUS [*] denied'],
    notClaims: ['transfer CHN>RUS [*] possible'],
  },
  {
    id: 'denied-halt',
    base: 'The ministry denied that shipments of F-16 parts to Turkey had been suspended.',
    paraphrases: [
      'The ministry denied that deliveries of F-16 parts to Turkey had been halted.',
      'The ministry dismissed reports that shipments of F-16 parts to Turkey had been frozen.',
      'The ministry rejected claims that shipments of F-16 parts to Turkey had been paused.',
    ],
    claims: ['transfer *>TUR [aircraft] asserted'],
    notClaims: [],
  },
  {
    id: 'directed-act',
    base: 'Lawmakers urged the government to send Taurus missiles to Ukraine.',
    paraphrases: [
      'Lawmakers pressed the government to deliver Taurus missiles to Ukraine.',
      'Lawmakers called on the government to send Taurus missiles to Ukraine.',
      'Lawmakers demanded that Taurus missiles be sent to Ukraine.',
      'Lawmakers asked the government to supply Taurus missiles to Ukraine.',
    ],
    claims: ['transfer *>UKR [cruise_missile] planned'],
    notClaims: ['transfer *>UKR [*] asserted'],
  },
  {
    id: 'negated-telling',
    base: 'The Pentagon did not publicize the delivery of HIMARS launchers to Ukraine.',
    paraphrases: [
      'The Pentagon has not announced the delivery of HIMARS launchers to Ukraine.',
      'The Pentagon did not disclose the shipment of HIMARS launchers to Ukraine.',
      'The Pentagon never revealed the transfer of HIMARS launchers to Ukraine.',
    ],
    claims: ['transfer USA>UKR [rocket_artillery] asserted'],
    notClaims: ['transfer USA>UKR [*] denied'],
  },
  {
    id: 'withheld-admission',
    base: 'Tehran has never acknowledged sending drones to Sudan.',
    paraphrases: [
      'Tehran has never admitted sending drones to Sudan.',
      'Tehran has not acknowledged that it sent drones to Sudan.',
      'Tehran did not admit that it had shipped drones to Sudan.',
    ],
    claims: ['transfer IRN>SDN [drone] unconfirmed'],
    notClaims: ['transfer IRN>SDN [*] denied'],
  },
  {
    id: 'relative-refusal',
    base: 'Germany, which refused to send Taurus missiles, delivered Patriot systems to Ukraine.',
    paraphrases: [
      'Germany, which has declined to send Taurus missiles, delivered Patriot systems to Ukraine.',
      'Germany, which ruled out sending Taurus missiles, has delivered Patriot systems to Ukraine.',
    ],
    claims: ['transfer DEU>UKR [air_defense] asserted'],
    notClaims: [],
  },
];
