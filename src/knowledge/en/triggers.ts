import type { FrameData, TriggerData } from './schema.js';

// Frames: which relations fill the actor, the target and the weapons of a trigger.
/** The subject (or by-phrase) gives, the to-, indirect-, for- or into-phrase receives, the object moves. */
export const GIVE: FrameData = {
  actor: ['subject', 'by'],
  target: ['to', 'indirect', 'for', 'into'],
  weapons: ['object'],
};
/** The subject receives from the from-phrase. */
export const GET: FrameData = { actor: ['from'], target: ['subject'], weapons: ['object'] };
// Weapons that move by themselves: the weapons are the subject, "from" gives the supplier, "in" or the
// object the recipient ("Iranian missiles have reached Russia").
const ARRIVE: FrameData = { actor: ['from'], target: ['in', 'to', 'object'], weapons: ['subject'] };
/**
 * Verbs of carrying: a from-phrase names whom the weapons come from, and a subject that does not supply
 * them brings them in ("The Houthis have been smuggling weapons from Iran").
 */
const CARRY: FrameData = {
  actor: ['from', 'subject', 'by'],
  target: ['to', 'indirect', 'for', 'into', 'subject'],
  weapons: ['object'],
};
const EQUIP: FrameData = { actor: ['subject', 'by'], target: ['object'], weapons: ['with'] };
/** A noun of giving: the possessor, from- or by-phrase gives, the to- or for-phrase receives. */
export const GIVING: FrameData = {
  actor: ['possessor', 'from', 'by'],
  target: ['to', 'for'],
  weapons: ['of'],
};
/** A noun of getting: the possessor or by-phrase receives, the from-phrase gives. */
export const GETTING: FrameData = { actor: ['from'], target: ['possessor', 'by'], weapons: ['of'] };
const USE: FrameData = {
  actor: ['subject', 'by'],
  target: ['against', 'on', 'at', 'object'],
  weapons: ['object', 'with'],
};
const USING: FrameData = { actor: ['possessor', 'by'], target: ['on', 'against'], weapons: ['with', 'of'] };
const STOP: FrameData = { actor: ['possessor', 'from'], target: ['subject'], weapons: ['object'] };
const PUNISH: FrameData = { actor: ['subject', 'by'], target: ['object', 'on', 'against'], weapons: [] };
const PUNISHING: FrameData = { actor: ['possessor', 'by'], target: ['on', 'against'], weapons: [] };
const WARN: FrameData = { actor: ['subject'], target: ['object', 'against', 'to'], weapons: [] };
const WARNING: FrameData = { actor: ['possessor'], target: ['to', 'against'], weapons: [] };
// "Russia turned to North Korea for shells": the one turned to would supply what is sought.
const TURN_TO: FrameData = { actor: ['to'], target: ['subject'], weapons: ['for'] };
const ASK: FrameData = { actor: ['object', 'from'], target: ['subject'], weapons: ['for', 'object'] };
const ASKING: FrameData = { actor: ['from', 'to'], target: ['possessor'], weapons: ['for'] };
const TALK: FrameData = { actor: ['subject'], target: ['with', 'object'], weapons: ['on', 'object'] };
const TALKS: FrameData = { actor: ['possessor', 'with'], target: ['with'], weapons: ['on', 'of'] };
const REFER: FrameData = { actor: ['subject'], target: ['to', 'at'], weapons: [] };
const JOIN: FrameData = { actor: ['subject'], target: ['with'], weapons: [] };

/**
 * The event triggers of English news about arms: each a verb lemma or noun forms, its claim type,
 * the frame that maps grammatical relations onto roles, and the sentences that show it.
 */
export const triggerEntries: readonly TriggerData[] = [
  {
    lemma: 'supply',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      { text: 'Iran supplied drones to Russia last year.', claims: ['transfer IRN>RUS [drone] asserted'] },
      { text: 'Russia was supplied with drones by Iran.', claims: ['transfer IRN>RUS [drone] asserted'] },
    ],
  },
  {
    lemma: 'deliver',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Germany delivered Leopard tanks to Ukraine in March.',
        claims: ['transfer DEU>UKR [armored_vehicle] asserted'],
      },
      // A relative clause's verb moves its antecedent.
      {
        text: 'Moscow is using drones which Tehran delivered to it against Kyiv.',
        claims: ['transfer IRN>RUS [drone] asserted', 'military_use RUS>UKR [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'provide',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Washington has provided Patriot systems to Kyiv.',
        claims: ['transfer USA>UKR [air_defense] asserted'],
      },
    ],
  },
  {
    lemma: 'send',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'North Korea sent artillery shells to Russia, officials said.',
        claims: ['transfer PRK>RUS [artillery_ammunition] asserted'],
      },
      {
        text: 'Sweden, along with Finland, will send howitzers to Ukraine.',
        claims: ['transfer SWE>UKR [other] planned', 'transfer FIN>UKR [other] planned'],
      },
      // Moved into a place, given to no one, whatever state the place is in.
      { text: 'Russia sent more tanks into Avdiivka, in Ukraine.', claims: [] },
    ],
  },
  {
    lemma: 'pour',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Iran keeps pouring weapons into Yemen, the admiral said.',
        claims: ['transfer IRN>YEM [] asserted'],
      },
    ],
  },
  {
    lemma: 'funnel',
    pos: 'verb',
    requiresWeapon: false,
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Iran keeps funnelling missiles to the Houthis, the admiral said.',
        claims: ['transfer IRN>group:houthis|YEM [missile] asserted'],
      },
    ],
  },
  {
    lemma: 'channel',
    pos: 'verb',
    requiresWeapon: false,
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Belarus channelled ammunition to Russia through rail depots.',
        claims: ['transfer BLR>RUS [artillery_ammunition|unspecified|*] asserted'],
      },
    ],
  },
  {
    lemma: 'smuggle',
    pos: 'verb',
    requiresWeapon: false,
    type: 'transfer',
    frame: CARRY,
    examples: [
      {
        text: 'Iran smuggled drone parts to Sudan by sea, investigators said.',
        claims: ['transfer IRN>SDN [drone] asserted'],
      },
      {
        text: 'The Houthis have been smuggling weapons from Iran through Oman, the report said.',
        claims: ['transfer IRN>group:houthis [*] asserted'],
      },
    ],
  },
  {
    lemma: 'ship',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      // wink may tag the verb after a state's name as a noun.
      {
        text: 'Washington will sanction Tehran if Tehran ships ballistic missiles to Moscow.',
        claims: ['transfer IRN>RUS [ballistic_missile] conditional', 'sanction USA>IRN [] conditional'],
      },
      {
        text: 'Iran shipped ballistic missiles to Russia in January.',
        claims: ['transfer IRN>RUS [ballistic_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'ferry',
    pos: 'verb',
    requiresWeapon: false,
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Russian cargo planes ferried rifles to Mali last month.',
        claims: ['transfer RUS>MLI [small_arms] asserted'],
      },
    ],
  },
  {
    lemma: 'airlift',
    pos: 'verb',
    requiresWeapon: false,
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'The United States airlifted Stinger missiles to Taiwan.',
        claims: ['transfer USA>TWN [air_defense|missile] asserted'],
      },
    ],
  },
  {
    lemma: 'furnish',
    pos: 'verb',
    requiresWeapon: false,
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'China furnished drones to Ethiopia during the war.',
        claims: ['transfer CHN>ETH [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'transfer',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Belarus transferred tanks to Russia, the ministry said.',
        claims: ['transfer BLR>RUS [armored_vehicle] asserted'],
      },
    ],
  },
  {
    lemma: 'sell',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      { text: 'Turkey sold Bayraktar drones to Nigeria.', claims: ['transfer TUR>NGA [drone] asserted'] },
    ],
  },
  {
    lemma: 'export',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      { text: 'South Korea exported K9 howitzers to Poland.', claims: ['transfer KOR>POL [*] asserted'] },
    ],
  },
  {
    lemma: 'give',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Britain gave Storm Shadow missiles to Ukraine.',
        claims: ['transfer GBR>UKR [cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'hand',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      { text: 'Denmark handed over F-16 jets to Ukraine.', claims: ['transfer DNK>UKR [aircraft] asserted'] },
    ],
  },
  {
    lemma: 'move',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      { text: 'Russia moved S-300 batteries to Syria.', claims: ['transfer RUS>SYR [air_defense] asserted'] },
    ],
  },
  {
    lemma: 'equip',
    pos: 'verb',
    type: 'transfer',
    frame: EQUIP,
    examples: [
      {
        text: 'Tehran equipped the Houthis with anti-ship missiles.',
        claims: ['transfer IRN>group:houthis|YEM [missile|cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'kit',
    pos: 'verb',
    type: 'transfer',
    frame: EQUIP,
    examples: [
      {
        text: 'Britain kitted out Ukraine with Storm Shadow missiles.',
        claims: ['transfer GBR>UKR [cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'arm',
    pos: 'verb',
    type: 'transfer',
    frame: EQUIP,
    examples: [
      {
        text: 'Iran is arming Russia with drones, the minister said.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'receive',
    pos: 'verb',
    type: 'transfer',
    frame: GET,
    examples: [
      {
        text: 'Russia received artillery shells from North Korea.',
        claims: ['transfer PRK>RUS [artillery_ammunition] asserted'],
      },
    ],
  },
  {
    lemma: 'acquire',
    pos: 'verb',
    type: 'transfer',
    frame: GET,
    examples: [
      {
        text: 'Myanmar acquired Su-30 fighters from Russia.',
        claims: ['transfer RUS>MMR [aircraft] asserted'],
      },
    ],
  },
  {
    lemma: 'obtain',
    pos: 'verb',
    type: 'transfer',
    frame: GET,
    examples: [
      {
        text: 'Russia obtained drones from Iran, the report said.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'buy',
    pos: 'verb',
    type: 'transfer',
    frame: GET,
    examples: [
      { text: 'Argentina bought F-16 jets from Denmark.', claims: ['transfer DNK>ARG [aircraft] asserted'] },
    ],
  },
  {
    lemma: 'purchase',
    pos: 'verb',
    type: 'transfer',
    frame: GET,
    examples: [
      {
        text: 'Pakistan purchased J-10C fighters from China.',
        claims: ['transfer CHN>PAK [aircraft] asserted'],
      },
    ],
  },
  {
    lemma: 'import',
    pos: 'verb',
    type: 'transfer',
    frame: GET,
    examples: [
      {
        text: 'India imported S-400 systems from Russia.',
        claims: ['transfer RUS>IND [air_defense] asserted'],
      },
      // Its noun, in the plural too.
      {
        text: "Morocco's imports of drones from Israel grew last year.",
        claims: ['transfer ISR>MAR [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'procure',
    pos: 'verb',
    type: 'transfer',
    frame: GET,
    examples: [
      { text: 'Russia procured Shahed drones from Iran.', claims: ['transfer IRN>RUS [drone] asserted'] },
    ],
  },
  {
    lemma: 'get',
    pos: 'verb',
    type: 'transfer',
    frame: GET,
    examples: [
      {
        text: 'Russia got missiles from Iran, officials said.',
        claims: ['transfer IRN>RUS [missile] asserted'],
      },
    ],
  },
  {
    lemma: 'order',
    pos: 'verb',
    planned: true,
    request: true,
    type: 'transfer',
    frame: GET,
    examples: [
      // Who receives an order is asked for the weapons: the seller.
      {
        text: 'Hanwha said South Korea received an order from Romania for K9 howitzers.',
        claims: ['transfer KOR>ROU [other] planned|asserted'],
      },
      {
        text: 'France has received orders from Greece for three frigates.',
        claims: ['transfer FRA>GRC [naval] asserted|planned'],
      },
      // "signed for" reads as ordering (claims/triggers.ts).
      {
        text: 'Poland signed for 180 K2 tanks from South Korea.',
        claims: ['transfer KOR>POL [armored_vehicle] asserted|planned'],
      },
      {
        text: "India's orders of Rafale jets from France grew.",
        claims: ['transfer FRA>IND [aircraft] asserted|planned'],
      },
      {
        text: 'Abu Dhabi ordered 80 Rafale jets from France in December.',
        claims: ['transfer FRA>ARE [aircraft] planned'],
      },
      {
        text: 'Egypt has ordered 30 more Rafale jets from France.',
        claims: ['transfer FRA>EGY [aircraft] planned'],
      },
    ],
  },
  {
    lemma: 'arrive',
    pos: 'verb',
    type: 'transfer',
    frame: ARRIVE,
    examples: [
      { text: 'Iranian drones arrived in Russia in August.', claims: ['transfer IRN>RUS [drone] asserted'] },
      {
        text: 'Ballistic missiles from Iran have arrived in Russia.',
        claims: ['transfer IRN>RUS [ballistic_missile] asserted'],
      },
      {
        text: 'The first Leopard tanks from Germany arrived in Ukraine on Monday.',
        claims: ['transfer DEU>UKR [armored_vehicle] asserted'],
      },
    ],
  },
  {
    lemma: 'reach',
    pos: 'verb',
    type: 'transfer',
    requiresWeapon: true,
    stateDestination: true,
    frame: ARRIVE,
    examples: [
      {
        text: 'Iranian ballistic missiles have reached Russia.',
        claims: ['transfer IRN>RUS [ballistic_missile] asserted'],
      },
      {
        text: 'Artillery shells made in Pakistan reached Ukraine through a third country.',
        claims: ['transfer PAK>UKR [artillery_ammunition] asserted'],
      },
      // A weapon that reaches a city strikes it: no transfer.
      { text: 'Russian missiles reached Kyiv overnight.', claims: [] },
    ],
  },
  {
    lemma: 'donate',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Norway donated NASAMS systems to Ukraine.',
        claims: ['transfer NOR>UKR [air_defense] asserted'],
      },
    ],
  },
  {
    lemma: 'contribute',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Canada contributed armoured vehicles to Ukraine.',
        claims: ['transfer CAN>UKR [armored_vehicle] asserted'],
      },
    ],
  },
  {
    lemma: 'deploy',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      { text: 'Russia deployed nuclear weapons to Belarus.', claims: ['transfer RUS>BLR [*] asserted'] },
    ],
  },
  {
    lemma: 'dispatch',
    pos: 'verb',
    requiresWeapon: false,
    type: 'transfer',
    frame: GIVE,
    examples: [
      { text: 'France dispatched Caesar howitzers to Armenia.', claims: ['transfer FRA>ARM [*] asserted'] },
    ],
  },
  {
    lemma: 'transport',
    pos: 'verb',
    requiresWeapon: false,
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Ships transported North Korean shells to Russia.',
        claims: ['transfer PRK>RUS [artillery_ammunition] asserted'],
      },
    ],
  },
  {
    lemma: 'pledge',
    pos: 'verb',
    planned: true,
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Sweden pledged CV90 vehicles to Ukraine.',
        claims: ['transfer SWE>UKR [armored_vehicle] planned|asserted'],
      },
    ],
  },
  {
    lemma: 'promise',
    pos: 'verb',
    planned: true,
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Germany promised IRIS-T systems to Ukraine.',
        claims: ['transfer DEU>UKR [air_defense] planned|asserted'],
      },
    ],
  },
  {
    lemma: 'station',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Russia stationed Iskander missiles in Belarus.',
        claims: ['transfer RUS>BLR [ballistic_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'package',
    pos: 'noun',
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'The United States announced a new package of artillery rounds for Ukraine.',
        claims: ['transfer USA>UKR [artillery_ammunition] asserted|planned'],
      },
    ],
  },
  {
    lemma: 'aid',
    pos: 'noun',
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'Japan approved military aid to the Philippines.',
        claims: ['transfer JPN>PHL [] asserted|planned'],
      },
    ],
  },
  {
    lemma: 'transfer',
    pos: 'noun',
    forms: ['transfers'],
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'The report documented transfers of drones from Iran to Russia.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'delivery',
    pos: 'noun',
    forms: ['delivery', 'deliveries'],
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'Deliveries of shells from North Korea to Russia continued, Seoul said.',
        claims: ['transfer PRK>RUS [artillery_ammunition] asserted'],
      },
      // The noun's own party gives, not the subject of the verb that holds it.
      {
        text: 'Hungary blocked EU deliveries of ammunition to Ukraine.',
        claims: ['transfer igo:eu>UKR [artillery_ammunition] denied|planned'],
      },
    ],
  },
  {
    lemma: 'deployment',
    pos: 'noun',
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'Moscow confirmed the deployment of tactical nuclear weapons to Belarus.',
        claims: ['transfer RUS>BLR [*] asserted'],
      },
    ],
  },
  {
    lemma: 'supply',
    pos: 'noun',
    forms: ['supplies'],
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: "Iran's supplies of drones to Russia grew, the official said.",
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'shipment',
    pos: 'noun',
    forms: ['shipment', 'shipments'],
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'Shipments of Iranian missiles to Russia began in January.',
        claims: ['transfer IRN>RUS [missile] asserted'],
      },
    ],
  },
  {
    lemma: 'provision',
    pos: 'noun',
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'Tehran denied the provision of drones to Moscow.',
        claims: ['transfer IRN>RUS [drone] denied'],
      },
    ],
  },
  {
    lemma: 'sale',
    pos: 'noun',
    forms: ['sale', 'sales'],
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'Congress approved the sale of F-16s to Turkey.',
        claims: ['transfer USA>TUR [aircraft] asserted|planned'],
      },
    ],
  },
  {
    lemma: 'export',
    pos: 'noun',
    forms: ['exports'],
    type: 'transfer',
    frame: GIVING,
    examples: [
      { text: "Russia's arms exports to India fell last year.", claims: ['transfer RUS>IND [] asserted'] },
    ],
  },
  {
    lemma: 'consignment',
    pos: 'noun',
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'A consignment of rifles from Serbia reached Ukraine.',
        claims: ['transfer SRB>UKR [small_arms] asserted'],
      },
    ],
  },
  {
    lemma: 'acquisition',
    pos: 'noun',
    type: 'transfer',
    frame: GETTING,
    examples: [
      {
        text: "India's acquisition of S-400 systems from Russia angered Washington.",
        claims: ['transfer RUS>IND [air_defense] asserted'],
      },
    ],
  },
  {
    lemma: 'dealing',
    pos: 'noun',
    forms: ['dealings'],
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'Washington condemned the arms dealings between Pyongyang and Moscow.',
        claims: ['transfer PRK|RUS>RUS|PRK [] asserted'],
      },
    ],
  },
  {
    lemma: 'transaction',
    pos: 'noun',
    forms: ['transaction', 'transactions'],
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'Seoul said the arms transactions between North Korea and Russia violated sanctions.',
        claims: ['transfer PRK|RUS>RUS|PRK [] asserted'],
      },
    ],
  },
  {
    lemma: 'trade',
    pos: 'noun',
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'The arms trade between Pyongyang and Moscow has grown, analysts said.',
        claims: ['transfer PRK|RUS>RUS|PRK [] asserted'],
      },
    ],
  },
  {
    lemma: 'cooperation',
    pos: 'noun',
    symmetric: true,
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'Military cooperation between Iran and Russia deepened, Blinken said.',
        claims: ['transfer IRN|RUS>RUS|IRN [] asserted'],
        gap: 'an event noun with no weapon and no party of its own is not drafted',
      },
    ],
  },
  {
    lemma: 'negotiate',
    pos: 'verb',
    type: 'negotiate_transfer',
    frame: TALK,
    examples: [
      {
        text: 'Russia is negotiating with North Korea on ammunition supplies, Kirby said.',
        claims: ['negotiate_transfer RUS|PRK>PRK|RUS [*] asserted'],
      },
    ],
  },
  {
    lemma: 'negotiation',
    pos: 'noun',
    symmetric: true,
    forms: ['negotiation', 'negotiations'],
    type: 'negotiate_transfer',
    frame: TALKS,
    examples: [
      {
        text: 'Arms negotiations between Russia and North Korea are advancing, Kirby said.',
        claims: ['negotiate_transfer RUS|PRK>PRK|RUS [] asserted'],
      },
    ],
  },
  {
    lemma: 'talk',
    pos: 'noun',
    symmetric: true,
    forms: ['talks'],
    type: 'negotiate_transfer',
    frame: TALKS,
    examples: [
      // "in talks to sell": the transfer the talks aim at is their subject.
      {
        text: 'Britain is in talks to sell Eurofighter Typhoon jets to Turkey.',
        claims: ['negotiate_transfer GBR>TUR [aircraft] asserted'],
      },
      {
        text: 'Egypt held talks with China on buying J-10C fighters.',
        claims: ['negotiate_transfer CHN|EGY>EGY|CHN [aircraft] asserted'],
      },
    ],
  },
  {
    lemma: 'deal',
    pos: 'noun',
    type: 'negotiate_transfer',
    frame: TALKS,
    examples: [
      {
        text: 'Indonesia signed a deal with France for Rafale jets.',
        claims: ['negotiate_transfer|transfer FRA|IDN>IDN|FRA [aircraft] asserted|planned'],
      },
    ],
  },
  {
    lemma: 'contract',
    pos: 'noun',
    forms: ['contract', 'contracts'],
    type: 'negotiate_transfer',
    frame: TALKS,
    examples: [
      {
        text: 'Poland signed a contract with South Korea for K2 tanks.',
        claims: ['negotiate_transfer|transfer KOR|POL>POL|KOR [armored_vehicle] asserted|planned'],
      },
    ],
  },
  {
    lemma: 'turn',
    pos: 'verb',
    type: 'negotiate_transfer',
    frame: TURN_TO,
    examples: [
      {
        text: 'Russia has turned to North Korea for artillery shells.',
        claims: ['negotiate_transfer PRK>RUS [artillery_ammunition] asserted'],
      },
      { text: 'Germany turned down a request for tanks.', claims: [] },
    ],
  },
  {
    lemma: 'look',
    pos: 'verb',
    type: 'negotiate_transfer',
    frame: TURN_TO,
    examples: [
      {
        text: 'Moscow is looking to Pyongyang for artillery shells.',
        claims: ['negotiate_transfer PRK>RUS [artillery_ammunition] asserted'],
      },
      { text: 'Officials looked at the wreckage of the drones.', claims: [] },
    ],
  },
  {
    lemma: 'seek',
    pos: 'verb',
    type: 'negotiate_transfer',
    frame: ASK,
    examples: [
      {
        text: 'Russia sought artillery shells from North Korea.',
        claims: ['negotiate_transfer PRK>RUS [artillery_ammunition] asserted'],
      },
    ],
  },
  {
    lemma: 'request',
    pos: 'verb',
    type: 'negotiate_transfer',
    frame: ASK,
    examples: [
      {
        text: 'Ukraine requested Taurus missiles from Germany.',
        claims: ['negotiate_transfer DEU>UKR [cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'request',
    pos: 'noun',
    forms: ['requests'],
    type: 'negotiate_transfer',
    frame: ASKING,
    examples: [
      {
        text: "Germany turned down Ukraine's requests for Taurus missiles.",
        claims: ['negotiate_transfer DEU>UKR [cruise_missile] asserted|denied'],
      },
      // The verb that holds the noun lends its subject as the asker and its to-phrase as the one asked.
      {
        text: 'Ukraine has made repeated requests to Germany for Taurus missiles.',
        claims: ['negotiate_transfer DEU>UKR [cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'ask',
    pos: 'verb',
    type: 'negotiate_transfer',
    frame: ASK,
    examples: [
      {
        text: 'Ukraine asked Germany for Taurus missiles.',
        claims: ['negotiate_transfer DEU>UKR [cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'press',
    pos: 'verb',
    type: 'negotiate_transfer',
    frame: ASK,
    examples: [
      {
        text: 'Kyiv pressed Washington for ATACMS missiles.',
        claims: ['negotiate_transfer USA>UKR [ballistic_missile] asserted'],
      },
      // A transfer asked of the one pressed is a request.
      {
        text: 'Ukraine pressed Germany to supply Taurus missiles.',
        claims: ['negotiate_transfer DEU>UKR [cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'lobby',
    pos: 'verb',
    type: 'negotiate_transfer',
    frame: ASK,
    examples: [
      {
        text: 'Ukraine lobbied Germany for Taurus missiles.',
        claims: ['negotiate_transfer DEU>UKR [cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'appeal',
    pos: 'verb',
    type: 'negotiate_transfer',
    // "appeal to X for Y": the one asked is the to-phrase.
    frame: { actor: ['to', 'object', 'from'], target: ['subject'], weapons: ['for'] },
    examples: [
      {
        text: 'Ukraine appealed to Israel for air defense systems.',
        claims: ['negotiate_transfer ISR>UKR [air_defense] asserted'],
      },
    ],
  },
  {
    lemma: 'discuss',
    pos: 'verb',
    type: 'negotiate_transfer',
    frame: TALK,
    examples: [
      {
        text: 'Russia and North Korea discussed arms supplies, Kirby said.',
        claims: ['negotiate_transfer RUS|PRK>PRK|RUS [] asserted'],
        gap: "the talks' object, a noun of transfer, takes the second party as its supplier",
      },
    ],
  },
  {
    lemma: 'use',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia used North Korean missiles against Ukraine.',
        claims: ['military_use RUS>UKR [ballistic_missile|missile] asserted'],
      },
    ],
  },
  {
    lemma: 'employ',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia employed Iranian drones against Ukraine.',
        claims: ['military_use RUS>UKR [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'intercept',
    pos: 'verb',
    type: 'military_use',
    frame: STOP,
    examples: [
      {
        text: 'Ukraine intercepted Russian cruise missiles overnight.',
        claims: ['military_use RUS>UKR [cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'down',
    pos: 'verb',
    type: 'military_use',
    frame: STOP,
    examples: [
      { text: 'Ukraine downed Russian drones over Kyiv.', claims: ['military_use RUS>UKR [drone] asserted'] },
    ],
  },
  {
    lemma: 'fire',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia fired Kinzhal missiles at Ukraine.',
        claims: ['military_use RUS>UKR [ballistic_missile|missile] asserted'],
      },
    ],
  },
  {
    lemma: 'drop',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    requiresWeapon: true,
    weaponObject: true,
    examples: [
      // A crewed platform as agent is used by the state of its adjective.
      {
        text: 'Russian aircraft dropped guided bombs on Zaporizhzhia.',
        claims: ['military_use RUS>UKR [guided_bomb] asserted'],
      },
      { text: 'Ukraine dropped its request for F-16s.', claims: [] },
      {
        text: 'Russia dropped glide bombs on Zaporizhzhia.',
        claims: ['military_use RUS>UKR [guided_bomb] asserted'],
      },
    ],
  },
  {
    lemma: 'launch',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia launched Shahed drones against Ukraine overnight.',
        claims: ['military_use RUS>UKR [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'attack',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia attacked Ukraine with Iranian drones.',
        claims: ['military_use RUS>UKR [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'attack',
    pos: 'noun',
    forms: ['attacks'],
    type: 'military_use',
    frame: USING,
    examples: [
      {
        text: 'Russian drone attacks on Ukraine intensified.',
        claims: ['military_use RUS>UKR [drone] asserted'],
        gap: 'a state adjective before a compound noun owns the event (Russian drone attacks)',
      },
    ],
  },
  {
    lemma: 'strike',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Houthi targets in Yemen were struck by Israeli F-35 jets.',
        claims: ['military_use ISR>group:houthis|YEM [aircraft] asserted'],
      },
      {
        text: 'Russia struck Ukraine with North Korean missiles.',
        claims: ['military_use RUS>UKR [ballistic_missile|missile] asserted'],
      },
    ],
  },
  {
    lemma: 'strike',
    pos: 'noun',
    forms: ['strikes'],
    type: 'military_use',
    frame: USING,
    examples: [
      {
        text: 'Russian missile strikes on Ukraine killed ten people.',
        claims: ['military_use RUS>UKR [missile] asserted'],
        gap: 'a state adjective before a compound noun owns the event (Russian missile strikes)',
      },
    ],
  },
  {
    lemma: 'hit',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia hit Ukraine with Iskander missiles.',
        claims: ['military_use RUS>UKR [ballistic_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'destroy',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russian drones destroyed a Ukrainian power plant.',
        claims: ['military_use RUS>UKR [drone] asserted'],
        gap: 'a weapon as subject: its user comes from its state adjective',
      },
    ],
  },
  {
    lemma: 'target',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia targeted Ukraine with Shahed drones.',
        claims: ['military_use RUS>UKR [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'shell',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia shelled Ukraine with North Korean artillery.',
        claims: ['military_use RUS>UKR [*] asserted'],
      },
    ],
  },
  {
    lemma: 'bomb',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia bombed Ukraine with guided bombs.',
        claims: ['military_use RUS>UKR [guided_bomb] asserted'],
      },
    ],
  },
  {
    lemma: 'sanction',
    pos: 'verb',
    type: 'sanction',
    frame: PUNISH,
    examples: [
      {
        text: 'The United States sanctioned Iran over its drone program.',
        claims: ['sanction USA>IRN [] asserted'],
      },
      {
        text: 'Niger was sanctioned by ECOWAS after the coup.',
        claims: ['sanction igo:ecowas>NER [] asserted'],
      },
    ],
  },
  {
    lemma: 'sanction',
    pos: 'noun',
    forms: ['sanctions'],
    type: 'sanction',
    frame: PUNISHING,
    examples: [
      {
        text: 'The European Union imposed sanctions on Iran over drone transfers.',
        claims: ['sanction igo:eu>IRN [] asserted'],
      },
      // Read for "sanctions" too (triggers.ts): "restrictive measures", a noun-compound "sanctions list".
      {
        text: 'The European Union adopted a new package of restrictive measures against Iran.',
        claims: ['sanction igo:eu>IRN [] asserted'],
      },
      {
        text: 'Two Chinese firms were added to the EU sanctions list on Friday.',
        claims: ['sanction igo:eu>CHN [] asserted'],
      },
      // A condition's "it" is the state named last before it.
      {
        text: 'The United States will impose sanctions on Iran if it sends ballistic missiles to Russia.',
        claims: ['sanction USA>IRN [] conditional', 'transfer IRN>RUS [ballistic_missile] conditional'],
      },
    ],
  },
  {
    lemma: 'penalty',
    pos: 'noun',
    forms: ['penalties'],
    type: 'sanction',
    frame: PUNISHING,
    examples: [
      {
        text: 'Britain imposed penalties on Iran over drone transfers.',
        claims: ['sanction GBR>IRN [] asserted'],
      },
    ],
  },
  {
    lemma: 'blacklist',
    pos: 'verb',
    type: 'sanction',
    frame: PUNISH,
    examples: [
      {
        text: 'Washington blacklisted Iran over drone deliveries to Russia.',
        claims: ['sanction USA>IRN [] asserted'],
      },
      { text: 'Iran was blacklisted by the United States.', claims: ['sanction USA>IRN [] asserted'] },
    ],
  },
  {
    lemma: 'freeze',
    pos: 'verb',
    type: 'sanction',
    frame: PUNISH,
    examples: [
      { text: 'Japan froze the assets of Russian entities.', claims: ['sanction JPN>RUS [] asserted'] },
      // Only assets are frozen as a sanction; frozen deliveries are a halt.
      {
        text: 'Germany froze arms deliveries to Saudi Arabia.',
        claims: ['transfer DEU>SAU [] denied|planned'],
      },
    ],
  },
  {
    lemma: 'ban',
    pos: 'verb',
    type: 'sanction',
    weaponObject: true,
    frame: PUNISH,
    examples: [
      { text: 'Germany banned arms exports to Saudi Arabia.', claims: ['sanction DEU>SAU [] asserted'] },
      { text: 'Spain will ban the sale of weapons to Israel.', claims: ['sanction ESP>ISR [] planned'] },
      { text: 'Ukraine banned the use of Russian software.', claims: [] },
    ],
  },
  {
    lemma: 'designate',
    pos: 'verb',
    type: 'sanction',
    frame: PUNISH,
    examples: [
      {
        text: 'The Treasury designated Iran Air over missile shipments to Russia.',
        claims: ['sanction USA>IRN [] asserted'],
      },
    ],
  },
  {
    lemma: 'threaten',
    pos: 'verb',
    type: 'threaten',
    frame: WARN,
    examples: [
      {
        text: 'Russia threatened Japan with retaliation over the missile deal.',
        claims: ['threaten RUS>JPN [] asserted'],
      },
      {
        text: 'Israel was threatened by Iran with a crushing response.',
        claims: ['threaten IRN>ISR [] asserted'],
      },
    ],
  },
  {
    lemma: 'response',
    pos: 'noun',
    type: 'threaten',
    frame: WARNING,
    examples: [
      {
        text: 'Iran promised a proportionate response to Britain.',
        claims: ['threaten IRN>GBR [] planned|asserted'],
      },
    ],
  },
  {
    lemma: 'consequence',
    pos: 'noun',
    forms: ['consequences'],
    type: 'threaten',
    frame: WARNING,
    examples: [
      {
        text: 'China warned the United States of consequences over the sale.',
        claims: ['threaten CHN>USA [] asserted|planned'],
      },
      // A bearer verb holds a threat to come.
      {
        text: 'Iran said Israel would face a crushing response.',
        claims: ['threaten IRN>ISR [] planned|asserted'],
      },
    ],
  },
  {
    lemma: 'retaliate',
    pos: 'verb',
    type: 'threaten',
    frame: WARN,
    examples: [
      { text: 'Iran said it would retaliate against Britain.', claims: ['threaten IRN>GBR [] planned'] },
    ],
  },
  {
    lemma: 'further',
    pos: 'noun',
    forms: ['further'],
    type: 'threaten',
    frame: WARNING,
    examples: [
      {
        text: 'Britain said it was ready to go further against Iran.',
        claims: ['threaten GBR>IRN [] possible|planned|asserted'],
      },
    ],
  },
  {
    lemma: 'respond',
    pos: 'verb',
    type: 'threaten',
    frame: WARN,
    examples: [
      {
        text: 'China said it would respond firmly to the United States.',
        claims: ['threaten CHN>USA [] planned'],
      },
    ],
  },
  {
    lemma: 'retaliation',
    pos: 'noun',
    type: 'threaten',
    frame: WARNING,
    examples: [
      {
        text: 'Russia vowed retaliation against South Korea.',
        claims: ['threaten RUS>KOR [] planned|asserted'],
      },
    ],
  },
  {
    lemma: 'countermeasure',
    pos: 'noun',
    forms: ['countermeasures'],
    type: 'threaten',
    frame: WARNING,
    examples: [
      {
        text: 'China announced countermeasures against the United States.',
        claims: ['threaten|sanction CHN>USA [] asserted|planned'],
      },
    ],
  },
  {
    lemma: 'measure',
    pos: 'noun',
    forms: ['measures'],
    type: 'threaten',
    frame: WARNING,
    examples: [
      {
        text: 'Iran said it would take measures against Britain.',
        claims: ['threaten IRN>GBR [] planned'],
        gap: "'take measures against X' after a reporting verb",
      },
      {
        text: 'If Iran sends missiles to Russia, the G7 will take further measures.',
        claims: ['threaten igo:g7>IRN [] conditional', 'transfer IRN>RUS [missile] conditional'],
      },
      { text: 'The EU adopted further measures against Russia.', claims: [] },
    ],
  },
  {
    lemma: 'decision',
    pos: 'noun',
    forms: ['decisions'],
    type: 'threaten',
    frame: WARNING,
    examples: [
      {
        text: 'Russia warned South Korea it would take decisions if it armed Ukraine.',
        claims: ['threaten RUS>KOR [] conditional'],
        gap: "the threat's own clause is the consequent of a condition",
      },
    ],
  },
  {
    lemma: 'price',
    pos: 'noun',
    type: 'threaten',
    frame: WARNING,
    examples: [
      {
        text: 'The United States said North Korea would pay a price for arming Russia.',
        claims: ['threaten USA>PRK [] planned|conditional'],
      },
    ],
  },
  {
    lemma: 'target',
    pos: 'noun',
    forms: ['targets'],
    type: 'threaten',
    frame: WARNING,
    examples: [
      {
        text: 'Russia said Western jets in Ukraine would be legitimate targets.',
        claims: ['threaten RUS>* [] *'],
      },
    ],
  },
  {
    lemma: 'party',
    pos: 'noun',
    type: 'threaten',
    frame: WARNING,
    examples: [
      {
        text: 'Moscow warned Seoul it would become a party to the conflict if it sent weapons to Kyiv.',
        claims: ['threaten RUS>KOR [] conditional'],
      },
    ],
  },
  {
    lemma: 'bring',
    pos: 'verb',
    type: 'refer_international',
    frame: REFER,
    examples: [
      {
        text: 'Ukraine will bring the case to the UN Security Council.',
        claims: ['refer_international UKR>igo:unsc [] planned'],
      },
    ],
  },
  {
    lemma: 'refer',
    pos: 'verb',
    type: 'refer_international',
    frame: REFER,
    examples: [
      {
        text: 'Britain referred Iran to the UN Security Council.',
        claims: ['refer_international GBR>igo:unsc [] asserted'],
      },
    ],
  },
  {
    lemma: 'raise',
    pos: 'verb',
    type: 'refer_international',
    frame: REFER,
    examples: [
      {
        text: 'The United States will raise the shipments at the UN Security Council.',
        claims: ['refer_international USA>igo:unsc [] planned'],
      },
    ],
  },
  {
    lemma: 'take',
    pos: 'verb',
    type: 'refer_international',
    frame: REFER,
    examples: [
      {
        text: 'Kyiv took the matter to the UN Security Council.',
        claims: ['refer_international UKR>igo:unsc [] asserted'],
      },
    ],
  },
  {
    lemma: 'coordinate',
    pos: 'verb',
    type: 'coordinate',
    frame: JOIN,
    examples: [
      {
        text: 'South Korea will coordinate with Japan on a response.',
        claims: ['coordinate KOR>JPN [] planned'],
      },
      {
        text: 'Russia agreed with North Korea to coordinate military activities.',
        claims: ['coordinate RUS>PRK [] planned|asserted'],
      },
    ],
  },
  {
    lemma: 'consult',
    pos: 'verb',
    type: 'coordinate',
    frame: JOIN,
    examples: [
      {
        text: 'Washington consulted with Tokyo on the response.',
        claims: ['coordinate USA>JPN [] asserted'],
      },
    ],
  },
  {
    lemma: 'coordination',
    pos: 'noun',
    symmetric: true,
    type: 'coordinate',
    frame: JOIN,
    examples: [
      {
        text: 'Seoul announced close coordination with Washington on the issue.',
        claims: ['coordinate KOR>USA [] asserted'],
      },
      {
        text: 'Moscow and Pyongyang agreed on closer military coordination.',
        claims: ['coordinate RUS|PRK>PRK|RUS [] planned|asserted'],
      },
    ],
  },
  {
    lemma: 'treaty',
    pos: 'noun',
    symmetric: true,
    forms: ['treaty', 'treaties'],
    type: 'coordinate',
    frame: JOIN,
    examples: [
      {
        text: 'Russia and North Korea signed a mutual defence treaty.',
        claims: ['coordinate RUS|PRK>PRK|RUS [] asserted'],
      },
      {
        text: 'Russia signed a mutual defence treaty with North Korea.',
        claims: ['coordinate RUS>PRK [] asserted'],
      },
      // A relation needs its two sides: "the treaty" alone points back at one.
      { text: 'On Monday, Putin submitted the treaty to the State Duma.', claims: [] },
    ],
  },
  {
    lemma: 'pact',
    pos: 'noun',
    symmetric: true,
    forms: ['pact', 'pacts'],
    type: 'coordinate',
    frame: JOIN,
    examples: [
      {
        text: 'North Korea and Russia concluded a mutual defence pact.',
        claims: ['coordinate RUS|PRK>PRK|RUS [] asserted'],
      },
    ],
  },
  {
    lemma: 'consultation',
    pos: 'noun',
    symmetric: true,
    forms: ['consultations'],
    type: 'coordinate',
    frame: JOIN,
    examples: [
      {
        text: 'Japan held consultations with South Korea on the missile transfers.',
        claims: ['coordinate JPN>KOR [] asserted'],
      },
    ],
  },
  {
    lemma: 'gift',
    pos: 'verb',
    requiresWeapon: false,
    type: 'transfer',
    frame: GIVE,
    examples: [
      { text: 'Denmark gifted Caesar howitzers to Ukraine.', claims: ['transfer DNK>UKR [other] asserted'] },
    ],
  },
  {
    lemma: 'flood',
    pos: 'verb',
    requiresWeapon: false,
    type: 'transfer',
    frame: EQUIP,
    examples: [
      {
        text: 'Iran is flooding Russia with drones, Kyiv said.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'offer',
    pos: 'verb',
    requiresWeapon: false,
    type: 'negotiate_transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Russia offered Su-35 jets to Iran.',
        claims: ['negotiate_transfer RUS>IRN [aircraft] asserted'],
      },
    ],
  },
  {
    lemma: 'propose',
    pos: 'verb',
    type: 'negotiate_transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Russia has proposed selling Su-35 fighter jets to Iran.',
        claims: ['negotiate_transfer RUS>IRN [aircraft] asserted'],
      },
      { text: 'The ministry proposed a new budget for the army.', claims: [] },
    ],
  },
  {
    lemma: 'pound',
    pos: 'verb',
    requiresWeapon: false,
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia pounded Ukraine with glide bombs.',
        claims: ['military_use RUS>UKR [guided_bomb] asserted'],
      },
    ],
  },
  {
    lemma: 'embargo',
    pos: 'noun',
    forms: ['embargo', 'embargoes'],
    type: 'sanction',
    frame: PUNISHING,
    examples: [
      { text: 'Germany imposed an arms embargo on Saudi Arabia.', claims: ['sanction DEU>SAU [] asserted'] },
    ],
  },
];
