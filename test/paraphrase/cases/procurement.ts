import type { ParaphraseCase } from '../case.js';

/** Buying and selling weapons across Africa, Asia, Latin America and the Gulf: systems and generic words. */
export const procurement: readonly ParaphraseCase[] = [
  {
    id: 'kaan-indonesia',
    base: 'Indonesia has ordered 48 KAAN fighters from Turkey.',
    paraphrases: [
      'Jakarta ordered 48 KAAN fighter jets from Ankara.',
      'Turkey will sell 48 KAAN fighters to Indonesia.',
      'Indonesia is buying 48 KAAN stealth fighters from Turkey.',
      'Forty-eight KAAN fighters were ordered from Turkey by Indonesia.',
    ],
    claims: ['transfer|negotiate_transfer TUR>IDN [aircraft] planned|asserted'],
  },
  {
    id: 'kf21',
    base: 'South Korea will export KF-21 fighters to Indonesia.',
    paraphrases: [
      'Seoul will sell KF-21 Boramae jets to Jakarta.',
      'Indonesia will buy KF-21 fighters from South Korea.',
      'KF-21 fighters will be exported to Indonesia by South Korea.',
    ],
    claims: ['transfer KOR>IDN [aircraft] planned'],
  },
  {
    id: 'l15-trainers',
    base: 'The United Arab Emirates ordered L-15 trainer jets from China.',
    paraphrases: [
      'Abu Dhabi ordered a dozen Chinese L-15 trainer jets.',
      'China will supply L-15 trainer aircraft to the UAE.',
      'The UAE is buying L-15 jet trainers from China.',
    ],
    claims: ['transfer CHN>ARE [aircraft] planned|asserted'],
  },
  {
    id: 'akash-armenia',
    base: 'Armenia received Akash air defence systems from India.',
    paraphrases: [
      'India delivered Akash air defence systems to Armenia.',
      'Yerevan took delivery of Indian Akash systems.',
      'Akash air defence systems were shipped to Armenia by India.',
      'India has supplied Armenia with Akash systems.',
    ],
    claims: ['transfer IND>ARM [air_defense] asserted'],
  },
  {
    id: 'pinaka-armenia',
    base: 'India sold Pinaka rocket launchers to Armenia.',
    paraphrases: [
      'Armenia purchased Pinaka rocket launchers from India.',
      'Pinaka multiple rocket launchers were sold to Armenia by India.',
      'Yerevan bought Indian Pinaka launchers.',
    ],
    claims: ['transfer IND>ARM [rocket_artillery] asserted'],
  },
  {
    id: 'super-tucano-nigeria',
    base: 'The United States delivered Super Tucano aircraft to Nigeria.',
    paraphrases: [
      'Nigeria received A-29 Super Tucano planes from the United States.',
      'Washington handed over Super Tucano light attack aircraft to Abuja.',
      'Super Tucano aircraft were delivered to Nigeria by the US.',
    ],
    claims: ['transfer USA>NGA [aircraft] asserted'],
  },
  {
    id: 'fk3-serbia',
    base: 'Serbia has taken delivery of the Chinese FK-3 air defence system.',
    paraphrases: [
      'China delivered FK-3 air defence systems to Serbia.',
      'Belgrade received FK-3 systems from Beijing.',
      'Chinese FK-3 air defence systems arrived in Serbia.',
      'FK-3 systems were delivered to Serbia by China.',
    ],
    claims: ['transfer CHN>SRB [air_defense] asserted'],
  },
  {
    id: 'scorpene-brazil',
    base: 'France sold Scorpene submarines to Brazil.',
    paraphrases: [
      'Brazil bought Scorpene submarines from France.',
      'Scorpene submarines were sold to Brazil by France.',
      "Brazil's purchase of French Scorpene submarines was completed.",
      'Paris sold Brasilia Scorpene submarines.',
    ],
    claims: ['transfer FRA>BRA [naval] asserted'],
  },
  {
    id: 'landing-dock-thailand',
    base: 'Thailand has taken delivery of a Chinese-built landing platform dock.',
    paraphrases: [
      'China delivered a landing platform dock to Thailand.',
      'Thailand received a Type 071 landing platform dock from China.',
      'A Chinese-built amphibious ship was handed over to Thailand.',
    ],
    claims: ['transfer CHN>THA [naval] asserted'],
  },
  {
    id: 'junta-myanmar',
    base: 'Russia supplied fighter jets to the junta in Myanmar.',
    paraphrases: [
      "Russia supplied fighter jets to Myanmar's junta.",
      "Myanmar's military government received fighter jets from Russia.",
      'Fighter jets were supplied to the military government of Myanmar by Russia.',
      'Moscow delivered fighter jets to the regime in Myanmar.',
    ],
    claims: ['transfer RUS>MMR [aircraft] asserted'],
  },
  {
    id: 'army-of-burkina',
    base: 'Turkey delivered armed drones to the army of Burkina Faso.',
    paraphrases: [
      'Turkey delivered armed drones to the army in Burkina Faso.',
      "Burkina Faso's army took delivery of Turkish armed drones.",
      'The government of Burkina Faso received armed drones from Turkey.',
    ],
    claims: ['transfer TUR>BFA [drone] asserted'],
  },
  {
    id: 'plural-possessor',
    base: "The Philippines' purchase of BrahMos missiles from India was completed.",
    paraphrases: [
      "The Philippines' acquisition of BrahMos missiles from India was completed.",
      'India completed the sale of BrahMos missiles to the Philippines.',
      "The Netherlands' purchase of BrahMos missiles from India was completed.",
    ],
    claims: ['transfer IND>PHL|NLD [cruise_missile] asserted'],
  },
  {
    id: 'sourced-imported',
    base: 'Azerbaijan bought drones from Israel.',
    paraphrases: [
      'Azerbaijan sourced most of its drones from Israel.',
      'Azerbaijan has sourced drones from Israel.',
      'Azerbaijan is the biggest importer of Israeli drones.',
      'Israel is the largest exporter of drones to Azerbaijan.',
    ],
    claims: ['transfer ISR>AZE [drone] asserted'],
    notClaims: ['transfer AZE>ISR [*] *'],
  },
  {
    id: 'took-possession',
    base: 'Russia received ballistic missiles from Iran.',
    paraphrases: [
      'Russia took possession of Iranian ballistic missiles.',
      'Russia has taken possession of ballistic missiles from Iran.',
    ],
    claims: ['transfer IRN>RUS [ballistic_missile] asserted'],
  },
];
