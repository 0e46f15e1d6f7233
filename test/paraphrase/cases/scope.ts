import type { ParaphraseCase } from '../case.js';

/**
 * The scope of status cues over clauses (issue 13): a negation, hedge, plan or condition governs its
 * own clause and what that clause embeds, never a sibling clause or a coordinated verb with a stance of
 * its own; a failure or "yet to" leaves the act undone; a halt is no delivery.
 */
export const scope: readonly ParaphraseCase[] = [
  {
    id: 'sibling-denial',
    base: 'Minsk at first denied the reports, then admitted sending drones to Russia.',
    paraphrases: [
      'Minsk initially rejected the reports but later admitted sending drones to Russia.',
      'Belarus first denied the reports and then acknowledged supplying drones to Russia.',
      'Minsk denied the reports at first, but then admitted that it had sent drones to Russia.',
    ],
    claims: ['transfer BLR>RUS [drone] asserted'],
    notClaims: ['transfer BLR>RUS [*] denied'],
  },
  {
    id: 'denied-but-admitted',
    base: 'Iran denied that it sent drones to Russia but admitted that it sold missiles to Russia.',
    paraphrases: [
      'Iran denied sending drones to Russia but admitted selling missiles to Russia.',
      'Tehran denied that it had sent drones to Moscow, but admitted that it had sold missiles to Moscow.',
    ],
    claims: ['transfer IRN>RUS [drone] denied', 'transfer IRN>RUS [missile] asserted'],
  },
  {
    id: 'relative-island',
    base: 'Iran, which has never admitted it, sent drones to Russia.',
    paraphrases: [
      'Iran, which has not confirmed it, sent drones to Russia.',
      'Tehran, which has always denied it, supplied drones to Moscow.',
      'Iran, which would not comment, sent drones to Russia.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
    notClaims: ['transfer IRN>RUS [drone] denied'],
  },
  {
    id: 'shared-negation',
    base: 'Iran did not send drones or sell missiles to Russia.',
    paraphrases: [
      'Iran neither sent drones nor sold missiles to Russia.',
      'Tehran has not sent drones or sold missiles to Moscow.',
    ],
    claims: ['transfer IRN>RUS [missile] denied'],
    notClaims: ['transfer IRN>RUS [*] asserted'],
  },
  {
    id: 'yet-to',
    base: 'Germany has yet to deliver the Leopard tanks to Ukraine.',
    paraphrases: [
      'Germany has not yet delivered the Leopard tanks to Ukraine.',
      'Germany failed to deliver the Leopard tanks to Ukraine.',
      'The Leopard tanks are yet to be delivered to Ukraine by Germany.',
      'Germany has still not delivered the Leopard tanks to Ukraine.',
    ],
    claims: ['transfer DEU>UKR [armored_vehicle] denied'],
    notClaims: ['transfer DEU>UKR [*] asserted'],
  },
  {
    id: 'did-not-fail',
    base: 'Germany did not fail to deliver the Leopard tanks to Ukraine.',
    paraphrases: ['Germany did not fail to send the Leopard tanks to Ukraine.'],
    claims: ['transfer DEU>UKR [armored_vehicle] asserted'],
  },
  {
    id: 'sibling-clause-negation',
    base: 'Germany did not send tanks to Ukraine, but it sent howitzers to Ukraine.',
    paraphrases: [
      'Germany sent howitzers to Ukraine, but it did not send tanks.',
      'Berlin did not deliver tanks to Kyiv, although it delivered howitzers to Kyiv.',
    ],
    claims: ['transfer DEU>UKR [armored_vehicle] denied', 'transfer DEU>UKR [*] asserted'],
  },
  {
    id: 'no-doubt',
    base: 'Nobody doubts that Iran sent drones to Russia.',
    paraphrases: [
      'There is no doubt that Iran sent drones to Russia.',
      'Iran did not deny that it sent drones to Russia.',
      'No one disputes that Iran supplied drones to Russia.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
    notClaims: ['transfer IRN>RUS [drone] denied'],
  },
  {
    id: 'said-would',
    base: 'Tehran said it would send drones to Russia.',
    paraphrases: [
      'Tehran said that it would supply drones to Moscow.',
      'Iran said it was going to send drones to Russia.',
      'Iran announced that it would deliver drones to Russia.',
    ],
    claims: ['transfer IRN>RUS [drone] planned'],
  },
  {
    id: 'condition-scope',
    base: 'If Iran sends missiles to Russia, sanctions will follow.',
    paraphrases: [
      'Should Iran send missiles to Russia, sanctions will follow.',
      'Sanctions will follow if Iran sends missiles to Russia.',
    ],
    claims: ['transfer IRN>RUS [missile] conditional'],
    notClaims: ['transfer IRN>RUS [missile] asserted'],
  },
  {
    id: 'suspended',
    base: 'Washington suspended deliveries of bombs to Israel.',
    paraphrases: [
      'The United States paused a shipment of bombs to Israel.',
      'Washington has halted bomb deliveries to Israel.',
      'Deliveries of bombs to Israel were suspended by the United States.',
    ],
    claims: ['transfer USA>ISR [*] denied'],
    notClaims: ['transfer USA>ISR [*] asserted'],
  },
];
