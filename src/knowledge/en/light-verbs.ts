import type { LightVerbData } from './schema.js';

/**
 * Verbs that hold a noun of the event as their object and lend it their subject: "Poland took delivery
 * of K2 tanks" makes Poland the recipient of the delivery; "Russia is negotiating the purchase of
 * missiles" makes Russia the buyer. `receiver`: the verb's subject receives what the noun moves;
 * `destination`: the noun is the verb's subject and the verb's object or in-phrase receives ("a
 * consignment of rifles reached Ukraine"); `imposer`: the noun stands in the verb's with-, under- or to-phrase,
 * the verb's agent imposes it and its object bears it ("placed North Korean officials under sanctions");
 * `bearer`: the verb's subject bears the noun it holds, alone or in an of-phrase ("Iran faces the threat
 * of sanctions").
 */
export const lightVerbs: readonly LightVerbData[] = [
  {
    lemma: 'take',
    role: 'receiver',
    examples: [
      {
        text: 'Poland took delivery of K2 Black Panther tanks from South Korea.',
        claims: ['transfer KOR>POL [armored_vehicle] asserted'],
      },
      {
        text: 'Pakistan has taken delivery of Chinese J-10C fighter jets.',
        claims: ['transfer CHN>PAK [aircraft] asserted'],
      },
    ],
  },
  {
    lemma: 'receive',
    role: 'receiver',
    examples: [
      {
        text: 'Russia received a shipment of Shahed drones from Iran.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
      // A request received asks its receiver, who would supply.
      {
        text: 'Germany received a request from Ukraine for Taurus missiles.',
        claims: ['negotiate_transfer DEU>UKR [cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'accept',
    role: 'receiver',
    examples: [
      {
        text: 'Ukraine accepted a delivery of Leopard tanks from Germany.',
        claims: ['transfer DEU>UKR [armored_vehicle] asserted'],
      },
    ],
  },
  {
    lemma: 'place',
    role: 'receiver',
    examples: [
      {
        text: 'Egypt placed an order for K9 howitzers with South Korea.',
        claims: ['transfer KOR>EGY [other] planned'],
        gap: 'roles are read (KOR>EGY), but the status pass reads a planned verb trigger as planned only when wink tags it a verb: "an order" is told asserted',
      },
    ],
  },
  {
    lemma: 'await',
    role: 'receiver',
    examples: [
      {
        text: 'Ukraine is awaiting deliveries of F-16 jets from Denmark.',
        claims: ['transfer DNK>UKR [aircraft] asserted|planned'],
      },
    ],
  },
  {
    lemma: 'reach',
    role: 'destination',
    examples: [
      {
        text: 'A consignment of rifles from Serbia reached Ukraine.',
        claims: ['transfer SRB>UKR [small_arms] asserted'],
      },
    ],
  },
  {
    lemma: 'arrive',
    role: 'destination',
    examples: [
      {
        text: 'The first shipment of Leopard tanks from Germany arrived in Ukraine.',
        claims: ['transfer DEU>UKR [armored_vehicle] asserted'],
      },
    ],
  },
  {
    lemma: 'land',
    role: 'destination',
    examples: [
      {
        text: 'A shipment of Iranian drones landed in Russia, the official said.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'place',
    role: 'imposer',
    examples: [
      {
        text: 'The EU placed North Korean officials under sanctions over arms deliveries to Russia.',
        claims: ['sanction igo:eu>PRK [] asserted'],
      },
      {
        text: 'Saudi Arabia was placed under an arms embargo by Germany.',
        claims: ['sanction DEU>SAU [] asserted'],
      },
    ],
  },
  {
    lemma: 'put',
    role: 'imposer',
    examples: [
      {
        text: 'Britain put three Iranian generals under sanctions on Monday.',
        claims: ['sanction GBR>IRN [] asserted'],
      },
    ],
  },
  {
    lemma: 'hit',
    role: 'imposer',
    examples: [
      {
        text: 'Japan hit Russian entities with new sanctions.',
        claims: ['sanction JPN>RUS [] asserted'],
      },
      {
        text: 'Russian entities were hit with sanctions by Japan.',
        claims: ['sanction JPN>RUS [] asserted'],
      },
    ],
  },
  {
    lemma: 'target',
    role: 'imposer',
    examples: [
      {
        text: 'The EU targeted Iranian drone makers with new sanctions.',
        claims: ['sanction igo:eu>IRN [] asserted'],
      },
    ],
  },
  {
    lemma: 'slap',
    role: 'imposer',
    examples: [
      {
        text: 'Canada slapped Belarusian officials with sanctions over the drone deliveries.',
        claims: ['sanction CAN>BLR [] asserted'],
      },
    ],
  },
  {
    lemma: 'add',
    role: 'imposer',
    examples: [
      {
        text: 'The US Treasury added three Iranian drone makers to its sanctions list.',
        claims: ['sanction USA>IRN [] asserted'],
      },
      {
        text: 'Two Chinese firms were added to the EU sanctions list on Friday.',
        claims: ['sanction igo:eu>CHN [] asserted'],
      },
    ],
  },
  {
    lemma: 'face',
    role: 'bearer',
    examples: [
      {
        text: 'Iran faces the threat of sanctions over its drone deliveries to Russia.',
        claims: ['sanction *>IRN [] planned'],
      },
      {
        text: 'Belarus faces new sanctions from the EU.',
        claims: ['sanction igo:eu>BLR [] planned|asserted'],
      },
    ],
  },
  {
    lemma: 'risk',
    role: 'bearer',
    examples: [
      {
        text: 'Turkey risks sanctions from Washington over its purchase of Russian S-400 systems.',
        claims: ['sanction USA>TUR [] planned', 'transfer RUS>TUR [air_defense] asserted'],
      },
    ],
  },
  {
    lemma: 'vow',
    role: 'promiser',
    examples: [
      {
        text: 'Iran vowed a crushing response against Israel.',
        claims: ['threaten IRN>ISR [] asserted|planned'],
      },
    ],
  },
  {
    lemma: 'promise',
    role: 'promiser',
    examples: [
      {
        text: 'Iran promised a proportionate response to Britain.',
        claims: ['threaten IRN>GBR [] planned|asserted'],
      },
    ],
  },
  {
    lemma: 'pledge',
    role: 'promiser',
    examples: [
      {
        text: 'Russia pledged a firm response against Finland.',
        claims: ['threaten RUS>FIN [] planned|asserted'],
      },
    ],
  },
  {
    lemma: 'warn',
    role: 'promiser',
    examples: [
      {
        text: 'Tehran warned Israel of a crushing response.',
        claims: ['threaten IRN>ISR [] asserted|planned'],
      },
    ],
  },
  {
    lemma: 'ask',
    role: 'referrer',
    examples: [
      {
        text: 'Kyiv asked the IAEA to look into the shelling of the Zaporizhzhia plant.',
        claims: ['refer_international UKR>igo:iaea [] asserted'],
      },
      {
        text: 'London and Paris asked the UN Security Council to meet on the Iranian drone transfers.',
        claims: [
          'refer_international GBR>igo:unsc [] asserted',
          'refer_international FRA>igo:unsc [] asserted',
        ],
      },
    ],
  },
  {
    lemma: 'request',
    role: 'referrer',
    examples: [
      {
        text: 'France and Britain requested a UN Security Council meeting on the drone transfers.',
        claims: [
          'refer_international FRA>igo:unsc [] asserted',
          'refer_international GBR>igo:unsc [] asserted',
        ],
      },
    ],
  },
  {
    lemma: 'call',
    role: 'referrer',
    examples: [
      {
        text: 'Ukraine called on the UN to investigate the drone wreckage.',
        claims: ['refer_international UKR>igo:un [] asserted'],
      },
      {
        text: 'Britain called for a meeting of the UN Security Council on the transfers.',
        claims: ['refer_international GBR>igo:unsc [] asserted'],
      },
    ],
  },
  {
    lemma: 'invite',
    role: 'referrer',
    examples: [
      {
        text: 'Ukraine invited UN experts to inspect the drone wreckage.',
        claims: ['refer_international UKR>igo:un [] asserted'],
      },
      {
        text: 'UN experts were invited by Ukraine to inspect the wreckage of the drones.',
        claims: ['refer_international UKR>igo:un [] asserted'],
      },
    ],
  },
  {
    lemma: 'file',
    role: 'referrer',
    examples: [
      {
        text: 'Ukraine filed a complaint over the strikes with the International Criminal Court.',
        claims: ['refer_international UKR>igo:icc [] asserted'],
      },
      {
        text: 'Pretoria filed a case against Israel at the ICJ.',
        claims: ['refer_international ZAF>igo:icj [] asserted'],
      },
    ],
  },
  {
    lemma: 'urge',
    role: 'referrer',
    examples: [
      {
        text: 'Kyiv urged the IAEA to send inspectors to the plant.',
        claims: ['refer_international UKR>igo:iaea [] asserted'],
      },
    ],
  },
];
