import type { ParaphraseCase } from '../case.js';

/** Talks, deals, requests and offers: the supplier is the one who would give, whoever opens the talks. */
export const negotiation: readonly ParaphraseCase[] = [
  {
    id: 'talks-to-buy',
    base: 'Russia is in talks with Iran to buy ballistic missiles.',
    paraphrases: [
      'Russia is negotiating with Iran to buy ballistic missiles.',
      'Russia is negotiating the purchase of ballistic missiles from Iran.',
      'Moscow and Tehran are discussing the sale of Iranian ballistic missiles to Russia.',
      'Russia has opened talks with Iran on acquiring ballistic missiles.',
    ],
    claims: ['negotiate_transfer IRN>RUS [ballistic_missile] asserted'],
  },
  {
    id: 'deal-signed',
    base: 'India signed a deal with Russia to buy S-400 air defence systems.',
    paraphrases: [
      'India signed a contract with Russia for S-400 air defence systems.',
      'India and Russia signed a deal for the sale of S-400 air defence systems to India.',
      'New Delhi inked a deal with Moscow to acquire S-400 air defence systems.',
      'A deal for Russian S-400 air defence systems was signed by India.',
      'India signed contracts with Russia for S-400 air defence systems.',
    ],
    claims: ['negotiate_transfer RUS>IND [air_defense] asserted'],
  },
  {
    id: 'seek-shells',
    base: 'Russia is seeking artillery shells from North Korea.',
    paraphrases: [
      'Russia has asked North Korea for artillery shells.',
      'Russia has requested artillery shells from North Korea.',
      'Moscow is looking to Pyongyang for artillery shells.',
      'Russia has turned to North Korea for artillery shells.',
    ],
    claims: ['negotiate_transfer PRK>RUS [artillery_ammunition] asserted'],
  },
  {
    id: 'ask-taurus',
    base: 'Ukraine asked Germany for Taurus missiles.',
    paraphrases: [
      'Ukraine requested Taurus missiles from Germany.',
      'Kyiv appealed to Berlin for Taurus missiles.',
      'Ukraine pressed Germany to supply Taurus missiles.',
      'Ukraine has lobbied Germany for Taurus missiles.',
      'Germany received a request from Ukraine for Taurus missiles.',
      'Ukraine has made repeated requests to Germany for Taurus missiles.',
    ],
    claims: ['negotiate_transfer DEU>UKR [cruise_missile] asserted'],
  },
  {
    id: 'negotiate-sale',
    base: 'The United States is negotiating the sale of F-35 jets to the United Arab Emirates.',
    paraphrases: [
      'Washington is negotiating with Abu Dhabi over the sale of F-35 jets to the UAE.',
      'The UAE is negotiating with the United States to buy F-35 jets.',
      'Talks on the sale of American F-35 jets to the UAE are under way.',
      'The United States is in negotiations with the UAE on selling it F-35 jets.',
    ],
    claims: ['negotiate_transfer USA>ARE [aircraft] asserted'],
  },
  {
    id: 'discuss-ammunition',
    base: 'Russia discussed buying ammunition from North Korea.',
    paraphrases: [
      'Russia and North Korea discussed the supply of North Korean ammunition to Russia.',
      'Moscow held talks with Pyongyang on buying ammunition.',
      'North Korea and Russia negotiated the sale of ammunition to Moscow.',
    ],
    claims: ['negotiate_transfer PRK>RUS [artillery_ammunition] asserted'],
  },
  {
    id: 'turkey-typhoon',
    base: 'Turkey is in talks with Britain to buy Eurofighter Typhoon jets.',
    paraphrases: [
      'Ankara is negotiating with London to purchase Eurofighter Typhoon jets.',
      'Turkey is negotiating the purchase of Eurofighter Typhoon jets from Britain.',
      'Britain is in talks to sell Eurofighter Typhoon jets to Turkey.',
      'Turkey and Britain are in talks over the sale of Eurofighter Typhoon jets to Turkey.',
    ],
    claims: ['negotiate_transfer GBR>TUR [aircraft] asserted'],
  },
  {
    id: 'argentina-contract',
    base: 'Argentina signed a contract to buy F-16 jets from Denmark.',
    paraphrases: [
      'Argentina signed a deal with Denmark to purchase F-16 jets.',
      'Denmark signed a contract to sell F-16 jets to Argentina.',
      'Buenos Aires concluded a deal with Copenhagen to acquire F-16 jets.',
    ],
    claims: ['negotiate_transfer DNK>ARG [aircraft] asserted'],
  },
  {
    id: 'philippines-brahmos',
    base: 'The Philippines is negotiating with India to buy BrahMos missiles.',
    paraphrases: [
      'Manila is in talks with New Delhi on buying BrahMos missiles.',
      'India is negotiating the sale of BrahMos missiles to the Philippines.',
      'The Philippines is in negotiations with India for the purchase of BrahMos missiles.',
    ],
    claims: ['negotiate_transfer IND>PHL [cruise_missile] asserted'],
  },
  {
    id: 'offer',
    base: 'Russia offered Su-35 jets to Iran.',
    paraphrases: [
      'Moscow has offered to sell Su-35 jets to Tehran.',
      'Russia has proposed selling Su-35 fighter jets to Iran.',
      'Iran was offered Su-35 jets by Russia.',
    ],
    claims: ['negotiate_transfer RUS>IRN [aircraft] asserted'],
  },
  {
    id: 'negotiations-noun',
    base: "Russia's negotiations to acquire drones from Iran are advancing.",
    paraphrases: [
      "Russia's talks with Iran on acquiring drones are advancing.",
      'Negotiations between Russia and Iran over the purchase of Iranian drones are advancing.',
      "Moscow's negotiations with Tehran to obtain drones are making progress.",
    ],
    claims: ['negotiate_transfer IRN>RUS [drone] asserted'],
  },
];
