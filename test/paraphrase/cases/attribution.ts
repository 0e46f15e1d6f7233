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
  {
    id: 'citing',
    base: 'Yonhap, citing South Korean intelligence, reported that North Korea had sent missiles to Russia.',
    paraphrases: [
      'North Korea has sent missiles to Russia, Yonhap reported, citing South Korean intelligence.',
      'Citing South Korean intelligence, Yonhap reported that North Korea had sent missiles to Russia.',
      'South Korean intelligence believes North Korea has sent missiles to Russia, Yonhap reported.',
    ],
    claims: ['transfer PRK>RUS [missile] asserted|possible'],
  },
  {
    id: 'anonymous-official',
    base: 'A senior US official, speaking on condition of anonymity, said Iran had delivered missiles to Russia.',
    paraphrases: [
      'Iran has delivered missiles to Russia, a senior US official said on condition of anonymity.',
      'Speaking on condition of anonymity, a senior US official said Iran had delivered missiles to Russia.',
      'Iran had delivered missiles to Russia, according to a senior US official who spoke on condition of anonymity.',
    ],
    claims: ['transfer IRN>RUS [missile] asserted'],
  },
  {
    id: 'ambassador-insisted',
    base: "Iran's ambassador to the UN insisted that Tehran had not sent weapons to Russia.",
    paraphrases: [
      "Tehran has not sent weapons to Russia, Iran's ambassador to the UN insisted.",
      "Iran's UN ambassador maintained that Iran had sent no weapons to Russia.",
      "Iran's envoy to the United Nations rejected claims that Tehran had sent weapons to Russia.",
    ],
    claims: ['transfer IRN>RUS [*] denied'],
  },
  {
    id: 'kcna-denies',
    base: 'KCNA said reports of North Korean arms deliveries to Russia were a fabrication.',
    paraphrases: [
      'North Korean state media dismissed reports of arms deliveries to Russia as a fabrication.',
      'Reports that North Korea delivered arms to Russia are a fabrication, KCNA said.',
      'KCNA denied that North Korea had delivered arms to Russia.',
    ],
    claims: ['transfer PRK>RUS [*] denied'],
  },
  {
    id: 'split-quote-denial',
    base: 'Minister Ahmed Haddad said Algeria had not sold rifles to Mali.',
    paraphrases: [
      '"We did not," Minister Ahmed Haddad said, "sell rifles to Mali."',
      '"Algeria did not," Minister Ahmed Haddad said, "sell any rifles to Mali."',
      '"We never," Minister Ahmed Haddad told reporters, "sold rifles to Mali."',
    ],
    claims: ['transfer *>MLI [small_arms] denied'],
    sources: ['Ahmed Haddad'],
  },
  {
    id: 'colon-headline',
    base: 'Brazil said it would send no tanks to Ukraine.',
    paraphrases: ['Brazil: we will not send tanks to Ukraine', 'Brazil: we will send no tanks to Ukraine'],
    claims: ['transfer BRA>UKR [armored_vehicle] denied'],
    sources: ['Brazil'],
  },
];
