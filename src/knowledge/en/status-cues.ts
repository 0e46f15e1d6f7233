import type { StatusCueData } from './schema.js';

/**
 * The words and token patterns that set how firmly an event is told: negation, hedges, plans,
 * refusals, non-confirmation, dismissal and halts. Patterns are read by `src/extract/pattern.ts`
 * (`@lemma`, `#TAG`, `a|b` alternatives, `?` optional). Each cue carries the sentences that show it.
 */
export const statusCues: StatusCueData = {
  negators: {
    words: ['not', "n't", 'never', 'no', 'nor', 'neither'],
    // Negative phrases that stand for "not" in front of the verb they govern.
    patterns: [
      'at no point|time|stage',
      'in no way|case',
      'by no means',
      'under no circumstances',
      // "None of the drones were delivered": no subject of the event did it.
      'none of',
      // "Not a single tank has been delivered": a negative quantifier on the subject.
      'not a single',
    ],
    // A negator right before these words negates them, not the event: "not only sold", "did not deny
    // sending", "would not hesitate to impose".
    unless: [
      'only',
      'just',
      'deny',
      'denied',
      'denies',
      'denying',
      'dispute',
      'disputed',
      'disputes',
      'hesitate',
      'hesitated',
      'hesitating',
    ],
    examples: [
      {
        text: 'Iran has never sent drones to Russia, the minister said.',
        claims: ['transfer IRN>RUS [drone] denied'],
      },
      {
        text: 'None of the drones were delivered to Russia by Iran.',
        claims: ['transfer IRN>RUS [drone] denied'],
      },
      {
        text: 'Not a single Leopard tank has been delivered to Ukraine by Spain.',
        claims: ['transfer ESP>UKR [armored_vehicle] denied'],
      },
      {
        text: 'At no point did North Korea send artillery shells to Russia.',
        claims: ['transfer PRK>RUS [artillery_ammunition] denied'],
      },
      {
        text: 'Iran not only sold drones to Russia but also delivered them.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
      {
        text: 'Iran did not deny sending drones to Russia.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
      {
        text: 'The State Department said it would not hesitate to impose further sanctions on Iran.',
        claims: ['sanction USA>IRN planned'],
      },
    ],
  },
  hedges: {
    words: [
      'may',
      'might',
      'could',
      'can',
      'likely',
      'possibly',
      'probably',
      'reportedly',
      'allegedly',
      'apparently',
      'perhaps',
      'potentially',
      'presumably',
      'purportedly',
      'suspected',
      'considering',
      'mulling',
      'weighing',
      'unlikely',
      // Headline verbs: "Egypt mulls buying J-10 jets", "Turkey weighs selling drones".
      'mulls',
      'weighs',
    ],
    patterns: [
      'leaning toward|towards',
      'inclined to',
      'believed|thought|said|reported|rumoured|rumored|feared|understood|alleged|estimated to',
      '@leave|@keep open the? possibility|option',
      'expected to be',
      '@appear|@seem to',
      'suspected of',
      'is|are likely',
      'could be',
      'may|might have',
    ],
    examples: [
      {
        text: 'Iran may have sent missiles to Russia, officials said.',
        claims: ['transfer IRN>RUS [missile] possible'],
      },
      {
        text: 'Egypt mulls buying J-10 jets from China',
        claims: ['transfer CHN>EGY [aircraft] possible'],
      },
      {
        text: 'North Korea is believed to have shipped shells to Russia.',
        claims: ['transfer PRK>RUS [artillery_ammunition] possible'],
      },
      {
        text: 'Germany left open the possibility of sending Taurus missiles to Ukraine.',
        claims: ['transfer DEU>UKR [cruise_missile] possible'],
      },
      {
        text: 'Iran is reported to have shipped drones to Sudan.',
        claims: ['transfer IRN>SDN [drone] possible'],
      },
      {
        text: 'Russia is unlikely to deliver Su-35 jets to Iran this year.',
        claims: ['transfer RUS>IRN [aircraft] possible'],
      },
    ],
  },
  generic: {
    // Matched in the three words before the event: its agent is nobody in particular. The words are such
    // subjects (or their determiner) of a threat's clause: it then warns of a hypothetical act.
    words: ['anyone', 'anybody', 'whoever', 'any'],
    patterns: [
      'anyone|anybody|whoever who|that?',
      'any country|state|nation|company|firm|government who|that?',
    ],
    examples: [
      {
        text: 'Anyone who sends weapons to Russia will face consequences, the spokesman said.',
        claims: ['transfer *>RUS [*] conditional'],
      },
      {
        text: 'Washington will sanction any company supplying drones to Russia.',
        claims: ['transfer *>RUS [drone] conditional'],
      },
      {
        text: 'A State Department spokesman warned that anyone who sends weapons to Russia will face consequences.',
        claims: ['threaten USA>* conditional'],
      },
    ],
  },
  hedgeOpeners: {
    words: ['possible', 'likely', 'probable', 'conceivable', 'plausible', 'perhaps', 'maybe'],
    examples: [
      {
        text: 'It is possible that Iran will send ballistic missiles to Russia.',
        claims: ['transfer IRN>RUS [ballistic_missile] possible'],
      },
    ],
  },
  future: {
    words: [
      'will',
      'shall',
      "'ll",
      'would',
      'going',
      'plans',
      'plan',
      'planned',
      'planning',
      'intends',
      'intend',
      'preparing',
      'prepares',
      'prepare',
      'ready',
      'agreed',
      'set',
      'expected',
      'promised',
      'pledged',
      'vowed',
      'poised',
      'aims',
      'seeks',
      'considering',
      'expect',
      'expects',
      'expecting',
      'decided',
      'decides',
    ],
    patterns: [
      'about to',
      'is|are|was|were to',
      'is|are|was|were due to',
      '@commit to',
      '@hope|@aim|@intend|@want to',
      // Nouns of intent: "its intention to supply", "made a bid to acquire", "an offer to sell"; not "in a
      // bid to", which gives the purpose of a deed told.
      'intention|intentions|intent|proposal|proposals|offer|offers|readiness|willingness to',
      '@make|@launch|@submit|@mount a|an|its|their bid|bids to',
      "'s|’s|its|their bid|bids to",
      '@look to',
      'interest in',
      '@ask|@urge|@press|@request _ to',
      '@approve|@authorize|@authorise',
      // "supports Turkey's purchase of", "backs the sale of"; not a name ("the Rapid Support Forces").
      "@support|@endorse|@favour|@favor #PROPN 's|’s",
      '@support|@endorse|@favour|@favor the|a|an|its|their|any|further|more',
      // Matched before the event's noun: "cleared the sale of", "in talks on the purchase of".
      '@clear the|a|an|this|its|$',
      '@okay|@greenlight',
      'talks|negotiations|discussions on|about|over|for the|a|an|further|more',
      'threat|threats|prospect|risk of',
      '@face|@risk',
    ],
    examples: [
      {
        text: 'Russia is due to receive Iranian ballistic missiles soon.',
        claims: ['transfer IRN>RUS [ballistic_missile] planned'],
      },
      {
        text: 'Turkey announced its intention to supply armed drones to Kenya.',
        claims: ['transfer TUR>KEN [drone] planned'],
      },
      {
        text: 'Poland made a bid to acquire Apache helicopters from the United States.',
        claims: ['transfer USA>POL [aircraft] planned'],
      },
      {
        text: 'Argentina is looking to purchase F-16 jets from Denmark.',
        claims: ['transfer DNK>ARG [aircraft] planned'],
      },
      {
        text: 'Brazil has shown interest in buying Akash missiles from India.',
        claims: ['transfer IND>BRA [*] planned'],
      },
      {
        text: 'Germany has committed to sending four IRIS-T systems to Ukraine.',
        claims: ['transfer DEU>UKR [air_defense] planned'],
      },
      {
        text: 'The State Department approved the sale of F-16 jets to Turkey.',
        claims: ['transfer USA>TUR [aircraft] planned'],
      },
      {
        text: "Washington supports Turkey's purchase of F-16 jets from the United States.",
        claims: ['transfer USA>TUR [aircraft] planned'],
      },
      {
        text: 'The State Department intends to notify Congress of the F-35 sale to Greece.',
        claims: ['transfer USA>GRC [aircraft] planned'],
      },
      {
        text: 'The Rapid Support Forces used drones to attack Port Sudan.',
        claims: ['military_use group:rsf>SDN [drone] asserted'],
      },
      {
        text: 'The State Department has cleared the sale of F-16s to Turkey.',
        claims: ['transfer USA>TUR [aircraft] planned'],
      },
      {
        text: 'India and Russia are in talks on the sale of more S-400 systems.',
        claims: ['transfer RUS>* [air_defense] planned'],
      },
      {
        text: 'Germany will deliver more Leopard tanks to Ukraine.',
        claims: ['transfer DEU>UKR [armored_vehicle] planned'],
      },
      {
        text: 'Norway is to send more NASAMS systems to Ukraine.',
        claims: ['transfer NOR>UKR [air_defense] planned'],
      },
      {
        text: 'The missiles were to be delivered to Ukraine by Germany in March.',
        claims: ['transfer DEU>UKR [missile] planned'],
      },
      {
        text: 'US okays sale of F-16 jets to Turkey',
        claims: ['transfer USA>TUR [aircraft] planned'],
      },
      {
        // A headline's infinitive: no finite verb, "to" right after the subject.
        text: 'Germany to send Leopard tanks to Ukraine',
        claims: ['transfer DEU>UKR [armored_vehicle] planned'],
      },
    ],
  },
  unconfirmed: {
    patterns: [
      'no #ADJ? confirmation',
      // "has yet to confirm that".
      'yet to @confirm|@verify',
      '@decline|@refuse to @confirm',
      "did|does|do|would|has|have|had not|n't @confirm",
      // "has never admitted the transfer": an admission withheld, no denial.
      "has|have|had|did|does|do never|not|n't #ADV? @admit|@acknowledge",
      'not in a position to @confirm',
      "not|n't #ADV? @see any? confirmation|evidence|indication|indications|sign|signs",
      '@see no confirmation|evidence|indication|indications|sign|signs',
      // "had not yet seen China decide to send weapons": nothing seen is no confirmation, not a denial.
      "not|n't #ADV? @see|@observe|@detect",
      'not #ADV? been? confirmed|verified',
      "can|ca|could not|n't #ADV? @confirm|@verify",
      'unable|not to #ADV? @confirm|@verify',
      'not able to #ADV? @confirm|@verify',
      "could|can|ca not|n't be #ADV? verified|confirmed",
      'not aware',
      'no evidence|proof|information|indication|indications|sign|signs',
      "do|does|did not|n't have any? information|evidence|indication|indications|confirmation",
      'nor|not|without any indication|indications|evidence|sign|signs|information',
      'unclear|uncertain whether|if',
      'not #ADV? clear|known whether|if',
      // "it remains to be seen whether Germany will deliver".
      '@remain to be seen',
      "did|would|could not|n't @say|@specify|@disclose whether|if",
      '@decline|@refuse to @say|@specify|@disclose whether|if',
      '@refer you|questions|reporters to',
      // "would neither confirm nor deny", "refused to confirm or deny": neither stance is taken.
      '@confirm or|nor @deny',
      // "unverified reports say ...", "the claims remain unconfirmed".
      'unconfirmed|unverified|uncorroborated',
    ],
    examples: [
      {
        text: 'The Pentagon could not confirm that Iran sent missiles to Russia.',
        claims: ['transfer IRN>RUS [missile] unconfirmed'],
      },
      {
        text: 'We have not seen any evidence that China supplied drones to Russia, the official said.',
        claims: ['transfer CHN>RUS [drone] unconfirmed'],
      },
      {
        text: 'Kyiv says Pakistani shells reached Ukraine. A State Department spokesman said he would refer questions to the Government of Pakistan.',
        claims: ['transfer PAK>UKR [artillery_ammunition] unconfirmed'],
      },
      {
        text: 'It was not immediately clear whether the drones had been delivered to Russia by Iran.',
        claims: ['transfer IRN>RUS [drone] unconfirmed'],
      },
      {
        text: 'It remains to be seen whether Germany will deliver Taurus missiles to Ukraine.',
        claims: ['transfer DEU>UKR [cruise_missile] unconfirmed'],
      },
      {
        text: 'The White House said it had not yet seen China send weapons to Russia.',
        claims: ['transfer CHN>RUS [*] unconfirmed'],
      },
      {
        text: 'Tehran has never acknowledged sending drones to Sudan.',
        claims: ['transfer IRN>SDN [drone] unconfirmed'],
      },
      {
        text: 'Iran, which has never admitted the transfer, sent drones to Russia, officials said.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
      {
        text: 'Israel would neither confirm nor deny that it sent Patriot systems to Ukraine.',
        claims: ['transfer ISR>UKR [air_defense] unconfirmed'],
      },
      {
        text: 'Israel refused to confirm or deny sending Patriot systems to Ukraine.',
        claims: ['transfer ISR>UKR [air_defense] unconfirmed'],
      },
    ],
  },
  dismissive: {
    patterns: [
      'groundless|baseless|unfounded|unsubstantiated|false|fake|fakes|lies|lie|fabricated|fabrication|fabrications|untrue|nonsense|absurd|ridiculous|hoax|disinformation|misinformation|propaganda|speculation|slander|rumor|rumors|rumour|rumours',
      'not always? true',
      '#ADV wrong|incorrect|inaccurate',
      "do|does|did not|n't always? correspond to reality",
    ],
    examples: [
      {
        text: 'Tehran called reports that it sent missiles to Russia baseless.',
        claims: ['transfer IRN>RUS [missile] denied'],
      },
      {
        text: 'Moscow called reports that it received drones from Iran utterly wrong.',
        claims: ['transfer IRN>RUS [drone] denied'],
      },
    ],
  },
  refusal: {
    patterns: [
      '@decline|@refuse|@resist',
      'no plan|plans',
      'not plan',
      '@rule out',
      '@reject calls',
      // "there is no question of sending tanks".
      'no question of',
      "will|wo|would not|n't",
      // "has so far refrained from sending", "held off on supplying".
      '@refrain from',
      '@hold off on|from',
    ],
    unless: ['hesitate', 'hesitating'],
    examples: [
      {
        text: 'Germany refused to send Taurus missiles to Ukraine.',
        claims: ['transfer DEU>UKR [cruise_missile] denied'],
      },
      {
        text: 'Israel has so far refrained from sending weapons to Ukraine.',
        claims: ['transfer ISR>UKR [*] denied'],
      },
      {
        // A refusal in a relative clause is its own event: the main clause's delivery stays told.
        text: 'Germany, which refused to send Taurus missiles, delivered Patriot systems to Ukraine.',
        claims: ['transfer DEU>UKR [*] denied', 'transfer DEU>UKR [air_defense] asserted'],
      },
    ],
  },
  notRuledOut: {
    patterns: ["@decline|@refuse|not|n't to? @rule out", "@decline|@refuse|not|n't to? @exclude"],
    examples: [
      {
        text: 'Berlin refused to rule out sending Taurus missiles to Ukraine.',
        claims: ['transfer DEU>UKR [cruise_missile] possible'],
      },
      {
        text: 'Berlin would not exclude delivering Taurus missiles to Kyiv.',
        claims: ['transfer DEU>UKR [cruise_missile] possible'],
      },
    ],
  },
  refusedToTell: {
    patterns: [
      '@decline|@refuse to @say|@comment|@confirm|@disclose|@specify|@elaborate|@discuss|@detail|@reveal|@describe|@name',
      '@decline|@refuse to give details',
      // "has remained silent on reports that".
      '@remain|@keep silent|quiet|mum',
    ],
    examples: [
      {
        text: 'The ministry declined to say whether Iran had sent drones to Russia.',
        claims: ['transfer IRN>RUS [drone] unconfirmed'],
      },
    ],
  },
  halted: {
    patterns: [
      '@pause|@halt|@suspend|@freeze|@block|@delay|@stop|@withhold|@cancel|@cease',
      '@veto|@postpone|@shelve|@scrap|@interrupt|@defer',
      '@hold up|back',
      '@put|@place a|an #ADJ? hold|freeze|moratorium on',
      // "dropped plans to buy", "abandoned the purchase of", "scrapped a deal to supply".
      '@abandon|@forgo|@forego|@renounce',
      '@drop|@scrap|@shelve|@abandon plans|plan|bid|bids|idea|deal|order|contract|talks to|for|on',
      'on hold',
    ],
    examples: [
      {
        text: 'The United States paused a shipment of bombs to Israel.',
        claims: ['transfer USA>ISR [*] denied'],
      },
      {
        text: 'Washington has halted deliveries of bombs to Israel, officials said.',
        claims: ['transfer USA>ISR [*] denied'],
      },
      {
        text: 'Iran has ceased supplying drones to Russia.',
        claims: ['transfer IRN>RUS [drone] denied'],
      },
      {
        text: 'Senator Cardin had put a hold on the sale of F-16 jets to Turkey.',
        claims: ['transfer *>TUR [aircraft] denied'],
      },
      {
        text: 'Indonesia dropped plans to buy Su-35 jets from Russia.',
        claims: ['transfer RUS>IDN [aircraft] denied'],
      },
      {
        text: 'Egypt abandoned a deal to buy Su-35 jets from Russia.',
        claims: ['negotiate_transfer RUS>EGY [aircraft] denied'],
      },
      {
        text: 'Hungary vetoed EU deliveries of ammunition to Ukraine.',
        claims: ['transfer igo:eu>UKR [artillery_ammunition] denied'],
      },
      {
        // A halt denied: the shipments go on.
        text: 'The ministry denied that shipments of F-16 parts to Turkey had been suspended.',
        claims: ['transfer USA>TUR [aircraft] asserted'],
      },
      {
        text: 'New Delhi dismissed reports that deliveries of S-400 systems from Russia to India had been frozen.',
        claims: ['transfer RUS>IND [air_defense] asserted'],
      },
    ],
  },
  haltedAfter: {
    // Matched after a noun of the event, in its clause: its own passive predicate, or "on hold".
    patterns: [
      '#AUX #AUX? #ADV? paused|halted|suspended|frozen|blocked|delayed|stopped|withheld|cancelled|canceled|vetoed|stalled',
      '#AUX #AUX? #ADV? held up|back',
      '@stall',
      // "Deliveries of howitzers to Ukraine stopped in the winter": the noun's own verb.
      'stopped|halted|ceased|paused',
      // "The sale of F-16s to Turkey fell through", "the deal collapsed".
      '@fall through|apart',
      '@collapse',
      'on hold|ice',
    ],
    examples: [
      {
        text: 'Deliveries of artillery shells to Ukraine were paused by the United States.',
        claims: ['transfer USA>UKR [artillery_ammunition] denied'],
      },
      {
        text: 'The US put deliveries of artillery shells to Ukraine on hold.',
        claims: ['transfer USA>UKR [artillery_ammunition] denied'],
      },
      {
        text: 'Deliveries of American howitzers to Ukraine stopped in the winter.',
        claims: ['transfer USA>UKR [*] denied'],
      },
    ],
  },
  lifted: {
    // Matched in the words before the event, like a halt: a halt undone leaves the act pending.
    patterns: [
      'no longer @pause|@halt|@suspend|@freeze|@block|@delay|@stop|@withhold|@cancel|@veto|@oppose',
      '@lift|@end|@drop|@remove the|its|a|their? ban|freeze|hold|embargo|suspension|block|veto|restrictions',
      '@unblock|@unfreeze',
    ],
    examples: [
      {
        text: 'Germany will no longer block the sale of Eurofighter jets to Saudi Arabia.',
        claims: ['transfer DEU>SAU [aircraft] planned'],
      },
    ],
  },
  scopeOpeners: {
    words: ['that', 'whether'],
    examples: [
      {
        text: 'Iran did not deny that it sent drones to Russia.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
      {
        text: 'Moscow never said whether it received missiles from Iran.',
        claims: ['transfer IRN>RUS [missile] unconfirmed|asserted'],
      },
    ],
  },
  furnitureHeadings: {
    // Matched only as a whole paragraph: a heading over a list of links, whose headlines follow it.
    patterns: [
      'related|recommended|suggested stories|articles|coverage|content|reading|links|news? :?',
      'read|see more|also :?',
      'more on this|that story? :?',
      'top|latest|more stories|news|headlines :?',
      'most read|popular|viewed :?',
      'trending now? :?',
    ],
    examples: [
      {
        text: 'Germany will send more tanks to Ukraine.\n\nRelated\n\nIran sent drones to Russia, Kyiv says\n\nNorth Korea shipped shells to Russia',
        claims: ['transfer DEU>UKR [armored_vehicle] planned'],
      },
    ],
  },
  stanceJoins: {
    words: ['but', 'then', 'later', 'subsequently', 'afterwards', 'since'],
    unless: ['and', 'or', 'nor'],
    examples: [
      {
        text: 'Minsk at first denied the reports, then admitted sending drones to Russia.',
        claims: ['transfer BLR>RUS [drone] asserted'],
      },
      {
        text: 'Iran not only sold drones to Russia but also delivered them.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
      {
        text: 'Iran did not send drones or sell missiles to Russia.',
        claims: ['transfer IRN>RUS [missile] denied'],
      },
      {
        text: 'Iran, which has never admitted it, sent drones to Russia.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
      {
        text: 'Iran denied that it sent drones to Russia but admitted that it sold missiles to Russia.',
        claims: ['transfer IRN>RUS [drone] denied', 'transfer IRN>RUS [missile] asserted'],
      },
    ],
  },
  failed: {
    examples: [
      {
        text: 'Germany has yet to deliver the Leopard tanks to Ukraine.',
        claims: ['transfer *>UKR [armored_vehicle] denied'],
      },
      {
        text: 'The Leopard tanks promised to Ukraine are yet to be delivered by Germany.',
        claims: ['transfer *>UKR [armored_vehicle] denied'],
      },
      {
        text: 'Germany failed to deliver the promised tanks to Ukraine.',
        claims: ['transfer *>UKR [armored_vehicle] denied'],
      },
      {
        text: 'Germany did not fail to deliver the tanks to Ukraine.',
        claims: ['transfer DEU>UKR [armored_vehicle] asserted'],
      },
    ],
  },
  recap: {
    words: ['initially', 'originally', 'previously', 'earlier', 'formerly'],
    patterns: ['at first', 'at one point', 'at the time|outset|start', 'back then'],
    examples: [
      {
        text: 'Minsk at first denied the reports, then admitted sending drones to Russia.',
        claims: ['transfer BLR>RUS [drone] asserted'],
      },
      {
        text: 'Tehran had initially denied that it sent drones to Russia.',
        claims: ['transfer IRN>RUS [drone] denied'],
      },
    ],
  },
  occurs: {
    words: [
      'include',
      'contain',
      'comprise',
      'arrive',
      'begin',
      'start',
      'resume',
      'restart',
      'continue',
      'follow',
      'take',
      'come',
      'reach',
      'expect',
      'go',
      'be',
      'happen',
      'occur',
      'proceed',
      'impose',
      'deliver',
      'send',
      'ship',
      'supply',
      'sign',
      'conclude',
      'complete',
      'finalize',
      'finalise',
      'hand',
    ],
    examples: [
      {
        text: 'Sales of guided bombs to Saudi Arabia could resume next week.',
        claims: ['transfer *>SAU [guided_bomb] possible'],
      },
      {
        text: 'The delivery of the submarine to Thailand cannot take place until the engine issue is solved.',
        claims: ['transfer *>THA [naval] denied'],
      },
      {
        text: 'The sale of Javelin missiles to Morocco will not alter the military balance in the region.',
        claims: ['transfer *>MAR [*] asserted'],
      },
    ],
  },
  steps: {
    words: [
      'notify',
      'inform',
      'brief',
      'announce',
      'approve',
      'authorize',
      'authorise',
      'clear',
      'sign',
      'seal',
      'close',
      'conclude',
      'complete',
      'finalize',
      'finalise',
      'finish',
      'make',
      'proceed',
      'go',
      'move',
      'push',
      'speed',
      'expedite',
      'accelerate',
      'fund',
      'finance',
      'extend',
      'expand',
      'widen',
      'tighten',
    ],
    examples: [
      {
        text: 'The State Department intends to notify Congress of the F-35 sale to Greece.',
        claims: ['transfer USA>GRC [aircraft] planned'],
      },
      {
        text: 'Moscow has tried to deter the deliveries of F-16 jets to Ukraine.',
        claims: ['transfer *>UKR [aircraft] asserted'],
      },
    ],
  },
  plannedModifiers: {
    // Also read as the predicate of the noun: "the deliveries are slated for next year".
    words: [
      'proposed',
      'planned',
      'prospective',
      'upcoming',
      'pending',
      'future',
      'intended',
      'scheduled',
      'slated',
      'earmarked',
    ],
    examples: [
      {
        text: 'The proposed sale of Javelin missiles to Morocco will not alter the military balance in the region.',
        claims: ['transfer *>MAR [*] planned'],
      },
      {
        text: 'Congress reviewed the planned delivery of F-16 jets to Turkey.',
        claims: ['transfer *>TUR [aircraft] planned'],
      },
      {
        text: 'The deliveries of F-16 jets to Ukraine are slated for next year.',
        claims: ['transfer *>UKR [aircraft] planned'],
      },
    ],
  },
  furniture: {
    patterns: [
      'read|see also|more :?',
      'also read :?',
      'related|recommended :',
      'related|recommended|suggested stories|articles|coverage|content|reading|links|news :',
      'more on this|that :?',
      'more stories|news|coverage? :',
      // A wire's end-of-take marker: the story goes on in another take, this line says nothing of it.
      'more follows',
      'more to follow',
    ],
    examples: [
      {
        text: 'Germany will send more tanks to Ukraine.\n\nRead also: Iran sent drones to Russia, Kyiv says',
        claims: ['transfer DEU>UKR [armored_vehicle] planned'],
      },
      {
        text: 'Belarus handed over two more S-300 batteries to Russia, a Belarusian official said.\n\nMore follows.',
        claims: ['transfer BLR>RUS [air_defense] asserted'],
      },
    ],
  },
  reportNouns: {
    words: [
      'report',
      'reports',
      'claim',
      'claims',
      'allegation',
      'allegations',
      'accusation',
      'accusations',
      'assertion',
      'assertions',
      'suggestion',
      'suggestions',
      'rumour',
      'rumours',
      'rumor',
      'rumors',
    ],
    examples: [
      {
        text: 'The claim that the UAE shipped weapons to Sudan could not be independently verified.',
        claims: ['transfer ARE>SDN [*] unconfirmed'],
      },
      {
        text: 'Reports that Iran sent drones to Russia remain unconfirmed.',
        claims: ['transfer IRN>RUS [drone] unconfirmed'],
      },
    ],
  },
  ruledOutAfter: {
    // Matched after a noun or gerund of the event, in its clause: a predicate that rules the act out.
    patterns: [
      'out of the question',
      'off the table|agenda',
      "not|n't #ADV? on the table|agenda|cards",
      "not|n't #ADV? an|a option",
      // "the so-called arms deal is a fabrication".
      '@be a|an? #ADJ? fabrication|lie|myth|hoax|fiction|fake',
    ],
    examples: [
      {
        text: 'Sending tanks to Ukraine is out of the question, the German chancellor said.',
        claims: ['transfer *>UKR [armored_vehicle] denied'],
      },
      {
        text: 'The sale of F-35 jets to Turkey is off the table.',
        claims: ['transfer *>TUR [aircraft] denied'],
      },
    ],
  },
  optionAfter: {
    // Matched after a noun or gerund of the event, in its clause: a predicate that keeps the act open.
    patterns: [
      'on the table|agenda|cards',
      '@remain|@be an|a option|possibility',
      '@be|@remain under consideration|discussion|review',
    ],
    examples: [
      {
        text: 'Sending tanks to Ukraine remains an option, the German chancellor said.',
        claims: ['transfer *>UKR [armored_vehicle] possible'],
      },
      {
        text: 'The sale of F-35 jets to the UAE is under review.',
        claims: ['transfer *>ARE [aircraft] possible'],
      },
    ],
  },
  rejecting: {
    // Matched before a report noun whose that-clause holds the event, unless negated ("did not dispute").
    patterns: [
      // "denounce" alone condemns what it names ("denounced the sale of"): before a report noun it rejects.
      '@rebuff|@dispute|@contest|@refute|@denounce',
      'brush|brushes|brushed|brushing aside|off',
      '@push back on|against',
      '@pour cold water on',
    ],
    examples: [
      {
        text: 'Tehran rebuffed claims that it sent missiles to Russia.',
        claims: ['transfer IRN>RUS [missile] denied'],
      },
      {
        text: 'Tehran pushed back on reports that it sent missiles to Russia.',
        claims: ['transfer IRN>RUS [missile] denied'],
      },
      {
        text: 'Iran denounced claims that it supplied missiles to Russia.',
        claims: ['transfer IRN>RUS [missile] denied'],
      },
      {
        text: 'Tehran did not dispute reports that it sent missiles to Russia.',
        claims: ['transfer IRN>RUS [missile] asserted'],
      },
      {
        // A denial of what was hedged or planned denies it.
        text: 'Beijing dismissed claims that China was considering supplying weapons to Russia.',
        claims: ['transfer CHN>RUS [*] denied'],
      },
      {
        text: 'Tehran rejected claims that it may have sent missiles to Russia.',
        claims: ['transfer IRN>RUS [missile] denied'],
      },
      {
        text: 'Caracas denied that it would buy Su-30 jets from Russia.',
        claims: ['transfer RUS>VEN [aircraft] denied'],
      },
    ],
  },
  conditionAfter: {
    // Matched after the event, in its clause: a phrase that holds it to a condition not yet met.
    patterns: [
      'subject to',
      // Not "spoke on condition of anonymity".
      'on|upon the? condition that',
      'conditional|contingent|conditioned on|upon',
    ],
    examples: [
      {
        text: 'The US will sell F-16 jets to Turkey subject to congressional approval.',
        claims: ['transfer USA>TUR [aircraft] conditional'],
      },
      {
        text: 'The sale of F-16 jets to Turkey is subject to approval by Congress.',
        claims: ['transfer *>TUR [aircraft] conditional'],
      },
    ],
  },
  whComplements: {
    words: ['how', 'when', 'where', 'what', 'which', 'why'],
    examples: [
      {
        text: 'The ministry declined to say how many drones Iran had sent to Russia.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
      {
        text: 'Officials would not say when the Rafale jets would be delivered to Greece by France.',
        claims: ['transfer FRA>GRC [aircraft] planned'],
      },
      {
        text: 'Kyiv did not disclose how many Leopard tanks Poland had delivered to Ukraine.',
        claims: ['transfer POL>UKR [armored_vehicle] asserted'],
      },
    ],
  },
  directives: {
    // Not "force", "help", "persuade": those tell the act done.
    words: [
      'urge',
      'ask',
      'request',
      'demand',
      'call',
      'press',
      'pressure',
      'encourage',
      'invite',
      'allow',
      'permit',
      'authorize',
      'authorise',
      'approve',
      'want',
    ],
    // Permissions that direct only in the active voice: "we are allowed to export weapons" tells what the
    // subject may do, not an act asked of it.
    unless: ['allow', 'permit', 'authorize', 'authorise', 'entitle'],
    examples: [
      {
        text: 'Germany was urged to send Taurus missiles to Ukraine.',
        claims: ['transfer DEU>UKR [cruise_missile] planned'],
      },
      {
        text: 'Lawmakers urged the government to send Taurus missiles to Ukraine.',
        claims: ['transfer *>UKR [cruise_missile] planned'],
      },
      {
        text: 'Qatar has asked to purchase Eurofighter jets from Britain.',
        claims: ['transfer GBR>QAT [aircraft] planned'],
      },
      {
        text: 'The opposition demanded that Taurus missiles be delivered to Ukraine by Germany.',
        claims: ['transfer DEU>UKR [cruise_missile] planned'],
      },
      {
        text: 'Washington allowed the Netherlands to send F-16 jets to Ukraine.',
        claims: ['transfer NLD>UKR [aircraft] planned'],
      },
      {
        // An implicative verb tells the act done.
        text: 'Washington forced the Netherlands to send F-16 jets to Ukraine.',
        claims: ['transfer NLD>UKR [aircraft] asserted'],
      },
    ],
  },
  telling: {
    words: [
      'announce',
      'disclose',
      'publicize',
      'publicise',
      'reveal',
      'mention',
      'report',
      'discuss',
      'advertise',
    ],
    examples: [
      {
        text: 'The Pentagon did not publicize the delivery of HIMARS launchers to Ukraine.',
        claims: ['transfer USA>UKR [rocket_artillery] asserted'],
      },
      {
        text: 'Seoul has not disclosed the sale of K9 howitzers to Egypt.',
        claims: ['transfer KOR>EGY [*] asserted'],
      },
      {
        text: 'Seoul has not approved the sale of K9 howitzers to Egypt.',
        claims: ['transfer KOR>EGY [*] denied'],
      },
    ],
  },
};
