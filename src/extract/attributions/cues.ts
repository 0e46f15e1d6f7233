import type { CueForce } from '../../knowledge/cues.js';
import { stanceForce, stanceLemma } from '../../knowledge/en/speech.js';
import { cueForce, isSpeechForm, speechLemma } from '../lexicon.js';
import { governsSpeech, particleFollows } from '../particles.js';
import { npEndingAt } from '../phrases.js';
import { quoteAround } from '../span-index.js';
import { dismisses } from '../status.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { type Scan, SPEECH_NOUNS } from './types.js';

/** A reporting word read at a token: how strongly it asserts, its lemma, and whether it judges reports. */
interface CueReading {
  readonly force: CueForce | undefined;
  readonly lemma: string;
  readonly stance: string | undefined;
  readonly judging: boolean;
  readonly judged: boolean;
}

/**
 * The token at `k` as a reporting cue whose speaker and words the reported-speech pass reads, with its force
 * and whether it judges the reports after it ("called the claims absurd" denies them); null when it is none.
 */
export function reportingCue(
  scan: Scan,
  s: Sentence,
  k: number,
): { readonly force: CueForce; readonly judged: boolean } | null {
  const { parsed } = scan;
  const { tokens } = parsed;
  const t = tokens[k] as Token;
  const r = readCue(parsed, s, k);
  const force = r.force;
  if (
    force === undefined ||
    (t.pos !== 'VERB' &&
      !pluralSubjectVerb(tokens, k) &&
      t.pos !== 'AUX' &&
      !isSpeechForm(t.lower) &&
      !stanceLemma(t.lower, '') &&
      !(r.judging && r.judged))
  )
    return null;
  if (!particleFollows(parsed, k, r.lemma) || governsSpeech(parsed, k, r.lemma)) return null;
  if (!speaksHere(scan, k, r, force) || nounUse(tokens, k) || inName(tokens, s, k)) return null;
  return { force, judged: r.judged };
}

/** The force, lemma and judgement of the word at `k` in sentence `s`. */
function readCue(parsed: Parsed, s: Sentence, k: number): CueReading {
  const t = parsed.tokens[k] as Token;
  let force = cueForce(t.lower, t.lemma);
  // Stance verbs ("criticized", "urged", "hopes") attribute words here only; claims read reporting verbs alone.
  const stance = force === undefined ? stanceLemma(t.lower, t.lemma) : undefined;
  if (stance) force = stanceForce(t.lower, t.lemma);
  const lemma = stance ?? speechLemma(t.lower, t.lemma);
  // "called the reports 'ugly propaganda'", "regards US statements as unsubstantiated": judging reports denies them.
  const judging = JUDGING.has(lemma) || (t.lower.endsWith('s') && JUDGING.has(t.lower.slice(0, -1)));
  const judged = ((force !== undefined && !stance) || judging) && judgesReports(parsed, s, k);
  if (judged) force = 'deny';
  return { force, lemma, stance, judging, judged };
}

/** Whether the verb at `k` says words of its subject's here, by what stands around it. */
function speaksHere(scan: Scan, k: number, r: CueReading, force: CueForce): boolean {
  const { tokens } = scan.parsed;
  const t = tokens[k] as Token;
  const { lemma } = r;
  // "said yes when asked about ...": a participle a subordinator opens has no subject of its own; the
  // question is the writer's cue (writer-cues.ts), the main clause's subject only heard it.
  if (t.lower.endsWith('ed') && /^(when|if|once|after|unless|until|as)$/.test(tokens[k - 1]?.lower ?? ''))
    return false;
  // "We know they want a deal," she said: what a quoted speaker thinks or wants is part of the quote.
  if (
    (force === 'think' || lemma === 'want' || lemma === 'ask') &&
    !r.judged &&
    quoteAround(scan.quotes, t.start, t.end)
  )
    return false;
  // "prepared to respond swiftly": answering is speech only when words follow ("responded that", "replied:").
  if (
    /^(respond|reply|react)$/.test(lemma) &&
    !tokens.slice(k + 1, k + 6).some((w) => /^(that|:|"|“|by|requests?|queries|questions?)$/.test(w.lower))
  )
    return false;
  // "if it insists on harming": insisting on a course of action says nothing ("insisted on Monday that" does).
  return !(
    lemma === 'insist' &&
    tokens[k + 1]?.lower === 'on' &&
    (/ing$/.test(tokens[k + 2]?.lower ?? '') || /^(DET|PRON)$/.test(tokens[k + 2]?.pos ?? ''))
  );
}

/**
 * "defund Planned Parenthood", "at the Concerned Veterans rally": a capitalised word after a lower-case one and
 * before a capitalised one is part of a name (a title-case headline, "Kremlin Says Troops Left", has capitals
 * on both sides).
 */
function inName(tokens: readonly Token[], s: Sentence, k: number): boolean {
  const cap = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
  const before = tokens[k - 1];
  return (
    k > s.first &&
    cap(tokens[k]) &&
    cap(tokens[k + 1]) &&
    before !== undefined &&
    /^\p{Ll}/u.test(before.text)
  );
}

/** Whether the reporting word at `k` is a noun or a modifier here, not a verb that reports. */
function nounUse(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  // "member states were", "media reports say": an -s form between a noun and a verb is the noun, not the verb.
  if (
    /s$/.test(t.lower) &&
    tokens[k - 1]?.pos === 'NOUN' &&
    /^\p{Ll}/u.test(tokens[k - 1]?.text ?? '') &&
    /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '') &&
    !/^(that|,)$/.test(tokens[k + 1]?.lower ?? '')
  )
    return true;
  // "in many states", "the swing states": a verb's -s form that wink tags a noun, after a determiner, a number,
  // an adjective, a noun or a preposition, is the noun ("media reports that ..." still report).
  if (
    /s$/.test(t.lower) &&
    t.pos === 'NOUN' &&
    /^(DET|NUM|ADJ|NOUN|ADP)$/.test(tokens[k - 1]?.pos ?? '') &&
    tokens[k + 1]?.lower !== 'that'
  )
    return true;
  if (namingOrModifier(tokens, k)) return true;
  // "a warning", "the saying": a participle form tagged a noun speaks only after a comma or "and".
  if (t.pos === 'NOUN' && t.lower.endsWith('ing') && !/^(,|and)$/.test(tokens[k - 1]?.lower ?? ''))
    return true;
  // "rejected Western media reports that ...": a noun after a determiner, adjective or noun reports nothing itself.
  const noun = SPEECH_NOUNS.has(t.lower) || /^(claims?|allegations?)$/.test(t.lower);
  if (noun && t.pos === 'NOUN' && /^(DET|ADJ|NOUN)$/.test(tokens[k - 1]?.pos ?? '')) return true;
  // "concerned by reports that Iran ...": reports after a preposition have no speaker of their own.
  return noun && /^(by|of|about|amid|despite|over|on|after|following)$/.test(tokens[k - 1]?.lower ?? '');
}

/** Verbs that report only when they pass judgement on reports ("called the claims absurd"). */
export const JUDGING = new Set([
  'call',
  'brand',
  'label',
  'term',
  'dub',
  'regard',
  'consider',
  'view',
  'describe',
]);

/** The words for reports that a speaker may judge. */
export const REPORT_WORDS =
  /^(reports?|claims?|charges?|accusations?|allegations?|statements?|information|stor(?:y|ies)|assertions?|suggestions?|it|this|them|these|those)$/;

/** Whether the verb at `k` takes reports as its object and the sentence dismisses them. */
function judgesReports(parsed: Parsed, s: Sentence, k: number): boolean {
  const { tokens } = parsed;
  for (let j = k + 1; j <= Math.min(s.last, k + 4); j++) {
    const w = tokens[j] as Token;
    if (REPORT_WORDS.test(w.lower)) return dismisses(parsed, w.end, s.end);
    // "US statements", "Western media reports": a modifier may name whose reports they are.
    if (
      !/^(DET|ADJ|NUM|PROPN)$/.test(w.pos) &&
      !/^(such|all|any|western|recent|latest|these|those|media)$/.test(w.lower)
    )
      return false;
  }
  return false;
}

/**
 * Forms of reporting words that name or describe, not report: "Republican states", "the Baltic States that
 * border Russia" (a noun after a name or an adjective, or before a relative "that" and a verb); "a group called
 * Black Votes Matter" (a participle naming what an indefinite noun is called); "the state's 20 pledged delegates" (a participle before the noun it describes).
 */
function namingOrModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (
    /^(states|notes|reports|claims|calls|remarks|comments|answers|points|posts|tweets|finds|shows)$/.test(
      t.lower,
    ) &&
    t.pos !== 'VERB' &&
    (prev?.pos === 'ADJ' || (prev?.pos === 'PROPN' && t.lower === 'states')) &&
    // An adjective alone is no subject: "dismissed as fake reports that it had shipped" names reports.
    (next?.lower !== 'that' ||
      /^(AUX|VERB)$/.test(tokens[k + 2]?.pos ?? '') ||
      (prev?.pos === 'ADJ' && t.pos === 'NOUN'))
  )
    return true;
  if (/^(called|named|dubbed|titled|known)$/.test(t.lower) && prev?.pos === 'NOUN') {
    const np = npEndingAt(tokens, k - 1, Math.max(0, k - 8));
    if (np && /^(a|an)$/.test(tokens[np.first]?.lower ?? '')) return true;
  }
  return (
    t.lower.endsWith('ed') &&
    // "have both rejected claims": "both", "all" and "each" stand for the subject, not before a noun's modifier.
    (/^(NUM|ADJ)$/.test(prev?.pos ?? '') ||
      /^(a|an|the|its|their|his|her|our|these|those)$/.test(prev?.lower ?? '')) &&
    next?.pos === 'NOUN' &&
    /^\p{Ll}+s$/u.test(next.text)
  );
}

/**
 * "The results show that ...", "FEC records show Eksili has donated", "..., records show.": a reporting verb's
 * base form that wink tags a noun after a plural noun is the verb of that plural, when a clause or the end
 * of the clause follows it.
 */
function pluralSubjectVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    t.pos === 'NOUN' &&
    t.lower === t.lemma &&
    !t.lower.endsWith('s') &&
    before?.pos === 'NOUN' &&
    /^\p{Ll}+s$/u.test(before.text) &&
    (/^(that|,|\.|;)$/.test(after?.lower ?? '') || /^(DET|PROPN|PRON|NUM)$/.test(after?.pos ?? ''))
  );
}
