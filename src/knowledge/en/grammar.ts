import { Grammar } from './grammar-schema.js';

/**
 * English closed-class grammar for the syntax layer: auxiliaries, modals, negators, catenatives,
 * subordinators, complement-taking verbs, prepositions and the like. Each entry carries sentences
 * whose described syntax must show the lines given (`src/extract/syntax/grammar.test.ts`).
 */
export const grammar: Grammar = Grammar.parse({
  auxiliaries: [
    {
      lemma: 'be',
      tense: 'present',
      forms: ['is', 'are', 'am', "'s", "'re", "'m"],
      examples: [{ text: 'The drones are delivered by ship.', shows: ['verb deliver: passive present'] }],
    },
    {
      lemma: 'be',
      tense: 'past',
      forms: ['was', 'were'],
      examples: [{ text: 'The shells were sent from North Korea.', shows: ['verb send: passive past'] }],
    },
    {
      lemma: 'be',
      tense: 'none',
      forms: ['be', 'been', 'being'],
      examples: [
        { text: 'The howitzers have been delivered.', shows: ['verb deliver: passive present perfect'] },
      ],
    },
    {
      lemma: 'have',
      tense: 'present',
      forms: ['has', 'have', "'ve"],
      examples: [{ text: 'Iran has sent drones to Russia.', shows: ['verb send: active present perfect'] }],
    },
    {
      lemma: 'have',
      tense: 'past',
      forms: ['had'],
      examples: [{ text: 'Iran had sent drones before the war.', shows: ['verb send: active past perfect'] }],
    },
    {
      lemma: 'have',
      tense: 'none',
      forms: ['having'],
      examples: [
        {
          text: 'Having delivered the drones, Iran stopped.',
          shows: ['verb deliver: active none perfect ing-form'],
        },
      ],
    },
    {
      lemma: 'do',
      tense: 'present',
      forms: ['do', 'does'],
      examples: [{ text: 'Iran does not send drones.', shows: ['verb send: active present negated'] }],
    },
    {
      lemma: 'do',
      tense: 'past',
      forms: ['did'],
      examples: [{ text: "Iran didn't send drones.", shows: ['verb send: active past negated'] }],
    },
    {
      lemma: 'get',
      tense: 'past',
      forms: ['got', 'gotten'],
      examples: [{ text: 'The shells got sent to Russia.', shows: ['verb send: passive past'] }],
    },
    {
      lemma: 'get',
      tense: 'present',
      forms: ['get', 'gets'],
      examples: [{ text: 'The shells get sent by rail.', shows: ['verb send: passive present'] }],
    },
  ],
  modals: [
    {
      lemmas: ['will', 'shall', "'ll", 'wo'],
      meaning: 'future',
      examples: [{ text: 'Sweden will send howitzers to Ukraine.', shows: ['verb send: active future'] }],
    },
    {
      lemmas: ['would', "'d"],
      meaning: 'conditional',
      examples: [{ text: 'Germany would send tanks.', shows: ['chain=would:conditional'] }],
    },
    {
      lemmas: ['could', 'may', 'might'],
      meaning: 'possibility',
      examples: [
        {
          text: 'Iran may have sent drones.',
          shows: ['verb send: active none perfect chain=may:possibility'],
        },
      ],
    },
    {
      lemmas: ['can'],
      meaning: 'ability',
      examples: [
        {
          text: 'Russia cannot buy more shells.',
          shows: ['verb buy: active none negated chain=can:ability'],
        },
      ],
    },
    {
      lemmas: ['should', 'must', 'ought'],
      meaning: 'necessity',
      examples: [{ text: 'Ukraine must receive the missiles.', shows: ['chain=must:necessity'] }],
    },
  ],
  negators: [
    {
      words: ['not', "n't", 'never', 'no longer', 'not yet'],
      kind: 'negation',
      examples: [
        {
          text: 'The tanks have not been delivered.',
          shows: ['verb deliver: passive present perfect negated'],
        },
        { text: 'Iran never sent drones.', shows: ['verb send: active past negated'] },
        { text: 'Belarus no longer sells arms.', shows: ['verb sell: active present negated'] },
      ],
    },
    {
      words: ['not only', 'not just'],
      kind: 'focus',
      examples: [
        { text: 'Moscow not only sold but also delivered the tanks.', shows: ['verb sell: active past |'] },
      ],
    },
  ],
  catenatives: [
    {
      lemmas: ['expect', 'likely', 'unlikely', 'due', 'poised', 'about'],
      via: 'to',
      meaning: 'expectation',
      examples: [
        {
          text: 'Russia is expected to supply North Korea with missiles.',
          shows: ['chain=expect:expectation'],
        },
        {
          text: 'The jets are likely to arrive soon.',
          shows: ['verb arrive: active present chain=likely:expectation'],
        },
      ],
    },
    {
      lemmas: [
        'believe',
        'think',
        'say',
        'report',
        'allege',
        'know',
        'understand',
        'rumour',
        'rumor',
        'suspect',
        'claim',
        'seem',
        'appear',
      ],
      via: 'to',
      meaning: 'report',
      examples: [
        {
          text: 'North Korea is believed to have sent shells to Russia.',
          shows: ['verb send: active present perfect chain=believe:report | subject=North Korea'],
        },
      ],
    },
    {
      lemmas: ['plan', 'set', 'prepare', 'schedule'],
      via: 'to',
      meaning: 'plan',
      examples: [
        { text: 'Russia plans to buy drones.', shows: ['verb buy: active present chain=plan:plan'] },
        { text: 'Poland is set to deliver tanks.', shows: ['verb deliver: active present chain=set:plan'] },
      ],
    },
    {
      lemmas: ['go'],
      via: 'to',
      meaning: 'future',
      examples: [
        {
          text: 'Iran is going to sell missiles.',
          shows: ['verb sell: active present progressive chain=go:future'],
        },
      ],
    },
    {
      lemmas: ['intend', 'aim', 'mean', 'decide', 'choose', 'pledge', 'vow', 'promise', 'threaten', 'offer'],
      via: 'to',
      meaning: 'intention',
      examples: [{ text: 'Berlin intends to send more tanks.', shows: ['chain=intend:intention'] }],
    },
    {
      lemmas: ['agree', 'consent', 'approve'],
      via: 'to',
      meaning: 'agreement',
      examples: [
        {
          text: 'Germany has agreed not to send missiles.',
          shows: ['verb send: active present perfect negated chain=agree:agreement'],
        },
      ],
    },
    {
      lemmas: ['refuse', 'decline', 'reject'],
      via: 'to',
      meaning: 'refusal',
      examples: [{ text: 'Seoul refused to supply shells.', shows: ['chain=refuse:refusal'] }],
    },
    {
      lemmas: ['seek', 'try', 'attempt', 'struggle', 'want', 'hope', 'wish', 'need'],
      via: 'to',
      meaning: 'attempt',
      examples: [{ text: 'Kyiv sought to buy jets.', shows: ['chain=seek:attempt'] }],
    },
    {
      lemmas: ['able', 'ready', 'willing'],
      via: 'to',
      meaning: 'ability',
      examples: [{ text: 'Poland is ready to deliver the jets.', shows: ['chain=ready:ability'] }],
    },
    {
      // What has failed or is yet to happen has not happened: "has yet to deliver" is no delivery.
      lemmas: ['fail', 'unable', 'have yet', 'be yet'],
      via: 'to',
      meaning: 'failure',
      examples: [
        { text: 'Russia failed to deliver the jets.', shows: ['chain=fail:failure'] },
        {
          text: 'Germany has yet to deliver the tanks.',
          shows: ['verb deliver: active present chain=have yet:failure'],
        },
        {
          text: 'The jets are yet to be delivered.',
          shows: ['verb deliver: passive present chain=be yet:failure'],
        },
      ],
    },
    {
      lemmas: ['begin', 'start', 'continue', 'resume', 'stop', 'cease', 'keep'],
      via: 'ing',
      meaning: 'phase',
      examples: [
        { text: 'Iran continued sending drones.', shows: ['verb send: active past chain=continue:phase'] },
      ],
    },
    {
      lemmas: ['resist', 'oppose'],
      via: 'ing',
      meaning: 'refusal',
      examples: [
        {
          text: 'Washington had for months resisted sending the missiles.',
          shows: ['verb send: active past perfect chain=resist:refusal'],
        },
      ],
    },
    {
      lemmas: ['deny', 'dispute'],
      via: 'ing',
      meaning: 'denial',
      examples: [
        {
          text: 'Iran has denied supplying Russia with drones.',
          shows: ['verb supply: active present perfect chain=deny:denial'],
        },
      ],
    },
    {
      lemmas: ['admit', 'acknowledge', 'confirm'],
      via: 'ing',
      meaning: 'admission',
      examples: [{ text: 'Minsk admitted sending a few drones.', shows: ['chain=admit:admission'] }],
    },
    {
      lemmas: ['rule out', 'consider', 'discuss', 'avoid'],
      via: 'ing',
      meaning: 'consideration',
      examples: [
        {
          text: 'Iran has refused to rule out sending drones.',
          shows: ['chain=refuse:refusal,rule out:consideration'],
        },
      ],
    },
    {
      lemmas: ['begin', 'start', 'continue', 'resume', 'cease'],
      via: 'to',
      meaning: 'phase',
      examples: [
        { text: 'North Korea began to ship shells.', shows: ['verb ship: active past chain=begin:phase'] },
      ],
    },
  ],
  subordinators: [
    {
      words: [
        'if',
        'unless',
        'provided that',
        'providing that',
        'in case',
        'as long as',
        'so long as',
        'on condition that',
        'on the condition that',
      ],
      kind: 'conditional',
      examples: [
        {
          text: 'If Iran sends missiles, the US will respond.',
          shows: ['clause 1 conditional in 0 marker=if'],
        },
        {
          text: 'Germany will send tanks provided that Kyiv keeps them at home.',
          shows: ['clause 1 conditional in 0 marker=provided that'],
        },
        {
          text: 'As long as Russia supplies weapons, the US will sanction its firms.',
          shows: ['clause 1 conditional in 0 marker=as long as'],
        },
      ],
    },
    {
      words: ['after', 'before', 'when', 'while', 'until', 'since', 'once', 'as soon as', 'whenever'],
      prepositional: ['after', 'before', 'until', 'since', 'once'],
      kind: 'temporal',
      examples: [
        { text: 'After Iran sent drones, Russia attacked.', shows: ['clause 1 temporal in 0 marker=after'] },
      ],
    },
    {
      words: ['because', 'as', 'given that'],
      prepositional: ['as'],
      kind: 'causal',
      examples: [
        {
          text: 'Russia bought shells because it ran short.',
          shows: ['clause 1 causal in 0 marker=because'],
        },
      ],
    },
    {
      words: ['although', 'though', 'even though', 'whereas', 'even if'],
      kind: 'concessive',
      examples: [
        {
          text: 'Tehran denied it, although in 2022 the minister admitted that Iran had sent drones.',
          shows: ['clause 1 concessive in 0 marker=although'],
        },
        {
          text: 'Although Iran denied it, drones were sent.',
          shows: ['clause 1 concessive in 0 marker=although'],
        },
      ],
    },
    {
      words: ['so that', 'in order to', 'so as to', 'in order that'],
      kind: 'purpose',
      examples: [
        {
          text: 'Iran sent drones so that Russia could attack.',
          shows: ['clause 1 purpose in 0 marker=so that'],
        },
      ],
    },
    {
      words: ['that', 'whether'],
      kind: 'complement',
      examples: [
        {
          text: 'He denied that Iran had sent missiles.',
          shows: ['clause 1 complement in 0 marker=that governor=deny'],
        },
      ],
    },
    {
      words: ['which', 'who', 'whom', 'whose', 'that'],
      kind: 'relative',
      examples: [
        {
          text: 'The drones, which Iran sent to Russia, were shot down.',
          shows: ['clause 1 relative in 0 marker=which antecedent=The drones', 'gap=object'],
        },
      ],
    },
  ],
  inversions: [
    {
      forms: ['should', 'had', 'were'],
      examples: [
        {
          text: 'Should Iran send the drones, sanctions would follow.',
          shows: ['conditional in 0 marker=should inverted'],
        },
      ],
    },
  ],
  complementVerbs: [
    {
      lemmas: [
        'say',
        'tell',
        'state',
        'announce',
        'add',
        'report',
        'write',
        'claim',
        'declare',
        'note',
        'warn',
      ],
      kind: 'speech',
      examples: [
        { text: 'Officials said Iran sent drones.', shows: ['clause 1 complement in 0 governor=say'] },
      ],
    },
    {
      lemmas: ['insist', 'allege', 'confirm', 'reveal', 'disclose', 'indicate', 'suggest', 'argue', 'stress'],
      kind: 'speech',
      examples: [{ text: 'Kyiv confirmed that the jets had arrived.', shows: ['governor=confirm'] }],
    },
    {
      lemmas: ['deny', 'dismiss', 'admit', 'acknowledge', 'concede', 'doubt', 'dispute', 'reject'],
      kind: 'judging',
      examples: [{ text: 'Tehran denied that it had armed the rebels.', shows: ['governor=deny'] }],
    },
    {
      lemmas: ['believe', 'think', 'know', 'fear', 'assess', 'conclude', 'estimate', 'find', 'show'],
      kind: 'belief',
      examples: [{ text: 'Analysts believe North Korea shipped shells.', shows: ['governor=believe'] }],
    },
  ],
  prepositions: [
    {
      words: ['of', 'to', 'from', 'by', 'for', 'into', 'via', 'through'],
      nominal: true,
      examples: [
        {
          text: 'Deliveries of shells to Russia from North Korea were halted.',
          shows: ['nominal deliveries: of=shells to=Russia from=North Korea'],
        },
      ],
    },
    {
      words: [
        'with',
        'over',
        'against',
        'on',
        'in',
        'at',
        'across',
        'under',
        'toward',
        'towards',
        'onto',
        'without',
      ],
      nominal: false,
      examples: [
        { text: 'Tehran equipped the militia with drones.', shows: ['object=the militia with=drones'] },
      ],
    },
    {
      words: [
        'according to',
        'because of',
        'due to',
        'instead of',
        'in exchange for',
        'on behalf of',
        'as part of',
        'in addition to',
        'such as',
        'including',
      ],
      nominal: false,
      examples: [{ text: 'Iran sent drones, according to officials.', shows: ['according to=officials'] }],
    },
  ],
  coordinators: [
    {
      words: ['and', 'or', 'nor', 'as well as', 'and also'],
      joinsChunks: true,
      examples: [
        { text: 'Sweden, Finland and Norway will send howitzers.', shows: ['agent=Sweden+Finland+Norway'] },
      ],
    },
    {
      words: ['but', 'but also', 'yet'],
      joinsChunks: false,
      examples: [
        {
          text: 'Kyiv sought jets but has not received any.',
          shows: ['verb receive: active present perfect negated | subject=Kyiv'],
        },
      ],
    },
  ],
  quantifiers: [
    {
      words: [
        'at least',
        'up to',
        'more than',
        'less than',
        'fewer than',
        'as many as',
        'some',
        'about',
        'around',
        'nearly',
        'almost',
        'roughly',
        'approximately',
        'over',
      ],
      before: 'number',
      examples: [
        { text: 'Iran sent at least 200 drones.', shows: ['object=at least 200 drones'] },
        {
          text: 'North Korea shipped more than a million shells.',
          shows: ['object=more than a million shells'],
        },
      ],
    },
    {
      words: [
        'hundreds of',
        'thousands of',
        'dozens of',
        'millions of',
        'tens of thousands of',
        'scores of',
        'a number of',
        'a small number of',
        'a large number of',
        'a handful of',
        'a batch of',
        'a shipment of',
        'a consignment of',
      ],
      before: 'noun',
      examples: [
        {
          text: 'Iran has delivered hundreds of Shahed drones.',
          shows: ['object=hundreds of Shahed drones'],
        },
      ],
    },
  ],
  possessives: [
    {
      forms: ['its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose'],
      examples: [
        {
          text: 'China protested over its sale of tanks to Taiwan.',
          shows: ['nominal sale: possessor=its of=tanks to=Taiwan'],
        },
      ],
    },
  ],
  particles: [
    {
      forms: ['down', 'out', 'up', 'off', 'back', 'away'],
      examples: [{ text: 'The drones were shot down over Kyiv.', shows: ['verb shoot down: passive past'] }],
    },
  ],
  phrasalVerbs: [
    {
      lemmas: ['hand over', 'turn over', 'take over', 'send in', 'pass on', 'bring in', 'fly in', 'ship in'],
      examples: [
        {
          text: 'Germany has handed over the first of four promised air defense systems to Ukraine.',
          shows: [
            'verb hand over: active present perfect | subject=Germany agent=Germany patient=the first object=the first',
          ],
        },
      ],
    },
  ],
  ditransitives: [
    {
      lemmas: [
        'give',
        'send',
        'sell',
        'hand',
        'offer',
        'lend',
        'grant',
        'promise',
        'ship',
        'pay',
        'loan',
        'gift',
        'owe',
      ],
      examples: [{ text: 'Iran sent them drones.', shows: ['iobject=them'] }],
    },
  ],
  negativeDeterminers: [
    {
      forms: ['no', 'neither'],
      examples: [{ text: 'No drones were sent.', shows: ['chunk No drones: head=drone det=no negative'] }],
    },
  ],
  pronominals: [
    {
      forms: ['more', 'most', 'many', 'few', 'several', 'others', 'much', 'another'],
      examples: [
        {
          text: 'Officials said more could follow.',
          shows: ['clause 1 complement in 0 governor=say: more could follow.'],
        },
      ],
    },
  ],
  objectControl: [
    {
      lemmas: [
        'urge',
        'ask',
        'allow',
        'want',
        'permit',
        'authorize',
        'authorise',
        'force',
        'persuade',
        'encourage',
        'press',
        'pressure',
        'enable',
        'invite',
        'order',
        'request',
        'call on',
        'help',
      ],
      examples: [
        {
          text: 'Kyiv urged Berlin to deliver Taurus missiles.',
          shows: [
            'clause 1 complement in 0 marker=to governor=urge',
            'verb deliver: active none to-infinitive | subject=Berlin agent=Berlin',
          ],
        },
      ],
    },
  ],
  gerundControl: [
    {
      words: ['of', 'for'],
      examples: [
        {
          text: 'The United States accused China of supplying Russia with drone parts.',
          shows: ['verb supply: active none ing-form | subject=China agent=China patient=Russia'],
        },
      ],
    },
  ],
});
