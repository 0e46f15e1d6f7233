import type { ParaphraseCase } from '../case.js';

/** The trade beyond sale and gift: leases, loans, re-exports, diversions, inductions, donations, handovers. */
export const trade: readonly ParaphraseCase[] = [
  {
    id: 'lease',
    base: 'The United States will lease MQ-9 Reaper drones to Poland.',
    paraphrases: [
      'Washington is to lease Reaper drones to Warsaw.',
      'Poland will lease MQ-9 Reaper drones from the United States.',
      'Reaper drones will be leased to Poland by the United States.',
      'Under the agreement, the US will lease Reaper drones to Poland.',
    ],
    claims: ['transfer USA>POL [drone] planned'],
  },
  {
    id: 'loan',
    base: 'Germany loaned two Patriot batteries to Slovakia.',
    paraphrases: [
      'Germany lent two Patriot batteries to Slovakia.',
      'Two Patriot batteries were loaned to Slovakia by Germany.',
      'Berlin loaned Bratislava two Patriot batteries.',
      'Slovakia received two Patriot batteries on loan from Germany.',
    ],
    claims: ['transfer DEU>SVK [air_defense] asserted'],
  },
  {
    id: 're-export',
    base: 'Slovakia re-exported Soviet-era howitzers to Ukraine.',
    paraphrases: [
      'Slovakia re-exported old howitzers to Kyiv.',
      'Howitzers were re-exported to Ukraine by Slovakia.',
      'Bratislava diverted its howitzers to Ukraine.',
      'Slovakia reexported its old howitzers to Ukraine.',
      'Slovakia sent its Soviet-era howitzers on to Ukraine.',
    ],
    claims: ['transfer SVK>UKR [other] asserted'],
  },
  {
    id: 'diverted-shells',
    base: 'European customers diverted Indian artillery shells to Ukraine.',
    paraphrases: [
      'Indian artillery shells were diverted to Ukraine.',
      'Shells made in India were diverted to Ukraine by European buyers.',
      'Artillery shells produced in India were redirected to Ukraine.',
    ],
    claims: ['transfer *>UKR [artillery_ammunition] asserted'],
  },
  {
    id: 'induct',
    base: 'The Philippines inducted BrahMos missiles bought from India.',
    paraphrases: [
      'The Philippine navy inducted BrahMos missiles from India.',
      'Manila inducted its first BrahMos batteries from India.',
      'The Philippines took delivery of BrahMos missiles from India.',
      'India delivered the first BrahMos missiles to the Philippines.',
    ],
    claims: ['transfer IND>PHL [cruise_missile] asserted'],
  },
  {
    id: 'donation',
    base: "Spain's donation of Leopard tanks to Ukraine was welcomed in Kyiv.",
    paraphrases: [
      'Kyiv welcomed the donation of Leopard tanks to Ukraine by Spain.',
      'Spain donated Leopard tanks to Ukraine.',
      'Leopard tanks were donated to Ukraine by Spain.',
      'Madrid gave Leopard tanks to Kyiv as a donation.',
    ],
    claims: ['transfer ESP>UKR [armored_vehicle] asserted'],
  },
  {
    id: 'handover',
    base: 'China handed over two frigates to Pakistan.',
    paraphrases: [
      'The handover of two frigates to Pakistan by China took place in Shanghai.',
      'Two frigates were handed over to Pakistan by China.',
      "China's handover of two frigates to Pakistan took place in Shanghai.",
      'Pakistan received two frigates from China.',
    ],
    claims: ['transfer CHN>PAK [naval] asserted'],
  },
  {
    id: 'place-order',
    base: 'Egypt ordered K9 howitzers from South Korea.',
    paraphrases: [
      'Cairo ordered K9 self-propelled howitzers from Seoul.',
      "Egypt's order for K9 howitzers from South Korea was signed in Cairo.",
      'K9 howitzers were ordered from South Korea by Egypt.',
      'Egypt has ordered South Korean K9 howitzers.',
    ],
    claims: ['transfer KOR>EGY [other] planned|asserted'],
  },
  {
    id: 'produce-for',
    base: 'Iran will produce Ababil drones for Tajikistan.',
    paraphrases: [
      'Iran will manufacture Ababil drones for Tajikistan.',
      'A factory will produce Iranian-designed drones for the armed forces of Tajikistan, Iran said.',
      'Tehran is to build Ababil drones for Dushanbe.',
      'Iran will assemble Ababil drones for the Tajik army.',
    ],
    claims: ['transfer IRN>TJK [drone] planned'],
  },
  {
    id: 'licence',
    base: 'Egypt produces K9 howitzers under licence from South Korea.',
    paraphrases: [
      'Egypt builds K9 howitzers under a license from South Korea.',
      'Egypt manufactures South Korean K9 howitzers under licence.',
      'Cairo assembles K9 howitzers under a licence from Seoul.',
    ],
    claims: ['transfer KOR>EGY [other] asserted'],
  },
  {
    id: 'own-production',
    base: 'Turkey builds its own drones.',
    paraphrases: [
      'Turkey produces drones for its own army.',
      'Russia is building drones for use in Ukraine.',
      'India manufactures artillery shells at home.',
    ],
    claims: [],
    notClaims: ['transfer *>* [*] *'],
  },
];
