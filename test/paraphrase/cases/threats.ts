import type { ParaphraseCase } from '../case.js';

/** Threats and warnings of retaliation, plain and conditional. */
export const threats: readonly ParaphraseCase[] = [
  {
    id: 'retaliate-if-taurus',
    base: 'Russia warned that it would retaliate if Germany sent Taurus missiles to Ukraine.',
    paraphrases: [
      'Moscow threatened to retaliate if Berlin supplied Taurus missiles to Kyiv.',
      'If Germany sends Taurus missiles to Ukraine, Russia will retaliate, the Kremlin said.',
      'Russia vowed retaliation should Germany deliver Taurus missiles to Ukraine.',
      'Russia said it would respond if Germany sent Taurus missiles to Ukraine.',
    ],
    claims: ['threaten RUS>DEU conditional', 'transfer DEU>UKR [cruise_missile] conditional'],
  },
  {
    id: 'price',
    base: 'Iran will pay a price for arming Russia, Blinken said.',
    paraphrases: [
      'Iran will face serious consequences for arming Russia, Blinken warned.',
      'Blinken threatened Iran with consequences over its arms supplies to Russia.',
      'Blinken warned Tehran that it would pay a price for arming Moscow.',
    ],
    claims: ['threaten USA>IRN asserted|planned'],
  },
  {
    id: 'party-to-conflict',
    base: 'Russia said any strike with Taurus missiles would make Germany a party to the conflict.',
    paraphrases: [
      'Moscow warned that Taurus strikes would turn Germany into a party to the conflict.',
      'Germany would become a party to the conflict if Taurus missiles struck Russia, Moscow said.',
      'Russia said Germany would be a party to the war if Taurus missiles hit Russian territory.',
    ],
    claims: ['threaten RUS>DEU conditional'],
  },
  {
    id: 'resolute-measures',
    base: 'China will take resolute measures if the EU harms Chinese companies.',
    paraphrases: [
      'If the EU harms Chinese companies, China will take resolute countermeasures.',
      'Beijing threatened to retaliate if the European Union hurt Chinese firms.',
      'Should the EU harm Chinese companies, China will respond firmly.',
    ],
    claims: ['threaten CHN>igo:eu conditional'],
  },
  {
    id: 'swift-response',
    base: 'If Iran transfers ballistic missiles to Russia, the response will be swift and severe, the US official said.',
    paraphrases: [
      'The US official warned of a swift and severe response if Iran transferred ballistic missiles to Russia.',
      'Should Iran send ballistic missiles to Russia, the United States will respond swiftly and severely, the official said.',
      'The US will retaliate swiftly if Iran ships ballistic missiles to Russia, the official said.',
    ],
    claims: ['threaten USA>IRN conditional', 'transfer IRN>RUS [ballistic_missile] conditional'],
  },
  {
    id: 'north-korea-retaliation',
    base: 'North Korea threatened to retaliate against South Korea over the drone incursions.',
    paraphrases: [
      'Pyongyang vowed retaliation against Seoul over the drone incursions.',
      'North Korea warned South Korea of retaliation over the drone incursions.',
      'South Korea was threatened with retaliation by North Korea over the drone incursions.',
    ],
    claims: ['threaten PRK>KOR asserted|planned'],
  },
  {
    id: 'crushing-response',
    base: 'Iran threatened Israel with a crushing response.',
    paraphrases: [
      'Tehran warned Israel of a crushing response.',
      'Iran vowed a crushing response against Israel.',
      'Israel was threatened with a crushing response by Iran.',
      'Iran said Israel would face a crushing response.',
    ],
    claims: ['threaten IRN>ISR asserted|planned'],
  },
  {
    id: 'legitimate-targets',
    base: 'Russia warned that Western tanks sent to Ukraine would be legitimate targets.',
    paraphrases: [
      'Moscow said any Western tanks sent to Ukraine would become legitimate targets.',
      'Russia threatened to treat Western tanks in Ukraine as legitimate targets.',
      'Western tanks delivered to Ukraine will be legitimate targets, Russia warned.',
    ],
    claims: ['threaten RUS>* *'],
  },
  {
    id: 'further-measures',
    base: 'The G7 said it was prepared to take further measures if Iran sent missiles to Russia.',
    paraphrases: [
      'The G7 warned of further measures should Iran send missiles to Russia.',
      'The G7 threatened further steps if Iran supplied missiles to Russia.',
      'If Iran sends missiles to Russia, the G7 will take further measures.',
    ],
    claims: ['threaten igo:g7>IRN conditional', 'transfer IRN>RUS [missile] conditional'],
  },
  {
    id: 'consequences',
    base: 'The US sent ATACMS to Ukraine. Peskov said it would have consequences.',
    paraphrases: [
      'The US sent ATACMS to Ukraine. Peskov warned of consequences.',
      'The US sent ATACMS to Ukraine. Peskov said Washington would face consequences.',
      'The US sent ATACMS to Ukraine. The move will not go without a response, Peskov said.',
    ],
    claims: ['threaten RUS>USA *'],
  },
  {
    id: 'retaliatory-decisions',
    base: 'Russia will take retaliatory decisions if the United States deploys missiles in Germany.',
    paraphrases: [
      'If the United States deploys missiles in Germany, Russia will take retaliatory measures.',
      'Moscow warned of retaliatory decisions should Washington deploy missiles in Germany.',
      'Russia will respond with mirror decisions if US missiles are deployed in Germany.',
    ],
    claims: ['threaten RUS>USA conditional', 'transfer USA>DEU [missile] conditional'],
  },
];
