import type { CueForce } from '../cues.js';

type Entry = {
  lemma: string;
  force: CueForce;
  forms: string[];
  examples: { text: string; source: string; cue: string }[];
};

const e = (
  lemma: string,
  forms: string[],
  text: string,
  source: string,
  cue: string,
  force: CueForce = 'say',
): Entry => ({
  lemma,
  force,
  forms,
  examples: [{ text, source, cue }],
});

/**
 * Verbs of political news that voice a view or pass on words without being reporting verbs proper (read from
 * the PolNeAR train split, where annotators count most of their uses as attributions): only the attribution
 * finder reads them, so they never make a claim of their own.
 */
export const moreStanceData: readonly Entry[] = [
  e(
    'continue',
    ['continued', 'continues'],
    'Ms. Khan wrote a letter. She continued: "We did not."',
    'Khan',
    'continued',
  ),
  e(
    'refer',
    ['referred', 'referring', 'refers'],
    'Cardenas was referring to Trump.',
    'Cardenas',
    'referring',
  ),
  e('cite', ['cited', 'cites'], 'The agency cited rising costs as the reason.', 'agency', 'cited'),
  e(
    'express',
    ['expressed', 'expresses', 'expressing'],
    'Ms. Ortiz expressed concern about the vote.',
    'Ortiz',
    'expressed',
  ),
  e(
    'decry',
    ['decried', 'decries', 'decrying'],
    'The union decried the closure of the plant.',
    'union',
    'decried',
  ),
  e('tout', ['touted', 'touts', 'touting'], 'The governor touted his record on jobs.', 'governor', 'touted'),
  e(
    'echo',
    ['echoed', 'echoes', 'echoing'],
    'Senator Haddad echoed that promise on Monday.',
    'Haddad',
    'echoed',
  ),
  e(
    'remark',
    ['remarked', 'remarks'],
    'The judge remarked that the hearing had run long.',
    'judge',
    'remarked',
  ),
  e('assail', ['assailed', 'assails'], 'Mr. Brandt assailed the trade deal.', 'Brandt', 'assailed'),
  e(
    'portray',
    ['portrayed', 'portrays', 'portraying'],
    'The ad portrayed the mayor as weak.',
    'ad',
    'portrayed',
  ),
  e(
    'recount',
    ['recounted', 'recounts'],
    'Her sister recounted the night of the fire.',
    'sister',
    'recounted',
  ),
  e(
    'retweet',
    ['retweeted', 'retweets'],
    'The candidate retweeted a post about the rally.',
    'candidate',
    'retweeted',
  ),
  e(
    'wonder',
    ['wondered', 'wonders'],
    'Voters wondered whether the plan would work.',
    'Voters',
    'wondered',
    'think',
  ),
  e(
    'shout',
    ['shouted', 'shouting', 'shouts'],
    'A protester shouted that the vote was rigged.',
    'protester',
    'shouted',
  ),
  e('yell', ['yelled', 'yelling', 'yells'], 'The crowd yelled "Lock him up."', 'crowd', 'yelled'),
  e(
    'chant',
    ['chanted', 'chanting', 'chants'],
    'The students chanted slogans against the war.',
    'students',
    'chanted',
  ),
  e(
    'remind',
    ['reminded', 'reminds'],
    'The coach reminded players that practice starts early.',
    'coach',
    'reminded',
  ),
  e(
    'signal',
    ['signaled', 'signalled', 'signals'],
    'The chairman signaled support for the bill.',
    'chairman',
    'signaled',
  ),
  e(
    'highlight',
    ['highlighted', 'highlights', 'highlighting'],
    'The report highlighted gaps in the budget.',
    'report',
    'highlighted',
  ),
  e('joke', ['joked', 'jokes', 'joking'], 'Mr. Lund joked that he was too old to run.', 'Lund', 'joked'),
  e(
    'rail',
    ['railed', 'rails', 'railing'],
    'The candidate railed against free trade.',
    'candidate',
    'railed',
  ),
  e(
    'point',
    ['pointed', 'pointing', 'points'],
    'Blackwell pointed to the poll numbers.',
    'Blackwell',
    'pointed',
  ),
  e('speak', ['spoke', 'speaking', 'speaks'], 'The mayor spoke about the budget gap.', 'mayor', 'spoke'),
  e(
    'decline',
    ['declined', 'declines'],
    'The spokesman declined to name the donors.',
    'spokesman',
    'declined',
  ),
  e('refuse', ['refused', 'refuses'], 'The campaign refused to release the tapes.', 'campaign', 'refused'),
  e('lash', ['lashed', 'lashes'], 'The governor lashed out at his critics.', 'governor', 'lashed'),
  e('focus', ['focused', 'focuses', 'focusing'], 'The speech focused on the economy.', 'speech', 'focused'),
  e(
    'applaud',
    ['applauded', 'applauds'],
    'The council applauded the decision to reopen the clinic.',
    'council',
    'applauded',
  ),
  e('welcome', ['welcomed', 'welcomes'], 'The group welcomed the ruling on the maps.', 'group', 'welcomed'),
  // Verbs that carry a speaker's words in quotation and reported speech (a quote's "Dunn quipped", "Ms. Ruiz
  // cautioned that"), missing above and among the reporting verbs proper.
  e('quip', ['quipped', 'quips'], '"We will need a bigger bus," Mr. Dunn quipped.', 'Dunn', 'quipped'),
  e('muse', ['mused', 'muses'], '"Maybe the polls are wrong," Ms. Patel mused.', 'Patel', 'mused'),
  e('retort', ['retorted', 'retorts'], '"That is simply false," Mr. Okafor retorted.', 'Okafor', 'retorted'),
  e('exclaim', ['exclaimed', 'exclaims'], '"We won Iowa!" the senator exclaimed.', 'senator', 'exclaimed'),
  e(
    'counter',
    ['countered', 'counters'],
    'The campaign countered that the ad was accurate.',
    'campaign',
    'countered',
    'deny',
  ),
  e(
    'caution',
    ['cautioned', 'cautions'],
    'Ms. Ruiz cautioned that the count could take weeks.',
    'Ruiz',
    'cautioned',
  ),
  e(
    'underscore',
    ['underscored', 'underscores'],
    'The governor underscored that the budget was balanced.',
    'governor',
    'underscored',
  ),
  e(
    'speculate',
    ['speculated', 'speculates', 'speculating'],
    'Mr. Lopez speculated that the senator would run again.',
    'Lopez',
    'speculated',
    'think',
  ),
  e(
    'hint',
    ['hinted', 'hints'],
    'The mayor hinted that she would endorse Mr. Ortiz.',
    'mayor',
    'hinted',
    'think',
  ),
  e(
    'dispute',
    ['disputed', 'disputes', 'disputing'],
    'The campaign disputed the account of the meeting.',
    'campaign',
    'disputed',
    'deny',
  ),
  e(
    'proclaim',
    ['proclaimed', 'proclaims'],
    'Mr. Haddad proclaimed that the party was united.',
    'Haddad',
    'proclaimed',
  ),
  e(
    'testify',
    ['testified', 'testifies'],
    'The director testified that no emails were deleted.',
    'director',
    'testified',
  ),
  e('affirm', ['affirmed', 'affirms'], 'The court affirmed that the maps were lawful.', 'court', 'affirmed'),
  e(
    'clarify',
    ['clarified', 'clarifies'],
    'The spokesman clarified that the tour was off.',
    'spokesman',
    'clarified',
  ),
  e(
    'opine',
    ['opined', 'opines'],
    'Mr. Kagan opined that the debate had been dull.',
    'Kagan',
    'opined',
    'think',
  ),
];

/**
 * Verbs of belief and intention: their subject holds what follows as a view or an aim ("Local leaders
 * understand that ...", "The mayor intends to run"). PolNeAR's annotators count them as attributions. They
 * govern no claim (speech.ts lists them with the wishes): an aim asserts nothing, and what one understands,
 * realises or assumes is still told by whoever tells it, so a claim under them keeps the status and source it
 * had. Only "preferred", which wink may read as an adjective, lists forms: the others
 * need wink's verb reading, so "assuming the cost" cues nothing. "consider", "recognize" and "plan" are left
 * out: on PolNeAR they cost more in wrong holders and in matches taken from the speaker who reports them
 * ("the campaign planned ..., Figueroa said") than they find.
 */
export const beliefData: readonly Entry[] = [
  e(
    'understand',
    [],
    'Local leaders understand that the mill will not reopen.',
    'leaders',
    'understand',
    'think',
  ),
  e('realize', [], 'The senator realized that the votes were not there.', 'senator', 'realized', 'think'),
  e('assume', [], 'Many donors assumed that the race was over.', 'donors', 'assumed', 'think'),
  e('intend', [], 'The mayor intends to run again.', 'mayor', 'intends', 'think'),
  e(
    'prefer',
    ['preferred', 'prefers'],
    'Younger voters preferred the outsider.',
    'voters',
    'preferred',
    'think',
  ),
  e('wish', [], 'The coach wished that the season were longer.', 'coach', 'wished', 'think'),
];

/** Verbs above that attribute only with one of their particles ("pointed to", "lashed out at"). */
export const particleVerbs: Readonly<Record<string, readonly string[]>> = {
  point: ['to', 'out'],
  continue: [':'],
  speak: ['about', 'of', 'out'],
  lash: ['out'],
  focus: ['on'],
  rail: ['against'],
  refer: ['to'],
};
