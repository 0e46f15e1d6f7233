import type { ParaphraseCase } from '../case.js';

/** Who gets which weapons when one sentence pairs several parties with several weapons, and whose act "its" names. */
export const pairing: readonly ParaphraseCase[] = [
  {
    id: 'jets-and-submarines',
    base: 'Egypt bought Rafale jets from France and submarines from Germany.',
    paraphrases: [
      'Egypt purchased Rafale jets from France and submarines from Germany.',
      'Cairo bought Rafale jets from Paris and submarines from Berlin.',
      'Egypt acquired Rafale jets from France and Type 209 submarines from Germany.',
    ],
    claims: ['transfer FRA>EGY [aircraft] asserted', 'transfer DEU>EGY [naval] asserted'],
    notClaims: ['transfer FRA>EGY [naval] *', 'transfer DEU>EGY [aircraft] *'],
  },
  {
    id: 'turned-to-two',
    base: 'Saudi Arabia turned to China for armed drones and to South Korea for air defence.',
    paraphrases: [
      'Riyadh turned to Beijing for armed drones and to Seoul for air defence.',
      'Saudi Arabia has turned to China for drones and to South Korea for air defence systems.',
    ],
    claims: [
      'negotiate_transfer CHN>SAU [drone] asserted',
      'negotiate_transfer KOR>SAU [air_defense] asserted',
    ],
    notClaims: ['negotiate_transfer CHN>SAU [air_defense] *', 'negotiate_transfer KOR>SAU [drone] *'],
  },
  {
    id: 'drones-and-missiles-split',
    base: 'Iran sent drones to Russia and missiles to the Houthis.',
    paraphrases: [
      'Tehran sent drones to Moscow and missiles to the Houthis.',
      'Iran shipped drones to Russia and missiles to the Houthis.',
      'Iran supplied drones to Russia and missiles to the Houthis.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted', 'transfer IRN>group:houthis [missile] asserted'],
    notClaims: ['transfer IRN>RUS [missile] *', 'transfer IRN>group:houthis [drone] *'],
  },
  {
    id: 'tanks-and-frigates',
    base: 'Algeria buys tanks from Russia and frigates from China.',
    paraphrases: [
      'Algeria purchases tanks from Russia and frigates from China.',
      'Algiers buys tanks from Moscow and frigates from Beijing.',
    ],
    claims: ['transfer RUS>DZA [armored_vehicle] asserted', 'transfer CHN>DZA [naval] asserted'],
    notClaims: ['transfer RUS>DZA [naval] *', 'transfer CHN>DZA [armored_vehicle] *'],
  },
  {
    id: 'its-purchase',
    base: 'The United States imposed sanctions on Turkey over its purchase of Russian S-400 systems.',
    paraphrases: [
      'Washington sanctioned Ankara for its acquisition of Russian S-400 air defence systems.',
      'The US sanctioned Turkey over its acquisition of the Russian S-400.',
      'Washington imposed sanctions on Ankara over its purchase of S-400 systems from Russia.',
    ],
    claims: ['sanction USA>TUR asserted', 'transfer RUS>TUR [air_defense] asserted'],
    notClaims: ['transfer RUS>USA [*] *'],
  },
  {
    id: 'its-sale',
    base: "Britain criticised Serbia for Serbia's sale of ammunition to Ukraine.",
    paraphrases: [
      'Britain criticised Serbia for its sale of ammunition to Ukraine.',
      'Russia rebuked Belgrade over its sale of ammunition to Kyiv.',
      'Moscow complained to Serbia about its sale of ammunition to Ukraine.',
    ],
    claims: ['transfer SRB>UKR [artillery_ammunition] asserted'],
    notClaims: ['transfer GBR>* [*] *', 'transfer RUS>* [*] *'],
  },
  {
    id: 'firms-in-a-state',
    base: 'Chinese companies supplied drone components to Russia.',
    paraphrases: [
      'Companies in China supplied drone components to Russia.',
      'Firms from China shipped drone components to Russia.',
      'Entities in China provided drone components to Russian manufacturers.',
    ],
    claims: ['transfer CHN>RUS [other] asserted'],
  },
  {
    id: 'parts-not-fired',
    base: 'Turkish firms sold Russia machine tools used in missile production.',
    paraphrases: [
      'The companies supplied Russia with components used in cruise missiles.',
      'Firms in Turkey shipped Russia electronic components used in drones.',
    ],
    claims: ['transfer *>RUS [*] asserted'],
    notClaims: ['military_use *>* [*] *'],
  },
  {
    id: 'sold-then-dropped',
    base: 'The precision-guided bombs that Washington sold to Saudi Arabia were dropped on weddings in Yemen.',
    paraphrases: [
      'Guided bombs that the United States sold to Saudi Arabia were dropped on a school bus in Yemen.',
      'The smart bombs which America sold to Riyadh were dropped on a market in Yemen.',
    ],
    claims: ['transfer USA>SAU [guided_bomb] asserted', 'military_use SAU>YEM [guided_bomb] asserted'],
    notClaims: ['military_use *>USA [*] *'],
  },
  {
    id: 'relative-gap-before-object',
    base: 'The Gepard anti-aircraft tanks that Berlin sent to Ukraine need ammunition.',
    paraphrases: [
      'The Gepards that Germany sent to Ukraine are running short of shells.',
      'The anti-aircraft tanks which Berlin delivered to Kyiv lack ammunition.',
      'The IRIS-T systems that Germany supplied to Ukraine need more missiles.',
    ],
    claims: ['transfer DEU>UKR [air_defense] asserted'],
    notClaims: ['transfer DEU>UKR [artillery_ammunition] *'],
  },
];
