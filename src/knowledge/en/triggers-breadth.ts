import type { FrameData, TriggerData } from './schema.js';
import { GETTING, GIVE, GIVING } from './triggers.js';

// The frames these words share with the core table's verbs of equipping and of force.
const EQUIP: FrameData = { actor: ['subject', 'by'], target: ['object'], weapons: ['with'] };
const USE: FrameData = {
  actor: ['subject', 'by'],
  target: ['against', 'on', 'at', 'object'],
  weapons: ['object', 'with'],
};

/**
 * The verbs and nouns a news writer puts in place of the core table's words: moving weapons by road,
 * by pipe or in secret, topping a force up, a purchase told in the plural, and force told as a
 * barrage. Each moves weapons only when weapons are named or pointed back at.
 */
export const breadthTriggerEntries: readonly TriggerData[] = [
  {
    lemma: 'truck',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Belarus trucked artillery shells to Russia across the border.',
        claims: ['transfer BLR>RUS [artillery_ammunition] asserted'],
      },
      {
        text: 'The howitzers were trucked to Armenia by India in May.',
        claims: ['transfer IND>ARM [other] asserted'],
      },
    ],
  },
  {
    lemma: 'pump',
    pos: 'verb',
    type: 'transfer',
    weaponObject: true,
    frame: GIVE,
    examples: [
      {
        text: 'Iran has pumped weapons into Yemen for years.',
        claims: ['transfer IRN>YEM [] asserted'],
      },
      { text: 'Saudi Arabia pumped oil into the market.', claims: [] },
    ],
  },
  {
    lemma: 'rush',
    pos: 'verb',
    type: 'transfer',
    weaponObject: true,
    frame: GIVE,
    examples: [
      {
        text: 'Washington rushed interceptors to Israel after the attack.',
        claims: ['transfer USA>ISR [air_defense] asserted'],
      },
      { text: 'Britain rushed to condemn the strike on Kyiv.', claims: [] },
    ],
  },
  {
    lemma: 'sneak',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Iran sneaked drone parts into Sudan aboard cargo flights.',
        claims: ['transfer IRN>SDN [other|drone] asserted'],
      },
    ],
  },
  {
    lemma: 'traffic',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Serbian brokers trafficked rifles to Libya, the panel found.',
        claims: ['transfer SRB>LBY [small_arms] asserted'],
      },
    ],
  },
  {
    lemma: 'resupply',
    pos: 'verb',
    type: 'transfer',
    frame: EQUIP,
    examples: [
      {
        text: 'Iran resupplied Hezbollah with rockets through Syria.',
        claims: ['transfer IRN>group:hezbollah [rocket_artillery] asserted'],
      },
    ],
  },
  {
    lemma: 'rearm',
    pos: 'verb',
    type: 'transfer',
    frame: EQUIP,
    examples: [
      {
        text: 'Russia rearmed Syria with fighter jets after the war.',
        claims: ['transfer RUS>SYR [aircraft] asserted'],
      },
      // Rearming oneself moves nothing between states.
      { text: 'Germany is rearming at a rapid pace.', claims: [] },
    ],
  },
  {
    lemma: 'bolster',
    pos: 'verb',
    type: 'transfer',
    frame: EQUIP,
    examples: [
      {
        text: 'Israel bolstered Azerbaijan with loitering munitions before the offensive.',
        claims: ['transfer ISR>AZE [drone] asserted'],
      },
      { text: 'NATO bolstered its eastern flank.', claims: [] },
    ],
  },
  {
    lemma: 'replenish',
    pos: 'verb',
    type: 'transfer',
    frame: EQUIP,
    examples: [
      {
        text: 'South Korea replenished Poland with K9 howitzers.',
        claims: ['transfer KOR>POL [other] asserted'],
      },
    ],
  },
  {
    lemma: 'flow',
    pos: 'verb',
    type: 'transfer',
    // Weapons that flow move by themselves, as those that arrive: the origin gives, the destination receives.
    frame: { actor: ['from'], target: ['to', 'into', 'in'], weapons: ['subject'] },
    examples: [
      {
        text: "Chinese weapons flowed to Myanmar's junta throughout the war.",
        claims: ['transfer CHN>MMR [] asserted'],
      },
      { text: 'Russian arms flowed into Mali after the coup.', claims: ['transfer RUS>MLI [] asserted'] },
    ],
  },
  {
    lemma: 'procurement',
    pos: 'noun',
    type: 'transfer',
    frame: GETTING,
    examples: [
      {
        text: "Vietnam's procurement of patrol boats from Japan continued.",
        claims: ['transfer JPN>VNM [naval] asserted'],
      },
    ],
  },
  {
    lemma: 'purchase',
    pos: 'noun',
    forms: ['purchases'],
    type: 'transfer',
    frame: GETTING,
    examples: [
      {
        text: "Pakistan's purchases of Chinese jets alarmed India.",
        claims: ['transfer CHN>PAK [aircraft] asserted'],
      },
    ],
  },
  {
    lemma: 'smuggling',
    pos: 'noun',
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'The smuggling of drones from Iran to Sudan continued.',
        claims: ['transfer IRN>SDN [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'assistance',
    pos: 'noun',
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: "China's military assistance to Cambodia includes patrol boats.",
        claims: ['transfer CHN>KHM [naval|unspecified] asserted'],
      },
    ],
  },
  {
    lemma: 'bombard',
    pos: 'verb',
    requiresWeapon: false,
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia bombarded Ukraine with glide bombs overnight.',
        claims: ['military_use RUS>UKR [guided_bomb] asserted'],
      },
    ],
  },
  {
    lemma: 'hammer',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia hammered Ukraine with Iranian-designed drones.',
        claims: ['military_use RUS>UKR [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'unleash',
    pos: 'verb',
    type: 'military_use',
    frame: USE,
    examples: [
      {
        text: 'Russia unleashed dozens of drones on Ukraine overnight.',
        claims: ['military_use RUS>UKR [drone] asserted'],
      },
    ],
  },
];
