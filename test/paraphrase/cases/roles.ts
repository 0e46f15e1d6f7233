import type { ParaphraseCase } from '../case.js';

/** Who gives and who receives: passives, relative clauses, fronted phrases, nominals and coordination. */
export const roles: readonly ParaphraseCase[] = [
  {
    id: 'coordinated-suppliers',
    base: 'Sweden and Finland will send howitzers to Ukraine.',
    paraphrases: [
      'Howitzers will be sent to Ukraine by Sweden and Finland.',
      'Both Sweden and Finland are going to send howitzers to Ukraine.',
      'Finland and Sweden will each send howitzers to Ukraine.',
      'Sweden, along with Finland, will send howitzers to Ukraine.',
    ],
    claims: ['transfer SWE>UKR [other] planned', 'transfer FIN>UKR [other] planned'],
    notClaims: ['transfer SWE>FIN [*] *', 'transfer FIN>SWE [*] *'],
  },
  {
    id: 'coordinated-recipients',
    base: 'China sells drones to Saudi Arabia and the United Arab Emirates.',
    paraphrases: [
      'Saudi Arabia and the United Arab Emirates buy drones from China.',
      'Chinese drones are sold to Saudi Arabia and the United Arab Emirates.',
      'Beijing sells drones to Riyadh and Abu Dhabi.',
    ],
    claims: ['transfer CHN>SAU [drone] asserted', 'transfer CHN>ARE [drone] asserted'],
  },
  {
    id: 'coordinated-weapons',
    base: 'Iran sent drones and missiles to Russia.',
    paraphrases: [
      'Iran sent both drones and missiles to Russia.',
      'Drones and missiles were sent to Russia by Iran.',
      'Iran sent Russia drones as well as missiles.',
      'Iran sent missiles to Russia, along with drones.',
    ],
    claims: ['transfer IRN>RUS [drone,missile] asserted'],
  },
  {
    id: 'protester-not-supplier',
    base: "China protested to Berlin over Germany's sale of tanks to Taiwan.",
    paraphrases: [
      'Beijing lodged a protest with Germany over the German sale of tanks to Taiwan.',
      'China protested to Germany over the sale of German tanks to Taiwan.',
      "Over Germany's sale of tanks to Taiwan, China lodged a protest with Berlin.",
    ],
    claims: ['transfer DEU>TWN [armored_vehicle] asserted'],
    notClaims: ['transfer CHN>* [*] *'],
  },
  {
    id: 'relative-clause-object-gap',
    base: 'Germany sent tanks to Ukraine.',
    paraphrases: [
      'The tanks that the German government sent to Ukraine need ammunition.',
      'Tanks that the Germans sent to Ukraine need spare parts.',
      'Ukraine needs ammunition for the tanks that Germany sent it.',
      'The tanks which Berlin had sent to Ukraine broke down.',
    ],
    claims: ['transfer DEU>UKR [armored_vehicle] asserted'],
  },
  {
    id: 'order-with-supplier',
    base: 'Egypt ordered K9 howitzers from South Korea.',
    paraphrases: [
      'Egypt placed an order for K9 howitzers with South Korea.',
      'Egypt has placed an order with South Korea for K9 howitzers.',
      'Cairo placed an order for K9 howitzers with Seoul.',
    ],
    claims: ['transfer KOR>EGY [other] asserted|planned'],
    notClaims: ['transfer EGY>KOR [*] *'],
  },
  {
    id: 'verb-as-noun',
    base: 'Iran supplies drones to Russia.',
    paraphrases: [
      "Iran's supply of drones to Russia continues.",
      'The supply of drones by Iran to Russia continues.',
      "Iran's transfer of drones to Russia continues.",
      'The transfer of Iranian drones to Russia continues.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
  },
  {
    // Who acts, not when: a noun of intent's status is the status pass's (today "asserted", not "planned").
    id: 'owner-of-intent',
    base: 'Sweden will supply Gripen jets to Ukraine.',
    paraphrases: [
      "Kyiv welcomed Sweden's offer to supply Gripen jets to Ukraine.",
      'Ukraine welcomed the offer by Sweden to supply Gripen jets to Kyiv.',
      "Zelensky praised Stockholm's decision to supply Gripen jets to Ukraine.",
    ],
    claims: ['transfer SWE>UKR [aircraft] *'],
    notClaims: ['transfer UKR>* [*] *'],
  },
  {
    id: 'agent-noun-supplier',
    base: 'Israel supplies weapons to Azerbaijan.',
    paraphrases: [
      'Israel is a major supplier of weapons to Azerbaijan.',
      "Israel remains Azerbaijan's largest arms supplier.",
      'Israel has become the main provider of weapons to Azerbaijan.',
      'Azerbaijan is the largest buyer of Israeli weapons.',
    ],
    claims: ['transfer ISR>AZE [*] asserted'],
    notClaims: ['transfer AZE>ISR [*] *'],
  },
  {
    id: 'buyer-by-phrase',
    base: 'Ethiopia bought drones from China.',
    paraphrases: [
      'Drones bought by Ethiopia from China were used in Tigray.',
      'Chinese drones bought by Ethiopia arrived in 2021.',
      'The drones, bought by Ethiopia from China, arrived in 2021.',
    ],
    claims: ['transfer CHN>ETH [drone] asserted'],
    notClaims: ['transfer ETH>* [*] *'],
  },
  {
    id: 'passive',
    base: 'Iran sent drones to Russia.',
    paraphrases: [
      'Drones were sent to Russia by Iran.',
      'Russia was sent drones by Iran.',
      'Russia was supplied with drones by Iran.',
      'Drones have been delivered to Russia by Iran.',
      'The drones that reached Russia were sent by Iran.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
  },
  {
    id: 'relative-clause',
    base: 'Iran sent the drones to Russia, and Russia used them against Kyiv.',
    paraphrases: [
      'The drones, which Iran sent to Russia, struck Kyiv.',
      'The drones that Iran sent to Russia were used against Kyiv.',
      'Russia attacked Kyiv with drones that Iran had sent it.',
      'Moscow is using drones which Tehran delivered to it against Kyiv.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
  },
  {
    id: 'fronted-phrases',
    base: 'Iran sent drones to Russia last year.',
    paraphrases: [
      'Last year, Iran sent drones to Russia.',
      'In 2023, Iran sent drones to Russia.',
      'Despite Western warnings, Iran sent drones to Russia.',
      'Since the start of the war, Iran has sent drones to Russia.',
      'In a move that angered Kyiv, Iran sent drones to Russia.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
  },
  {
    id: 'nominal-possessive',
    base: 'Iran delivered drones to Russia.',
    paraphrases: [
      "Analysts tracked Iran's delivery of drones to Russia.",
      "Iran's deliveries of drones to Russia continued in March.",
      'The delivery of Iranian drones to Russia continued in March.',
      'Iranian drone deliveries to Russia continued in March.',
      "Iran's provision of drones to Russia continued in March.",
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
  },
  {
    id: 'nominal-of-from',
    base: 'North Korea delivered shells to Russia.',
    paraphrases: [
      'Deliveries of shells to Russia from North Korea have grown.',
      'Shipments of North Korean shells to Russia have grown.',
      "North Korea's shipments of shells to Russia have grown.",
      'The transfer of shells from North Korea to Russia has grown.',
    ],
    claims: ['transfer PRK>RUS [artillery_ammunition] asserted'],
  },
  {
    id: 'receive-from',
    base: 'Russia received ballistic missiles from Iran.',
    paraphrases: [
      'Russia has taken delivery of ballistic missiles from Iran.',
      'Ballistic missiles from Iran have arrived in Russia.',
      'Iranian ballistic missiles have reached Russia.',
      'Moscow got ballistic missiles from Tehran.',
    ],
    claims: ['transfer IRN>RUS [ballistic_missile] asserted'],
  },
  {
    id: 'purchase-nominal',
    base: 'Egypt bought Rafale jets from France.',
    paraphrases: [
      "Egypt's purchase of Rafale jets from France was completed.",
      "Egypt's acquisition of Rafale jets from France was completed.",
      "France's sale of Rafale jets to Egypt was completed.",
      'The sale of Rafale jets to Egypt by France was completed.',
    ],
    claims: ['transfer FRA>EGY [aircraft] asserted'],
  },
  {
    id: 'troops-into-town',
    base: 'Russia moved tanks into the town of Avdiivka.',
    paraphrases: [
      'Tanks were sent into Avdiivka by Russia.',
      'Russia sent armoured vehicles into the town of Avdiivka in eastern Ukraine.',
      'Russia deployed tanks into Avdiivka, in Ukraine.',
    ],
    claims: [],
    notClaims: ['transfer *>* [*] *'],
  },
  {
    id: 'equip-with',
    base: 'Britain equipped Ukraine with Storm Shadow missiles.',
    paraphrases: [
      'Ukraine was equipped with Storm Shadow missiles by Britain.',
      'Britain kitted out Ukraine with Storm Shadow missiles.',
      'The UK furnished Kyiv with Storm Shadow missiles.',
      'Ukraine fired Storm Shadow missiles supplied by Britain.',
    ],
    claims: ['transfer GBR>UKR [cruise_missile] asserted'],
  },
  {
    id: 'indirect-object',
    base: 'The Netherlands gave Ukraine F-16 jets.',
    paraphrases: [
      'The Netherlands handed Ukraine F-16 jets.',
      'Ukraine was given F-16 jets by the Netherlands.',
      'The Dutch government gave F-16 jets to Ukraine.',
      'The Netherlands sent Kyiv F-16 fighter jets.',
    ],
    claims: ['transfer NLD>UKR [aircraft] asserted'],
  },
  {
    id: 'origin-adjective',
    base: 'Russia has received Iranian ballistic missiles.',
    paraphrases: [
      'Russia has received shipments of Iranian ballistic missiles.',
      'Iranian-made ballistic missiles have been delivered to Russia.',
      'Ballistic missiles made in Iran have been delivered to Russia.',
    ],
    claims: ['transfer IRN>RUS [ballistic_missile] asserted'],
  },
];
