import type { ParaphraseCase } from '../case.js';

/**
 * One word changed in a sentence that works: a synonym for the trigger, a slang or generic word for
 * the weapon, a noun of the event in the plural, with states and weapons our corpora do not cover.
 */
export const substitution: readonly ParaphraseCase[] = [
  {
    id: 'move-by-road',
    base: 'Belarus sent artillery shells to Russia by rail.',
    paraphrases: [
      'Belarus trucked artillery shells to Russia across the border.',
      'Belarus ferried artillery rounds to Russia.',
      'Artillery shells were trucked to Russia by Belarus.',
      'Belarus shipped 152mm shells to Russia.',
    ],
    claims: ['transfer BLR>RUS [artillery_ammunition] asserted'],
  },
  {
    id: 'move-in-secret',
    base: 'Iran shipped drone parts to Sudan.',
    paraphrases: [
      'Iran smuggled drone parts into Sudan.',
      'Iran sneaked drone parts into Sudan aboard cargo flights.',
      'Iran trafficked drone parts to Sudan.',
      'Iran funnelled drone parts to Sudan.',
      'Drone parts were smuggled to Sudan by Iran.',
    ],
    claims: ['transfer IRN>SDN [*] asserted'],
  },
  {
    id: 'rush-interceptors',
    base: 'The United States sent interceptors to Israel after the attack.',
    paraphrases: [
      'The United States rushed interceptors to Israel after the attack.',
      'Washington airlifted interceptor missiles to Israel.',
      'The US dispatched air defence systems to Israel.',
      'Interceptors were rushed to Israel by the United States.',
    ],
    claims: ['transfer USA>ISR [air_defense] asserted'],
  },
  {
    id: 'pump-into',
    base: 'Iran has poured weapons into Yemen for years.',
    paraphrases: [
      'Iran has pumped weapons into Yemen for years.',
      'Iran has funnelled weapons into Yemen for years.',
      'Iran has channelled arms into Yemen for years.',
      'Iran has smuggled weaponry into Yemen for years.',
    ],
    claims: ['transfer IRN>YEM [] asserted'],
  },
  {
    id: 'weapons-move-themselves',
    base: 'Iranian drones arrived in Sudan last year.',
    paraphrases: [
      'Iranian drones flowed into Sudan last year.',
      'Iranian drones reached Sudan last year.',
      'Drones from Iran made it to Sudan last year.',
    ],
    claims: ['transfer IRN>SDN [drone] asserted'],
  },
  {
    id: 'equip-with',
    base: 'Israel armed Azerbaijan with loitering munitions.',
    paraphrases: [
      'Israel equipped Azerbaijan with loitering munitions.',
      'Israel bolstered Azerbaijan with kamikaze drones.',
      'Israel supplied Azerbaijan with suicide drones.',
      'Israel furnished Baku with loitering munitions.',
      'Azerbaijan was equipped with loitering munitions by Israel.',
    ],
    claims: ['transfer ISR>AZE [drone] asserted'],
  },
  {
    id: 'resupply-with',
    base: 'Iran supplied Hezbollah with rockets through Syria.',
    paraphrases: [
      'Iran resupplied Hezbollah with rockets through Syria.',
      'Iran rearmed Hezbollah with rockets through Syria.',
      'Iran replenished Hezbollah with rockets through Syria.',
      'Hezbollah was resupplied with rockets by Iran.',
    ],
    claims: ['transfer IRN>group:hezbollah [rocket_artillery] asserted'],
  },
  {
    id: 'kit-hardware',
    base: 'Norway sent the hardware to Ukraine last month.',
    paraphrases: [
      'Norway sent the kit to Ukraine last month.',
      'Norway sent the equipment to Ukraine last month.',
      'Norway sent military materiel to Ukraine last month.',
      'Norway shipped military kit to Ukraine last month.',
      'Norway delivered ordnance to Ukraine last month.',
    ],
    claims: ['transfer NOR>UKR [] asserted'],
  },
  {
    id: 'armour-words',
    base: 'Spain sent main battle tanks to Ukraine.',
    paraphrases: [
      'Spain sent MBTs to Ukraine.',
      'Spain sent Leopard 2A4 tanks to Ukraine.',
      'Spain sent armoured personnel carriers to Ukraine.',
      'Spain sent APCs and IFVs to Ukraine.',
    ],
    claims: ['transfer ESP>UKR [armored_vehicle] asserted'],
  },
  {
    id: 'aircraft-words',
    base: 'Russia delivered attack helicopters to Mali.',
    paraphrases: [
      'Russia delivered helicopter gunships to Mali.',
      'Russia delivered gunships to Mali.',
      'Russia delivered attack choppers to Mali.',
      'Russia delivered Mi-24 helicopters to Mali.',
    ],
    claims: ['transfer RUS>MLI [aircraft] asserted'],
  },
  {
    id: 'air-defence-words',
    base: 'Israel sold air defence systems to Azerbaijan.',
    paraphrases: [
      'Israel sold SAMs to Azerbaijan.',
      'Israel sold surface-to-air missiles to Azerbaijan.',
      'Israel sold Barak-8 systems to Azerbaijan.',
      'Israel sold MANPADS to Azerbaijan.',
    ],
    claims: ['transfer ISR>AZE [air_defense] asserted'],
  },
  {
    id: 'small-arms-words',
    base: 'Serbia sold rifles to Libya.',
    paraphrases: [
      'Serbia sold small arms to Libya.',
      'Serbia sold assault rifles and carbines to Libya.',
      'Serbia sold machine guns to Libya.',
      'Serbia sold firearms to Libya.',
    ],
    claims: ['transfer SRB>LBY [small_arms] asserted'],
  },
  {
    id: 'drone-words',
    base: 'Turkey sold armed drones to Ethiopia.',
    paraphrases: [
      'Turkey sold UCAVs to Ethiopia.',
      'Turkey sold UAVs to Ethiopia.',
      'Turkey sold Bayraktar TB2 drones to Ethiopia.',
      'Turkey sold attack drones to Ethiopia.',
    ],
    claims: ['transfer TUR>ETH [drone] asserted'],
  },
  {
    id: 'parts-words',
    base: 'China sold components to Russia.',
    paraphrases: [
      'China sold microelectronics to Russia.',
      'China sold dual-use goods to Russia.',
      'China sold spare parts to Russia.',
      'China sold drone engines to Russia.',
    ],
    claims: ['transfer CHN>RUS [other] asserted'],
  },
  {
    id: 'plural-nouns',
    base: "Morocco's import of drones from Israel grew last year.",
    paraphrases: [
      "Morocco's imports of drones from Israel grew last year.",
      "Morocco's purchases of drones from Israel grew last year.",
      "Morocco's procurement of drones from Israel grew last year.",
      "Morocco's acquisition of drones from Israel grew last year.",
    ],
    claims: ['transfer ISR>MAR [drone] asserted'],
  },
  {
    id: 'noun-of-giving',
    base: "Japan's military aid to the Philippines includes patrol boats.",
    paraphrases: [
      "Japan's military assistance to the Philippines includes patrol boats.",
      "Japan's security assistance to Manila includes patrol vessels.",
      "Japan's transfer of patrol boats to the Philippines went ahead.",
      "Japan's donation of patrol boats to the Philippines went ahead.",
    ],
    claims: ['transfer JPN>PHL [*] asserted'],
  },
  {
    id: 'order-received',
    base: 'Romania ordered K9 howitzers from South Korea.',
    paraphrases: [
      'South Korea received an order from Romania for K9 howitzers.',
      'South Korea has received orders from Romania for K9 howitzers.',
      'Romania placed an order for K9 howitzers with South Korea.',
      "Romania's orders of K9 howitzers from South Korea grew.",
    ],
    claims: ['transfer KOR>ROU [other] planned|asserted'],
    notClaims: ['transfer ROU>KOR [*] *'],
  },
  {
    id: 'smuggling-noun',
    base: 'Iran smuggled missiles to the Houthis.',
    paraphrases: [
      "Iran's smuggling of missiles to the Houthis continued.",
      'The smuggling of missiles from Iran to the Houthis continued.',
      "Iran's shipments of missiles to the Houthis continued.",
      'Consignments of Iranian missiles reached the Houthis.',
    ],
    claims: ['transfer IRN>group:houthis [missile] asserted'],
  },
  {
    id: 'barrage-verbs',
    base: 'Russia pounded Ukraine with glide bombs overnight.',
    paraphrases: [
      'Russia bombarded Ukraine with glide bombs overnight.',
      'Russia hammered Ukraine with glide bombs overnight.',
      'Russia struck Ukraine with glide bombs overnight.',
      'Russia unleashed glide bombs on Ukraine overnight.',
    ],
    claims: ['military_use RUS>UKR [guided_bomb] asserted'],
  },
  {
    id: 'intent-nouns',
    base: 'Turkey plans to sell armed drones to Kenya.',
    paraphrases: [
      'Turkey announced its intention to sell armed drones to Kenya.',
      'Turkey made a bid to sell armed drones to Kenya.',
      'Turkey has offered to sell armed drones to Kenya.',
      'Turkey is looking to sell armed drones to Kenya.',
      'Turkey intends to sell armed drones to Kenya.',
    ],
    claims: ['transfer TUR>KEN [drone] planned'],
  },
  {
    id: 'sanction-verbs',
    base: 'The EU imposed sanctions on Iranian drone makers.',
    paraphrases: [
      'The EU slapped sanctions on Iranian drone makers.',
      'The EU targeted Iranian drone makers with new sanctions.',
      'The EU hit Iranian drone makers with sanctions.',
      'The EU blacklisted Iranian drone makers.',
      'The EU sanctioned Iranian drone makers.',
    ],
    claims: ['sanction igo:eu>IRN [] asserted'],
  },
];
