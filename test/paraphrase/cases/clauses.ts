import type { ParaphraseCase } from '../case.js';

/** Roles and the claim's own clause: relative clauses and asides of the subject, coordinated verbs, ellipsis, control. */
export const clauses: readonly ParaphraseCase[] = [
  {
    id: 'subject-relative-clause',
    base: 'Turkey delivered Akinci drones to Mali.',
    paraphrases: [
      "Mali's junta, which expelled French troops in 2022, has received Akinci drones from Turkey.",
      'The junta in Mali, which broke with France, took delivery of Akinci drones from Turkey.',
      'Mali, which has turned away from France, received Akinci drones from Ankara.',
    ],
    claims: ['transfer TUR>MLI [drone] asserted'],
    notClaims: ['transfer TUR>FRA [*] *', 'transfer FRA>* [*] *'],
  },
  {
    id: 'object-relative-clause',
    base: 'Israel delivered Barak missiles to Morocco.',
    paraphrases: [
      'Israel delivered Barak missiles to Morocco, which had ordered them from Rafael.',
      'Israel delivered Barak missiles to Morocco, which borders Algeria.',
    ],
    claims: ['transfer ISR>MAR [missile] asserted'],
    notClaims: ['transfer ISR>DZA [*] *'],
  },
  {
    id: 'coordinated-verbs',
    base: 'Belarus delivered Su-25 jets to Myanmar.',
    paraphrases: [
      'Belarus not only sold but also delivered Su-25 jets to Myanmar.',
      'Belarus sold and delivered Su-25 jets to Myanmar.',
      'Belarus sold, shipped and delivered Su-25 jets to Myanmar.',
      'Myanmar ordered and received Su-25 jets from Belarus.',
    ],
    claims: ['transfer BLR>MMR [aircraft] asserted'],
    notClaims: ['transfer RUS>* [*] *'],
  },
  {
    id: 'vp-ellipsis',
    base: 'Denmark supplied Caesar howitzers to Ukraine.',
    paraphrases: [
      'France supplied Caesar howitzers to Ukraine, as did Denmark.',
      'France supplied Caesar howitzers to Ukraine, and so did Denmark.',
      'France supplied Caesar howitzers to Ukraine, and Denmark did too.',
      'France has supplied Caesar howitzers to Ukraine, and Denmark has as well.',
    ],
    claims: ['transfer DNK>UKR [other] asserted'],
    notClaims: ['transfer FRA>DNK [*] *'],
  },
  {
    id: 'passive-accused-of',
    base: 'Pakistan supplied drones to the Taliban.',
    paraphrases: [
      'Pakistan was accused by India of supplying drones to the Taliban.',
      'India accused Pakistan of supplying drones to the Taliban.',
    ],
    claims: ['transfer PAK>group:taliban [drone] asserted'],
    notClaims: ['transfer IND>* [*] *'],
  },
  {
    id: 'appositive-subject',
    base: 'Turkey sold drones to Ethiopia.',
    paraphrases: [
      'Turkey, a NATO member, sold drones to Ethiopia.',
      'Turkey, a major maker of armed drones, sold drones to Ethiopia.',
      'Serbia aside, Turkey sold drones to Ethiopia.',
    ],
    claims: ['transfer TUR>ETH [drone] asserted'],
  },
];
