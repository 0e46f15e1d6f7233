import type { ParaphraseCase } from '../case.js';

/** Uses of weapons: who fires at whom, in active, passive and instrument frames. */
export const militaryUse: readonly ParaphraseCase[] = [
  {
    id: 'fired-iskander',
    base: 'Russia fired Iskander missiles at Kharkiv.',
    paraphrases: [
      'Russia launched Iskander missiles at Kharkiv.',
      'Iskander missiles were fired at Kharkiv by Russian forces.',
      'Russian forces struck Kharkiv with Iskander missiles.',
      'Kharkiv was hit by Russian Iskander missiles.',
    ],
    claims: ['military_use RUS>UKR [ballistic_missile] asserted'],
  },
  {
    id: 'used-iranian-drones',
    base: 'Russia used Iranian drones against Ukraine.',
    paraphrases: [
      'Russia has employed Iranian drones against Ukraine.',
      'Iranian drones were used by Russia against Ukraine.',
      'Russia attacked Ukraine with Iranian drones.',
      'Russia has been using Iranian-made drones in its attacks on Ukraine.',
    ],
    claims: ['military_use RUS>UKR [drone] asserted'],
  },
  {
    id: 'ukraine-atacms',
    base: 'Ukraine used ATACMS missiles against Russian airfields.',
    paraphrases: [
      'Ukraine struck Russian airfields with ATACMS missiles.',
      'Ukrainian forces fired ATACMS missiles at airfields in Russia.',
      'ATACMS missiles were launched by Ukraine at Russian airfields.',
      'Kyiv hit Russian airfields with ATACMS.',
    ],
    claims: ['military_use UKR>RUS [ballistic_missile] asserted'],
  },
  {
    id: 'houthis-red-sea',
    base: 'The Houthis fired anti-ship missiles at ships in the Red Sea.',
    paraphrases: [
      'The Houthis launched anti-ship missiles at vessels in the Red Sea.',
      'Anti-ship missiles were fired by the Houthis at Red Sea shipping.',
      'Houthi rebels targeted ships in the Red Sea with anti-ship missiles.',
    ],
    claims: ['military_use group:houthis>* [cruise_missile] asserted'],
  },
  {
    id: 'israel-yemen',
    base: 'Israel struck Houthi targets in Yemen with F-35 jets.',
    paraphrases: [
      'Israeli F-35 jets bombed Houthi targets in Yemen.',
      'Houthi targets in Yemen were struck by Israeli F-35 jets.',
      'Israel attacked Houthi positions in Yemen using F-35 jets.',
    ],
    claims: ['military_use ISR>YEM|group:houthis [aircraft] asserted'],
  },
  {
    id: 'shot-down',
    base: 'Ukrainian air defences shot down 30 Shahed drones overnight.',
    paraphrases: [
      'Ukrainian air defences downed 30 Shahed drones overnight.',
      'Ukraine intercepted 30 Shahed drones overnight.',
      'Thirty Shahed drones were shot down by Ukrainian air defences overnight.',
      "Ukraine's air force destroyed 30 Russian Shahed drones overnight.",
    ],
    claims: ['military_use RUS>UKR [drone] asserted'],
  },
  {
    id: 'rsf-port-sudan',
    base: 'The Rapid Support Forces used drones to attack Port Sudan.',
    paraphrases: [
      'The RSF attacked Port Sudan with drones.',
      'Drones launched by the Rapid Support Forces struck Port Sudan.',
      'Port Sudan was attacked with drones by the RSF.',
    ],
    claims: ['military_use group:rsf>SDN [drone] asserted'],
  },
  {
    id: 'azerbaijan-harop',
    base: 'Azerbaijan used Israeli Harop drones against Armenian forces.',
    paraphrases: [
      'Azerbaijani forces struck Armenian positions with Israeli Harop drones.',
      'Harop drones were used by Azerbaijan against Armenian troops.',
      'Azerbaijan attacked Armenian forces with Harop drones made in Israel.',
    ],
    claims: ['military_use AZE>ARM [drone] asserted'],
  },
  {
    id: 'glide-bombs',
    base: 'Russia dropped glide bombs on Zaporizhzhia.',
    paraphrases: [
      'Russian aircraft dropped guided bombs on Zaporizhzhia.',
      'Glide bombs were dropped on Zaporizhzhia by Russia.',
      'Russia bombed Zaporizhzhia with glide bombs.',
      'Russia pounded Zaporizhzhia with glide bombs.',
    ],
    claims: ['military_use RUS>UKR [guided_bomb] asserted'],
  },
  {
    id: 'north-korean-missiles',
    base: 'Russia fired North Korean KN-23 missiles at Kyiv.',
    paraphrases: [
      'Russia has used North Korean KN-23 missiles against Kyiv.',
      'North Korean KN-23 missiles were fired at Kyiv by Russia.',
      'Kyiv was struck by North Korean KN-23 missiles fired by Russia.',
    ],
    claims: ['military_use RUS>UKR [ballistic_missile] asserted'],
  },
  {
    id: 'india-brahmos',
    base: 'India fired BrahMos missiles at Pakistani air bases.',
    paraphrases: [
      'India struck Pakistani air bases with BrahMos missiles.',
      'BrahMos missiles were launched by India at air bases in Pakistan.',
      'Indian forces targeted Pakistani air bases with BrahMos missiles.',
    ],
    claims: ['military_use IND>PAK [cruise_missile] asserted'],
  },
  {
    id: 'shelling',
    base: 'Russian forces shelled Kherson with artillery.',
    paraphrases: [
      'Russia shelled the city of Kherson with artillery.',
      'Kherson was shelled by Russian artillery.',
      'Russian artillery pounded Kherson.',
    ],
    claims: ['military_use RUS>UKR [other] asserted'],
  },
  {
    id: 'hezbollah-rockets',
    base: 'Hezbollah fired rockets at northern Israel.',
    paraphrases: [
      'Hezbollah launched rockets into northern Israel.',
      'Rockets were fired at northern Israel by Hezbollah.',
      'Hezbollah targeted northern Israel with rockets.',
    ],
    claims: ['military_use group:hezbollah>ISR [rocket_artillery] asserted'],
  },
  {
    id: 'sudan-army-drones',
    base: 'The Sudanese army used Iranian drones against the Rapid Support Forces.',
    paraphrases: [
      "Sudan's army struck RSF positions with Iranian drones.",
      'Iranian-made drones were used by the Sudanese army against the Rapid Support Forces.',
      'The Sudanese military has been attacking the RSF with drones from Iran.',
    ],
    claims: ['military_use SDN>group:rsf [drone] asserted'],
  },
];
