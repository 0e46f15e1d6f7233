import type { ParaphraseCase } from '../case.js';

/** Speech cues and speakers: the claim must survive the reporting frame and name the right source. */
export const attribution: readonly ParaphraseCase[] = [
  {
    id: 'kirby-cues',
    base: 'John Kirby said Iran sent drones to Russia.',
    paraphrases: [
      'Iran sent drones to Russia, John Kirby said.',
      'Iran sent drones to Russia, John Kirby told reporters.',
      'According to John Kirby, Iran sent drones to Russia.',
      'John Kirby claimed that Iran had sent drones to Russia.',
      'John Kirby insisted Iran had sent drones to Russia.',
      '"Iran sent drones to Russia," John Kirby said.',
      'Iran, John Kirby said, sent drones to Russia.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
    sources: ['John Kirby'],
  },
  {
    id: 'outlet-report',
    base: 'The Wall Street Journal reported that North Korea shipped missiles to Russia.',
    paraphrases: [
      'North Korea shipped missiles to Russia, The Wall Street Journal reported.',
      'According to The Wall Street Journal, North Korea shipped missiles to Russia.',
      'North Korea has shipped missiles to Russia, according to a report in The Wall Street Journal.',
    ],
    claims: ['transfer PRK>RUS [missile] asserted'],
    sources: ['The Wall Street Journal'],
  },
  {
    id: 'peskov-denies',
    base: 'Dmitry Peskov denied that Russia had received drones from Iran.',
    paraphrases: [
      'Dmitry Peskov rejected reports that Russia had received Iranian drones.',
      'Russia has not received any drones from Iran, Dmitry Peskov said.',
      'Peskov dismissed as false reports that Iran had sent drones to Russia.',
      'Kremlin spokesman Dmitry Peskov said Russia had received no drones from Iran.',
    ],
    claims: ['transfer IRN>RUS [drone] denied'],
    sources: ['Dmitry Peskov'],
  },
  {
    id: 'accused',
    base: 'The United States accused Iran of sending ballistic missiles to Russia.',
    paraphrases: [
      'Washington accused Tehran of supplying ballistic missiles to Moscow.',
      'Iran was accused by the United States of sending ballistic missiles to Russia.',
      'The US alleged that Iran had sent ballistic missiles to Russia.',
      'The United States said Iran had sent ballistic missiles to Russia.',
    ],
    claims: ['transfer IRN>RUS [ballistic_missile] asserted'],
  },
  {
    id: 'blinken-told',
    base: 'Iran has begun shipping missiles to Russia, Blinken told reporters in London.',
    paraphrases: [
      'Blinken told reporters in London that Iran had begun shipping missiles to Russia.',
      'Speaking to reporters in London, Blinken said Iran had begun shipping missiles to Russia.',
      'Iran has started to ship missiles to Russia, Secretary of State Antony Blinken said in London.',
    ],
    claims: ['transfer IRN>RUS [missile] asserted'],
    sources: ['Antony Blinken'],
  },
  {
    id: 'zelensky-use',
    base: 'Zelensky said Russia fired North Korean missiles at Kyiv.',
    paraphrases: [
      'Russia fired North Korean missiles at Kyiv, Zelensky said.',
      'Russia has fired North Korean missiles at Kyiv, President Volodymyr Zelensky said on Telegram.',
      'According to Zelensky, Russia fired North Korean missiles at Kyiv.',
    ],
    claims: ['military_use RUS>UKR [missile|ballistic_missile] asserted'],
    sources: ['Volodymyr Zelensky'],
  },
  {
    id: 'officials',
    base: 'Officials said North Korea had shipped missiles to Russia.',
    paraphrases: [
      'North Korea had shipped missiles to Russia, officials said.',
      'According to officials, North Korea had shipped missiles to Russia.',
      'North Korea shipped missiles to Russia, US officials told Reuters.',
    ],
    claims: ['transfer PRK>RUS [missile] asserted'],
  },
  {
    id: 'kanaani-dismissed',
    base: 'Nasser Kanaani dismissed US accusations that Tehran arms the Houthis as baseless.',
    paraphrases: [
      'Nasser Kanaani rejected US claims that Tehran arms the Houthis as baseless.',
      'Nasser Kanaani said US accusations that Iran supplies weapons to the Houthis were baseless.',
      'US accusations that Iran arms the Houthis are baseless, Nasser Kanaani said.',
    ],
    claims: ['transfer IRN>group:houthis [*] denied'],
    sources: ['Nasser Kanaani'],
  },
  {
    id: 'ministry-statement',
    base: "Ukraine's defence ministry said Russia used Iranian drones against Odesa.",
    paraphrases: [
      "Russia used Iranian drones against Odesa, Ukraine's defence ministry said in a statement.",
      "In a statement, Ukraine's defence ministry said Russia had used Iranian drones against Odesa.",
      "Russia attacked Odesa with Iranian drones, according to Ukraine's defence ministry.",
    ],
    claims: ['military_use RUS>UKR [drone] asserted'],
  },
  {
    id: 'believe',
    base: 'US intelligence believes that China is providing drone components to Russia.',
    paraphrases: [
      'China is providing drone components to Russia, US intelligence believes.',
      'US intelligence assesses that China is supplying drone components to Russia.',
      'According to US intelligence, China is supplying Russia with drone components.',
    ],
    claims: ['transfer CHN>RUS [*] asserted|possible'],
  },
];
