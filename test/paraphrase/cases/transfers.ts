import type { ParaphraseCase } from '../case.js';

/** Transfer verbs from the trigger table and synonyms outside it, across regions and weapon classes. */
export const transfers: readonly ParaphraseCase[] = [
  {
    id: 'supply-synonyms',
    base: 'Iran supplied drones to Russia.',
    paraphrases: [
      'Iran has been funnelling drones to Russia.',
      'Iran shipped drones to Russia.',
      'Iran smuggled drones into Russia.',
      'Tehran furnished Moscow with drones.',
      'Iran handed over drones to Russia.',
      'Iran provided drones to Russia.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
  },
  {
    id: 'pouring',
    base: 'Iran is pouring drones into Russia.',
    paraphrases: [
      'Iran is funnelling drones into Russia.',
      'Iran is channelling drones to Russia.',
      'Iran keeps sending drones to Russia.',
      'Iran is flooding Russia with drones.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
  },
  {
    id: 'arms-group',
    base: 'Iran arms the Houthis with missiles.',
    paraphrases: [
      'Iran equips the Houthis with missiles.',
      'Iran provides the Houthis with missiles.',
      'Iran supplies missiles to the Houthis.',
      'The Houthis are armed with missiles by Iran.',
      'The Houthis get their missiles from Iran.',
    ],
    claims: ['transfer IRN>group:houthis [missile] asserted'],
  },
  {
    id: 'shipped-shells',
    base: 'North Korea shipped artillery shells to Russia.',
    paraphrases: [
      'North Korea smuggled artillery shells to Russia.',
      'Pyongyang sent millions of artillery rounds to Moscow.',
      'North Korea ferried artillery shells to Russia by rail.',
      'Artillery shells were shipped to Russia by North Korea.',
      'Russia received artillery shells from North Korea.',
      'North Korea transported artillery shells to Russia.',
    ],
    claims: ['transfer PRK>RUS [artillery_ammunition] asserted'],
  },
  {
    id: 'delivered-himars',
    base: 'The United States delivered HIMARS launchers to Ukraine.',
    paraphrases: [
      'Washington handed HIMARS launchers over to Kyiv.',
      'HIMARS launchers were delivered to Ukraine by the United States.',
      'Ukraine took delivery of HIMARS launchers from the United States.',
      'The United States airlifted HIMARS launchers to Ukraine.',
      'The United States dispatched HIMARS launchers to Ukraine.',
    ],
    claims: ['transfer USA>UKR [rocket_artillery] asserted'],
  },
  {
    id: 'generic-hardware',
    base: 'Germany sent military hardware to Ukraine.',
    paraphrases: [
      'Germany sent military kit to Ukraine.',
      'Germany sent military equipment to Ukraine.',
      'Germany sent weaponry to Ukraine.',
      'Germany sent arms to Ukraine.',
    ],
    claims: ['transfer DEU>UKR [*] asserted'],
  },
  {
    id: 'sold-rafale',
    base: 'France sold Rafale fighter jets to India.',
    paraphrases: [
      'India bought Rafale fighter jets from France.',
      'India purchased Rafale jets from France.',
      'India acquired Rafale fighter jets from France.',
      'Rafale fighter jets were sold to India by France.',
      'India procured Rafale fighter jets from France.',
    ],
    claims: ['transfer FRA>IND [aircraft] asserted'],
  },
  {
    id: 'exported-tb2',
    base: 'Turkey exported Bayraktar TB2 drones to Nigeria.',
    paraphrases: [
      'Nigeria imported Bayraktar TB2 drones from Turkey.',
      'Turkish Bayraktar TB2 drones were exported to Nigeria.',
      'Nigeria obtained Bayraktar TB2 drones from Turkey.',
      'Ankara sold Bayraktar TB2 drones to Abuja.',
    ],
    claims: ['transfer TUR>NGA [drone] asserted'],
  },
  {
    id: 'donated-howitzers',
    base: 'Denmark donated Caesar howitzers to Ukraine.',
    paraphrases: [
      'Denmark gave Caesar howitzers to Ukraine.',
      'Denmark gifted Caesar howitzers to Ukraine.',
      'Caesar howitzers were donated to Ukraine by Denmark.',
      'Ukraine received Caesar howitzers as a gift from Denmark.',
      'Denmark contributed Caesar howitzers to Ukraine.',
    ],
    claims: ['transfer DNK>UKR [other] asserted'],
  },
  {
    id: 'china-pakistan-jets',
    base: 'China has supplied J-10C fighter jets to Pakistan.',
    paraphrases: [
      'Pakistan has received J-10C fighter jets from China.',
      'Beijing has provided Islamabad with J-10C fighter jets.',
      'Pakistan has taken delivery of Chinese J-10C fighter jets.',
      'J-10C fighter jets have been transferred to Pakistan by China.',
    ],
    claims: ['transfer CHN>PAK [aircraft] asserted'],
  },
  {
    id: 'uae-rsf-drones',
    base: 'The United Arab Emirates supplied drones to the Rapid Support Forces in Sudan.',
    paraphrases: [
      'The UAE has been funnelling drones to the RSF.',
      'Drones were flown to the Rapid Support Forces by the United Arab Emirates.',
      'The RSF received drones from the United Arab Emirates.',
      'The UAE smuggled drones to the Rapid Support Forces through Chad.',
    ],
    claims: ['transfer ARE>group:rsf [drone] asserted'],
  },
  {
    id: 'russia-mali-helicopters',
    base: 'Russia delivered attack helicopters to Mali.',
    paraphrases: [
      'Mali received attack helicopters from Russia.',
      'Moscow handed over attack helicopters to Bamako.',
      'Attack helicopters were delivered to Mali by Russia.',
      'Russia airlifted attack helicopters to Mali.',
    ],
    claims: ['transfer RUS>MLI [aircraft] asserted'],
  },
  {
    id: 'russia-venezuela-jets',
    base: 'Russia sold Su-30 fighter jets to Venezuela.',
    paraphrases: [
      'Venezuela bought Su-30 fighter jets from Russia.',
      'Caracas acquired Su-30 fighter jets from Moscow.',
      'Su-30 fighter jets were sold to Venezuela by Moscow.',
    ],
    claims: ['transfer RUS>VEN [aircraft] asserted'],
  },
  {
    id: 'israel-azerbaijan-harop',
    base: 'Israel supplied Harop drones to Azerbaijan.',
    paraphrases: [
      'Azerbaijan obtained Harop drones from Israel.',
      'Israel armed Azerbaijan with Harop drones.',
      'Baku received Israeli Harop drones.',
      'Harop drones were supplied to Azerbaijan by Israel.',
    ],
    claims: ['transfer ISR>AZE [drone] asserted'],
  },
  {
    id: 'korea-poland-tanks',
    base: 'South Korea delivered K2 Black Panther tanks to Poland.',
    paraphrases: [
      'Poland took delivery of K2 Black Panther tanks from South Korea.',
      'Seoul shipped K2 Black Panther tanks to Warsaw.',
      'K2 Black Panther tanks were delivered to Poland by South Korea.',
    ],
    claims: ['transfer KOR>POL [armored_vehicle] asserted'],
  },
  {
    id: 'iran-hezbollah-rockets',
    base: 'Iran smuggles rockets to Hezbollah through Syria.',
    paraphrases: [
      'Iran funnels rockets to Hezbollah via Syria.',
      'Rockets are smuggled to Hezbollah by Iran through Syria.',
      'Hezbollah gets its rockets from Iran through Syria.',
      'Iran transfers rockets to Hezbollah across Syria.',
    ],
    claims: ['transfer IRN>group:hezbollah [rocket_artillery] asserted'],
  },
  {
    id: 'us-taiwan-stingers',
    base: 'The United States sold Stinger missiles to Taiwan.',
    paraphrases: [
      'Taiwan bought Stinger missiles from the United States.',
      'Washington approved and delivered Stinger missiles to Taipei.',
      'Stinger missiles were sold to Taiwan by the United States.',
    ],
    claims: ['transfer USA>TWN [air_defense] asserted'],
  },
  {
    id: 'belarus-nuclear-station',
    base: 'Russia stationed tactical nuclear weapons in Belarus.',
    paraphrases: [
      'Russia deployed tactical nuclear weapons to Belarus.',
      'Russia moved tactical nuclear weapons into Belarus.',
      'Tactical nuclear weapons were stationed in Belarus by Russia.',
    ],
    claims: ['transfer RUS>BLR [other] asserted'],
  },
];
