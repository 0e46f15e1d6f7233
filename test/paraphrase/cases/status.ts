import type { ParaphraseCase } from '../case.js';

/** Status cues and their scope: negation, denial, hedges, plans, conditions, the unconfirmed and the paused. */
export const status: readonly ParaphraseCase[] = [
  {
    id: 'denied',
    base: 'Iran denied sending drones to Russia.',
    paraphrases: [
      'Iran rejected claims that it sent drones to Russia.',
      'Tehran dismissed reports that it had supplied drones to Moscow.',
      'Iran insisted it had not sent any drones to Russia.',
      'Iran refuted allegations that it had sent drones to Russia.',
    ],
    claims: ['transfer IRN>RUS [drone] denied'],
  },
  {
    id: 'completely-wrong',
    base: "Iran's foreign ministry said reports that Tehran supplied missiles to Russia were completely wrong.",
    paraphrases: [
      "Iran's foreign ministry said reports that Tehran supplied missiles to Russia were utterly wrong.",
      "Iran's foreign ministry said reports that Tehran supplied missiles to Russia were baseless.",
      "Iran's foreign ministry said reports that Tehran supplied missiles to Russia were false.",
      "Iran's foreign ministry said reports that Tehran supplied missiles to Russia were groundless.",
      "Iran's foreign ministry called reports that Tehran supplied missiles to Russia totally untrue.",
    ],
    claims: ['transfer IRN>RUS [missile] denied'],
  },
  {
    id: 'never',
    base: 'North Korea has never sent artillery shells to Russia.',
    paraphrases: [
      'North Korea has not sent any artillery shells to Russia.',
      'North Korea did not supply artillery shells to Russia.',
      'No artillery shells were sent to Russia by North Korea.',
      'At no point did North Korea send artillery shells to Russia.',
    ],
    claims: ['transfer PRK>RUS [artillery_ammunition] denied'],
  },
  {
    id: 'did-not-deny',
    base: 'Iran did not deny that it sent drones to Russia.',
    paraphrases: [
      'Iran did not deny sending drones to Russia.',
      'Iran has not denied supplying drones to Russia.',
      'Tehran stopped short of denying that it had sent drones to Moscow.',
      'Iran did not dispute that it had sent drones to Russia.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
    notClaims: ['transfer IRN>RUS [*] denied'],
  },
  {
    id: 'admitted',
    base: 'Iran admitted that it sent drones to Russia before the war.',
    paraphrases: [
      'Iran acknowledged sending drones to Russia before the war.',
      'Tehran conceded it had supplied drones to Moscow before the war.',
      'Iran confirmed that it had sent drones to Russia before the war.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
  },
  {
    id: 'no-doubt',
    base: 'There is no doubt that Iran sent drones to Russia, the official said.',
    paraphrases: [
      'The official said there was no question that Iran had sent drones to Russia.',
      'Iran undoubtedly sent drones to Russia, the official said.',
      'The official said it was clear that Iran had sent drones to Russia.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
  },
  {
    id: 'may',
    base: 'Iran may send ballistic missiles to Russia.',
    paraphrases: [
      'Iran might send ballistic missiles to Russia.',
      'Iran could send ballistic missiles to Russia.',
      'Iran is likely to send ballistic missiles to Russia.',
      'It is possible that Iran will send ballistic missiles to Russia.',
      'Iran may be sending ballistic missiles to Russia.',
    ],
    claims: ['transfer IRN>RUS [ballistic_missile] possible'],
  },
  {
    id: 'refused-to-rule-out',
    base: 'Germany refused to rule out sending Taurus missiles to Ukraine.',
    paraphrases: [
      'Germany did not rule out sending Taurus missiles to Ukraine.',
      'Berlin would not exclude delivering Taurus missiles to Kyiv.',
      'Germany left open the possibility of sending Taurus missiles to Ukraine.',
      'Germany declined to rule out supplying Taurus missiles to Ukraine.',
    ],
    claims: ['transfer DEU>UKR [cruise_missile] possible'],
  },
  {
    id: 'will',
    base: 'Germany will deliver IRIS-T systems to Ukraine.',
    paraphrases: [
      'Germany is going to deliver IRIS-T systems to Ukraine.',
      'Germany plans to deliver IRIS-T systems to Ukraine.',
      'Germany intends to send IRIS-T systems to Ukraine.',
      'Germany is set to deliver IRIS-T systems to Ukraine.',
      'IRIS-T systems will be delivered to Ukraine by Germany.',
      'Germany has pledged to deliver IRIS-T systems to Ukraine.',
    ],
    claims: ['transfer DEU>UKR [air_defense] planned'],
  },
  {
    id: 'if',
    base: 'If Iran sends ballistic missiles to Russia, the United States will impose sanctions on Iran.',
    paraphrases: [
      'Should Iran send ballistic missiles to Russia, the United States will impose sanctions on Iran.',
      'The United States will impose sanctions on Iran if it sends ballistic missiles to Russia.',
      'In the event that Iran sends ballistic missiles to Russia, the United States will impose sanctions on it.',
      'Washington will sanction Tehran if Tehran ships ballistic missiles to Moscow.',
    ],
    claims: ['transfer IRN>RUS [ballistic_missile] conditional', 'sanction USA>IRN conditional'],
  },
  {
    id: 'unconfirmed',
    base: 'The Pentagon could not confirm that Iran had sent missiles to Russia.',
    paraphrases: [
      'The Pentagon was unable to confirm that Iran had sent missiles to Russia.',
      'The Pentagon said it had no confirmation that Iran had sent missiles to Russia.',
      'It was unclear whether Iran had sent missiles to Russia, the Pentagon said.',
      'The Pentagon said it could not verify reports that Iran had sent missiles to Russia.',
      'The Pentagon said it had not seen evidence that Iran sent missiles to Russia.',
    ],
    claims: ['transfer IRN>RUS [missile] unconfirmed'],
  },
  {
    id: 'paused',
    base: 'The United States paused deliveries of artillery shells to Ukraine.',
    paraphrases: [
      'The United States halted deliveries of artillery shells to Ukraine.',
      'Washington suspended shipments of artillery shells to Kyiv.',
      'The US put deliveries of artillery shells to Ukraine on hold.',
      'Deliveries of artillery shells to Ukraine were paused by the United States.',
      'The United States froze shipments of artillery shells to Ukraine.',
    ],
    claims: ['transfer USA>UKR [artillery_ammunition] *'],
    notClaims: ['transfer USA>UKR [*] asserted'],
  },
  {
    id: 'blocked',
    base: 'Hungary blocked EU deliveries of ammunition to Ukraine.',
    paraphrases: [
      'Hungary vetoed EU deliveries of ammunition to Ukraine.',
      'EU deliveries of ammunition to Ukraine were blocked by Hungary.',
      'Budapest held up EU ammunition deliveries to Kyiv.',
    ],
    claims: ['transfer igo:eu>UKR [artillery_ammunition] *'],
    notClaims: ['transfer igo:eu>UKR [*] asserted', 'transfer HUN>* [*] *'],
  },
  {
    id: 'expected',
    base: 'Russia is expected to receive Iranian ballistic missiles soon.',
    paraphrases: [
      'Iranian ballistic missiles are expected to reach Russia soon.',
      'Iran is expected to deliver ballistic missiles to Russia soon.',
      'Russia is due to receive Iranian ballistic missiles soon.',
    ],
    claims: ['transfer IRN>RUS [ballistic_missile] planned|possible'],
  },
  {
    id: 'not-only',
    base: 'Iran not only sold drones to Russia but also delivered them.',
    paraphrases: [
      'Iran both sold and delivered drones to Russia.',
      'Not only did Iran sell drones to Russia, it also delivered them.',
      'Iran sold drones to Russia and delivered them as well.',
    ],
    claims: ['transfer IRN>RUS [drone] asserted'],
    notClaims: ['transfer IRN>RUS [*] denied'],
  },
  {
    id: 'declined-to-send',
    base: 'Germany declined to send Taurus missiles to Ukraine.',
    paraphrases: [
      'Germany refused to send Taurus missiles to Ukraine.',
      'Berlin has refused to supply Taurus missiles to Kyiv.',
      'Germany ruled out sending Taurus missiles to Ukraine.',
      'Germany will not send Taurus missiles to Ukraine.',
    ],
    claims: ['transfer DEU>UKR [cruise_missile] denied'],
  },
];
