import type { StatusCueData } from './schema.js';

/**
 * The words and token patterns that set how firmly an event is told: negation, hedges, plans,
 * refusals, non-confirmation, dismissal and halts. Patterns are read by `src/extract/pattern.ts`
 * (`@lemma`, `#TAG`, `a|b` alternatives, `?` optional). Each cue carries the sentences that show it.
 */
export const statusCues: StatusCueData = {
  negators: {
    words: ['not', "n't", 'never', 'no', 'nor', 'neither'],
    examples: [
      {
        text: 'Iran has never sent drones to Russia, the minister said.',
        claims: ['transfer IRN>RUS [drone] denied'],
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
    ],
    patterns: [
      'leaning toward|towards',
      'inclined to',
      'believed|thought|said to',
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
        text: 'North Korea is believed to have shipped shells to Russia.',
        claims: ['transfer PRK>RUS [artillery_ammunition] possible'],
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
    patterns: ['about to', 'is|are to'],
    examples: [
      {
        text: 'Germany will deliver more Leopard tanks to Ukraine.',
        claims: ['transfer DEU>UKR [armored_vehicle] planned'],
      },
      {
        text: 'Norway is to send more NASAMS systems to Ukraine.',
        claims: ['transfer NOR>UKR [air_defense] planned'],
      },
    ],
  },
  unconfirmed: {
    patterns: [
      'no confirmation',
      '@decline|@refuse to @confirm',
      "did|does|do|would|has|have|had not|n't @confirm",
      'not in a position to @confirm',
      "not|n't #ADV? @see any? confirmation|evidence|indication|indications|sign|signs",
      '@see no confirmation|evidence|indication|indications|sign|signs',
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
      'not clear|known whether|if',
      "did|would|could not|n't @say|@specify|@disclose whether|if|when|how",
      '@decline|@refuse to @say|@specify|@disclose whether|if|when|how',
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
      "will|wo|would not|n't",
    ],
    unless: ['hesitate', 'hesitating'],
    examples: [
      {
        text: 'Germany refused to send Taurus missiles to Ukraine.',
        claims: ['transfer DEU>UKR [cruise_missile] denied'],
      },
    ],
  },
  notRuledOut: {
    patterns: ["@decline|@refuse|not|n't to? @rule out"],
    examples: [
      {
        text: 'Berlin refused to rule out sending Taurus missiles to Ukraine.',
        claims: ['transfer DEU>UKR [cruise_missile] possible'],
      },
    ],
  },
  refusedToTell: {
    patterns: [
      '@decline|@refuse to @say|@comment|@confirm|@disclose|@specify|@elaborate|@discuss|@detail|@reveal|@describe|@name',
      '@decline|@refuse to give details',
    ],
    examples: [
      {
        text: 'The ministry declined to say how many drones Iran had sent to Russia.',
        claims: ['transfer IRN>RUS [drone] unconfirmed'],
      },
    ],
  },
  halted: {
    patterns: [
      '@pause|@halt|@suspend|@freeze|@block|@delay|@stop|@withhold|@cancel',
      '@hold up|back',
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
  furniture: {
    patterns: ['read|see also|more :?', 'also read :?', 'related|recommended :', 'more on this|that :?'],
    examples: [
      {
        text: 'Germany will send more tanks to Ukraine.\n\nRead also: Iran sent drones to Russia, Kyiv says',
        claims: ['transfer DEU>UKR [armored_vehicle] planned'],
      },
    ],
  },
};
