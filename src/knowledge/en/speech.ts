import { z } from 'zod';
import { beliefData, moreStanceData } from './stance-more.js';

/** How a reporting word commits its source to what it reports. */
export const CueForce = z.enum(['say', 'think', 'deny', 'confirm', 'report']);
export type CueForce = z.infer<typeof CueForce>;

/** A sentence that shows a reporting word: who the extractor must find speaking, and with which cue. */
export const SpeechExample = z.object({
  text: z.string().min(8),
  /** Words of the source's name as the extractor gives it. */
  source: z.string().min(1),
  cue: z.string().min(1),
});
export type SpeechExample = z.infer<typeof SpeechExample>;

/** A reporting or judging verb: its lemma, how it commits the source, and the forms wink may not lemmatise. */
export const SpeechVerb = z.object({
  lemma: z.string().regex(/^[a-z]+$/),
  force: CueForce,
  forms: z.array(z.string().regex(/^[a-z]+$/)).default([]),
  /** False when the words after the verb are a wish, a request or a view that asserts no event ("urged", "hopes"). */
  claims: z.boolean().default(true),
  examples: z.array(SpeechExample).min(1),
});
export type SpeechVerb = z.infer<typeof SpeechVerb>;

type Data = z.input<typeof SpeechVerb>;
const v = (
  lemma: string,
  force: CueForce,
  forms: string[],
  text: string,
  source: string,
  cue: string,
): Data => ({
  lemma,
  force,
  forms,
  examples: [{ text, source, cue }],
});

/** The reporting and judging verbs of English news, each with a sentence that shows it. */
export const speechVerbData: readonly Data[] = [
  v('say', 'say', ['said', 'says', 'saying'], '"We will not back down," Alvarez said.', 'Alvarez', 'said'),
  v(
    'state',
    'say',
    ['stated', 'states'],
    'The ministry stated that the talks had failed.',
    'ministry',
    'stated',
  ),
  v(
    'tell',
    'say',
    ['told', 'tells'],
    'Grace Okafor told reporters that prices would rise.',
    'Grace Okafor',
    'told',
  ),
  v('note', 'say', ['noted', 'noting'], 'The senator noted that the bill had stalled.', 'senator', 'noted'),
  v('recall', 'say', ['recalled'], 'Her brother recalled that the town was quiet.', 'brother', 'recalled'),
  v(
    'warn',
    'say',
    ['warned', 'warning'],
    'A senior U.S. defense official warned that the strikes would go on.',
    'defense official',
    'warned',
  ),
  v(
    'emphasize',
    'say',
    ['emphasized', 'emphasizing'],
    'Mr. Ruiz emphasized that the vote was fair.',
    'Ruiz',
    'emphasized',
  ),
  v(
    'emphasise',
    'say',
    ['emphasised', 'emphasising'],
    'Ms. Patel emphasised that the plan was sound.',
    'Patel',
    'emphasised',
  ),
  v(
    'stress',
    'say',
    ['stressed', 'stressing'],
    'The governor stressed that schools would reopen.',
    'governor',
    'stressed',
  ),
  v(
    'add',
    'say',
    ['added', 'adding'],
    'Tom Fitton added that the emails were public.',
    'Tom Fitton',
    'added',
  ),
  v(
    'claim',
    'say',
    ['claimed', 'claiming'],
    'The campaign claimed that turnout had doubled.',
    'campaign',
    'claimed',
  ),
  v(
    'allege',
    'say',
    ['alleged', 'alleges'],
    'Prosecutors alleged that the money was hidden abroad.',
    'Prosecutors',
    'alleged',
  ),
  v(
    'boast',
    'say',
    ['boast', 'boasts', 'boasted'],
    'Officials boasted that the new rifles were the best.',
    'Officials',
    'boasted',
  ),
  v('brag', 'say', [], 'The coach bragged that his team was unbeatable.', 'coach', 'bragged'),
  v(
    'announce',
    'say',
    ['announced'],
    'The panel announced that hearings would resume.',
    'panel',
    'announced',
  ),
  v('declare', 'say', [], 'Sanders declared that the race was far from over.', 'Sanders', 'declared'),
  v(
    'insist',
    'say',
    ['insisted', 'insists', 'insisting'],
    'The mayor insisted that the budget was balanced.',
    'mayor',
    'insisted',
  ),
  v('explain', 'say', [], 'The doctor explained that the virus spreads by air.', 'doctor', 'explained'),
  v('argue', 'say', [], 'Economists argued that the tax would hurt growth.', 'Economists', 'argued'),
  v('assert', 'say', [], 'The lawyer asserted that his client was innocent.', 'lawyer', 'asserted'),
  v(
    'reiterate',
    'say',
    [],
    'The White House reiterated that no troops would be sent.',
    'White House',
    'reiterated',
  ),
  v(
    'underline',
    'say',
    [],
    'The chairman underlined that the rules had not changed.',
    'chairman',
    'underlined',
  ),
  v('reveal', 'say', [], 'The audit revealed that funds were missing.', 'audit', 'revealed'),
  v('disclose', 'say', [], 'The company disclosed that profits had fallen.', 'company', 'disclosed'),
  v(
    'indicate',
    'say',
    [],
    'Two European security sources indicated that the shipment had left.',
    'security sources',
    'indicated',
  ),
  v('suggest', 'think', [], 'The poll suggested that voters were tired of the race.', 'poll', 'suggested'),
  v('accuse', 'say', ['accused'], 'The opposition accused the government of lying.', 'opposition', 'accused'),
  v('write', 'report', ['wrote', 'writes'], 'Kowalski wrote that the deal was dead.', 'Kowalski', 'wrote'),
  v(
    'report',
    'report',
    ['reports', 'reported'],
    'The newspaper reported that the minister had resigned.',
    'newspaper',
    'reported',
  ),
  v('publish', 'report', [], 'The magazine published a story about the donors.', 'magazine', 'published'),
  v(
    'inform',
    'report',
    ['informed'],
    'The embassy informed the press that the visit was off.',
    'embassy',
    'informed',
  ),
  v('tweet', 'say', [], 'The candidate tweeted that the debate was rigged.', 'candidate', 'tweeted'),
  v('post', 'say', [], 'Volkov posted on Telegram that the bridge had been hit.', 'Volkov', 'posted'),
  v('comment', 'say', [], 'The Kremlin declined to comment.', 'Kremlin', 'comment'),
  v('respond', 'say', [], 'The agency responded that the report was false.', 'agency', 'responded'),
  v('reply', 'say', [], 'The general replied that the base was safe.', 'general', 'replied'),
  v(
    'confirm',
    'confirm',
    ['confirmed'],
    'The Pentagon confirmed that the drone had crashed.',
    'Pentagon',
    'confirmed',
  ),
  v(
    'acknowledge',
    'confirm',
    ['acknowledged', 'acknowledges', 'acknowledging'],
    'The spokesman acknowledged that mistakes were made.',
    'spokesman',
    'acknowledged',
  ),
  v('admit', 'confirm', [], 'The driver admitted that he had been speeding.', 'driver', 'admitted'),
  v('verify', 'confirm', [], 'Inspectors verified that the site was empty.', 'Inspectors', 'verified'),
  v(
    'deny',
    'deny',
    ['denied', 'denies', 'denying'],
    'Western countries denied that they had sent troops.',
    'Western countries',
    'denied',
  ),
  v(
    'reject',
    'deny',
    ['rejected', 'rejects'],
    'The court rejected claims that the count was flawed.',
    'court',
    'rejected',
  ),
  v(
    'dismiss',
    'deny',
    ['dismissed', 'dismisses'],
    'The minister dismissed reports that he would resign as baseless.',
    'minister',
    'dismissed',
  ),
  v(
    'refute',
    'deny',
    ['refuted'],
    'The ministry refuted reports that the plant had closed.',
    'ministry',
    'refuted',
  ),
  v(
    'believe',
    'think',
    ['believes', 'believed'],
    'Investigators believe that the fire was set on purpose.',
    'Investigators',
    'believe',
  ),
  v('think', 'think', [], 'Most voters think that the economy is improving.', 'voters', 'think'),
  v('assess', 'think', [], 'Analysts assessed that the rebels had lost ground.', 'Analysts', 'assessed'),
  v('estimate', 'think', [], 'The bank estimated that growth would slow.', 'bank', 'estimated'),
  v('suspect', 'think', [], 'Police suspect that the thieves fled abroad.', 'Police', 'suspect'),
  v('expect', 'think', [], 'Forecasters expect that the storm will weaken.', 'Forecasters', 'expect'),
  v('fear', 'think', [], 'Residents feared that the dam would break.', 'Residents', 'feared'),
  v('conclude', 'say', [], 'The panel concluded that the agency had failed.', 'panel', 'concluded'),
  v(
    'show',
    'report',
    [],
    'A leaked intelligence document showed that the plan was old.',
    'intelligence document',
    'showed',
  ),
  v(
    'document',
    'report',
    ['documented'],
    'Researchers documented that the camps had grown.',
    'Researchers',
    'documented',
  ),
  v('find', 'report', [], 'The study found that the drug worked.', 'study', 'found'),
  v('condemn', 'say', [], 'The union condemned the decision as unfair.', 'union', 'condemned'),
  v(
    'repeat',
    'say',
    ['repeated'],
    'The president repeated that he would veto the bill.',
    'president',
    'repeated',
  ),
  v(
    'reaffirm',
    'say',
    [],
    'The alliance reaffirmed that it would defend its members.',
    'alliance',
    'reaffirmed',
  ),
  v('describe', 'say', [], 'The witness described how the car sped away.', 'witness', 'described'),
  v('maintain', 'say', [], 'The defendant maintained that he was at home.', 'defendant', 'maintained'),
  v('contend', 'say', [], 'Critics contend that the law is unconstitutional.', 'Critics', 'contend'),
  v('assure', 'say', [], 'The airline assured passengers that flights would resume.', 'airline', 'assured'),
  v('promise', 'say', [], 'The governor promised that taxes would not rise.', 'governor', 'promised'),
  v('pledge', 'say', [], 'Donors pledged that the money would arrive by June.', 'Donors', 'pledged'),
  v('vow', 'say', [], 'The rebels vowed that they would keep fighting.', 'rebels', 'vowed'),
  v('mention', 'say', [], 'The report mentioned that two guards were hurt.', 'report', 'mentioned'),
  v('observe', 'say', [], 'One historian observed that the war had no winners.', 'historian', 'observed'),
];

/**
 * Verbs of stance, request and judgement: their subject holds a view or makes a request about what follows
 * ("Ryan criticized the plan", "the senator urged voters to ...", "Clinton hopes to win"). Found from the
 * PolNeAR train split, where annotators mark them as attributions.
 */
export const stanceVerbData: readonly Data[] = [
  v('ask', 'say', ['asked', 'asking'], 'Reporters asked whether the deal was dead.', 'Reporters', 'asked'),
  v(
    'call',
    'say',
    ['called', 'calling', 'calls'],
    'Ryan called the remarks a textbook case of racism.',
    'Ryan',
    'called',
  ),
  v(
    'criticize',
    'say',
    ['criticized', 'criticizing', 'criticizes'],
    'The senator criticized the plan as reckless.',
    'senator',
    'criticized',
  ),
  v('criticise', 'say', ['criticised'], 'The mayor criticised the budget cuts.', 'mayor', 'criticised'),
  v(
    'praise',
    'say',
    ['praised', 'praising'],
    'The governor praised the volunteers for their work.',
    'governor',
    'praised',
  ),
  v(
    'endorse',
    'say',
    ['endorsed', 'endorsing', 'endorses'],
    'The union endorsed Sanders for president.',
    'union',
    'endorsed',
  ),
  v(
    'urge',
    'say',
    ['urged', 'urging', 'urges'],
    'Democrats urged the court to act quickly.',
    'Democrats',
    'urged',
  ),
  v(
    'blame',
    'say',
    ['blamed', 'blaming', 'blames'],
    'The chairman blamed the media for the loss.',
    'chairman',
    'blamed',
  ),
  v(
    'defend',
    'say',
    ['defended', 'defending', 'defends'],
    'The candidate defended his record on trade.',
    'candidate',
    'defended',
  ),
  v('attack', 'say', ['attacked', 'attacking'], 'Cruz attacked Rubio over immigration.', 'Cruz', 'attacked'),
  v(
    'question',
    'say',
    ['questioned', 'questioning'],
    'Critics questioned the cost of the wall.',
    'Critics',
    'questioned',
  ),
  v(
    'predict',
    'think',
    ['predicted', 'predicting', 'predicts'],
    'Pollsters predicted a close race in Ohio.',
    'Pollsters',
    'predicted',
  ),
  v('want', 'think', ['wants', 'wanted'], 'Voters want a candidate who will fight.', 'Voters', 'want'),
  v('hope', 'think', ['hopes', 'hoped', 'hoping'], 'The campaign hopes to win Iowa.', 'campaign', 'hopes'),
  v(
    'propose',
    'say',
    ['proposed', 'proposes', 'proposing'],
    'Mr. Kasich proposed a freeze on hiring.',
    'Kasich',
    'proposed',
  ),
  v(
    'support',
    'think',
    ['supported', 'supporting', 'supports'],
    'Most Republicans supported the ban.',
    'Republicans',
    'supported',
  ),
  v(
    'oppose',
    'think',
    ['opposed', 'opposes', 'opposing'],
    'The governor opposed the new pipeline.',
    'governor',
    'opposed',
  ),
  v(
    'back',
    'think',
    ['backed', 'backing', 'backs'],
    'The newspaper backed Clinton in the primary.',
    'newspaper',
    'backed',
  ),
  v(
    'agree',
    'think',
    ['agreed', 'agrees'],
    'Both parties agreed that the law had failed.',
    'parties',
    'agreed',
  ),
  v('know', 'think', ['knows', 'knew'], 'The staff knew that the server was insecure.', 'staff', 'knew'),
  v('feel', 'think', ['feels', 'felt'], 'Many voters feel that the system is rigged.', 'voters', 'feel'),
  v(
    'worry',
    'think',
    ['worried', 'worries'],
    'Party leaders worried that turnout would fall.',
    'Party leaders',
    'worried',
  ),
  v(
    'doubt',
    'think',
    ['doubted', 'doubts'],
    'Analysts doubted that the plan would pass.',
    'Analysts',
    'doubted',
  ),
  v(
    'concede',
    'confirm',
    ['conceded', 'concedes'],
    'The senator conceded that the race was over.',
    'senator',
    'conceded',
  ),
  v(
    'complain',
    'say',
    ['complained', 'complains'],
    'Residents complained that the roads were unsafe.',
    'Residents',
    'complained',
  ),
  v(
    'lament',
    'say',
    ['lamented', 'laments'],
    'The coach lamented that his players were tired.',
    'coach',
    'lamented',
  ),
  v(
    'slam',
    'say',
    ['slammed', 'slams'],
    'The mayor slammed the decision as shortsighted.',
    'mayor',
    'slammed',
  ),
  v(
    'blast',
    'say',
    ['blasted', 'blasts'],
    'Sanders blasted the banks for their greed.',
    'Sanders',
    'blasted',
  ),
  // Condemning presupposes what is condemned: "Beijing denounced the sale of missiles to Taiwan" asserts
  // the sale. "denounced reports that" rejects them (a status cue of the rejecting class).
  v(
    'denounce',
    'say',
    ['denounced', 'denouncing', 'denounces'],
    'The bishop denounced the attack as cowardly.',
    'bishop',
    'denounced',
  ),
  v(
    'mock',
    'say',
    ['mocked', 'mocking', 'mocks'],
    'The comedian mocked the candidate for his hair.',
    'comedian',
    'mocked',
  ),
  v(
    'thank',
    'say',
    ['thanked', 'thanking', 'thanks'],
    'The mayor thanked the firefighters for their work.',
    'mayor',
    'thanked',
  ),
  v(
    'recommend',
    'say',
    ['recommended', 'recommends'],
    'The board recommended that the fees be cut.',
    'board',
    'recommended',
  ),
  v(
    'demand',
    'say',
    ['demanded', 'demanding', 'demands'],
    'Protesters demanded that the chief resign.',
    'Protesters',
    'demanded',
  ),
];

/** Stance verbs whose words are a wish, a request or a view: what follows them asserts no event. */
const WISHES = new Set([
  'agree',
  'ask',
  'call',
  'want',
  'hope',
  'propose',
  'support',
  'oppose',
  'back',
  'predict',
  'urge',
  'demand',
  'recommend',
  'question',
  'endorse',
  'feel',
  'worry',
  'doubt',
  ...beliefData.map((e) => e.lemma),
]);

/** The reporting verbs, checked by their schema once. */
export const speechVerbEntries: readonly SpeechVerb[] = speechVerbData.map((d) => SpeechVerb.parse(d));

/** The stance verbs, checked by their schema once; only the attribution finder reads them. */
export const stanceVerbEntries: readonly SpeechVerb[] = [
  ...stanceVerbData,
  ...moreStanceData,
  ...beliefData,
].map((d) => SpeechVerb.parse(WISHES.has(d.lemma) ? { ...d, claims: false } : d));

/** Reporting verbs by lemma: the words that attribute speech or belief to a source. */
export const speechVerbs: Readonly<Record<string, CueForce>> = Object.fromEntries(
  speechVerbEntries.map((e) => [e.lemma, e.force]),
);

/** Surface forms of reporting verbs whose lemma wink may miss (and participles it may tag as nouns). */
export const speechForms: Readonly<Record<string, string>> = Object.fromEntries(
  speechVerbEntries.flatMap((e) => e.forms.map((f) => [f, e.lemma])),
);

const STANCE = new Map(stanceVerbEntries.map((e) => [e.lemma, e.force]));
const STANCE_FORMS = new Map(stanceVerbEntries.flatMap((e) => e.forms.map((f) => [f, e.lemma])));

/** The lemma a stance verb's form stands for, if the word is one. */
export function stanceLemma(lower: string, lemma: string): string | undefined {
  const l = STANCE_FORMS.get(lower) ?? lemma;
  return STANCE.has(l) ? l : undefined;
}

/** How a stance verb commits its subject, or undefined when the word is none. */
export function stanceForce(lower: string, lemma: string): CueForce | undefined {
  return STANCE.get(STANCE_FORMS.get(lower) ?? lemma);
}

/** Lemmas of verbs whose words assert no event of their subject's ("urged", "hopes", "asked"). */
export const wishLemmas: ReadonlySet<string> = new Set(
  stanceVerbEntries.filter((e) => !e.claims).map((e) => e.lemma),
);

/** Nouns that report a source's words ("in a statement", "the minister's remarks"). */
export const speechNouns: readonly string[] = [
  'statement',
  'statements',
  'comment',
  'comments',
  'remarks',
  'remark',
  'interview',
  'briefing',
  'post',
  'words',
  'report',
  'story',
  'article',
  'publication',
  'assessment',
  'message',
];

/** Heads of descriptions that name a body, not a person ("the panel", "the campaign", "the newspaper"). */
export const collectiveHeads: readonly string[] = [
  'bloc',
  'body',
  'panel',
  'committee',
  'commission',
  'campaign',
  'company',
  'court',
  'department',
  'agency',
  'council',
  'board',
  'party',
  'government',
  'administration',
  'ministry',
  'office',
  'newspaper',
  'paper',
  'network',
  'magazine',
  'website',
  'group',
  'team',
  'union',
  'organization',
  'organisation',
  'alliance',
  'bank',
  'firm',
  'institute',
  'foundation',
  'report',
  'study',
  'poll',
  'survey',
  'document',
  'audit',
  'memo',
  'statement',
  'letter',
  'analysis',
  'force',
  'navy',
  'army',
  'guard',
  'corps',
  'command',
  'service',
  'directorate',
  'secretariat',
  'embassy',
  'mission',
];

/** Heads that never speak: a ship, a unit, an aircraft, a weapon, a thing or a time ("the ship said" is a misreading). */
export const notSpeakers: readonly string[] = [
  'ship',
  'vessel',
  'aircraft',
  'plane',
  'jet',
  'drone',
  'missile',
  'tank',
  'unit',
  'battalion',
  'brigade',
  'it',
  'thing',
  'things',
  'time',
  'day',
  'week',
  'year',
  'month',
  'lot',
  'way',
  'fact',
  'one',
  'something',
  'nothing',
  'anything',
  'everything',
];
