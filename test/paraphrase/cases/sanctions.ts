import type { ParaphraseCase } from '../case.js';

/** Sanctions, blacklists, embargoes and asset freezes, by states and blocs. */
export const sanctions: readonly ParaphraseCase[] = [
  {
    id: 'impose',
    base: 'The United States imposed sanctions on Iran.',
    paraphrases: [
      'Washington slapped sanctions on Tehran.',
      'The United States sanctioned Iran.',
      'Sanctions were imposed on Iran by the United States.',
      'The US hit Iran with new sanctions.',
      'The United States placed sanctions on Iran.',
      'The United States imposed penalties on Iran.',
    ],
    claims: ['sanction USA>IRN asserted'],
  },
  {
    id: 'blacklist',
    base: 'The US Treasury blacklisted three Iranian drone makers.',
    paraphrases: [
      'The US Treasury sanctioned three Iranian drone makers.',
      'The US Treasury added three Iranian drone makers to its sanctions list.',
      'Three Iranian drone makers were blacklisted by the US Treasury.',
      'The US Treasury designated three Iranian drone makers for sanctions.',
    ],
    claims: ['sanction USA>IRN asserted'],
  },
  {
    id: 'eu-officials',
    base: 'The European Union imposed sanctions on North Korean officials over arms deliveries to Russia.',
    paraphrases: [
      'The EU sanctioned North Korean officials over arms deliveries to Russia.',
      'North Korean officials were sanctioned by the European Union over arms supplies to Russia.',
      'The EU slapped sanctions on North Korean officials for arming Russia.',
      'The EU placed North Korean officials under sanctions over arms deliveries to Russia.',
    ],
    claims: ['sanction igo:eu>PRK asserted'],
  },
  {
    id: 'planned',
    base: 'Britain will impose sanctions on Belarus.',
    paraphrases: [
      'Britain is set to impose sanctions on Belarus.',
      'London plans to sanction Minsk.',
      'Britain is preparing sanctions against Belarus.',
      'Sanctions on Belarus will be imposed by Britain.',
    ],
    claims: ['sanction GBR>BLR planned'],
  },
  {
    id: 'japan-entities',
    base: 'Japan imposed sanctions on Russian entities.',
    paraphrases: [
      'Tokyo slapped sanctions on Russian entities.',
      'Japan has sanctioned Russian entities.',
      'Russian entities were hit with sanctions by Japan.',
      'Japan froze the assets of Russian entities.',
    ],
    claims: ['sanction JPN>RUS asserted'],
  },
  {
    id: 'ecowas-niger',
    base: 'ECOWAS imposed sanctions on Niger after the coup.',
    paraphrases: [
      'ECOWAS slapped sanctions on Niger after the coup.',
      'Niger was sanctioned by ECOWAS after the coup.',
      'After the coup, ECOWAS placed sanctions on Niger.',
      'The West African bloc ECOWAS imposed sanctions on Niamey after the coup.',
    ],
    claims: ['sanction igo:ecowas>NER asserted'],
  },
  {
    id: 'reimpose-venezuela',
    base: 'Washington reimposed sanctions on Venezuela.',
    paraphrases: [
      'The United States reinstated sanctions on Venezuela.',
      'Sanctions on Venezuela were reimposed by Washington.',
      'Washington restored its sanctions against Caracas.',
    ],
    claims: ['sanction USA>VEN asserted'],
  },
  {
    id: 'china-countermeasures',
    base: 'China imposed sanctions on US defence firms over arms sales to Taiwan.',
    paraphrases: [
      'Beijing sanctioned American defence companies over arms sales to Taiwan.',
      'China slapped sanctions on US defence contractors over weapons sales to Taiwan.',
      'US defence firms were sanctioned by China over arms sales to Taiwan.',
      'China announced countermeasures against US defence firms over arms sales to Taiwan.',
    ],
    claims: ['sanction CHN>USA asserted'],
  },
  {
    id: 'arms-embargo',
    base: 'Germany imposed an arms embargo on Saudi Arabia.',
    paraphrases: [
      'Germany banned arms exports to Saudi Arabia.',
      'Berlin slapped an arms embargo on Riyadh.',
      'Saudi Arabia was placed under an arms embargo by Germany.',
    ],
    claims: ['sanction DEU>SAU asserted'],
  },
  {
    id: 'uk-irgc',
    base: "Britain imposed sanctions on Iran's Revolutionary Guards over drone supplies to Russia.",
    paraphrases: [
      "Britain sanctioned Iran's Revolutionary Guards over drone supplies to Russia.",
      "The UK blacklisted Iran's Revolutionary Guards over drone supplies to Russia.",
      "Iran's Revolutionary Guards were sanctioned by Britain over drone supplies to Russia.",
    ],
    claims: ['sanction GBR>IRN|org:irgc asserted'],
  },
];
