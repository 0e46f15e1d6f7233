import type { Token } from './text.js';

const SUBJECT_TAGS = new Set(['AUX', 'PRON', 'PROPN']);
// Only a participle or a gerund is read again: "shells" after a name stays a noun.
const PARTICIPLE = /(ed|en|ing)$/;
const OBJECT_TAGS = new Set(['DET', 'NUM', 'PROPN', 'NOUN', 'PRON', 'ADP', 'ADJ']);
// Demonyms ("Russian", "Chinese", "British", "Israeli", "Pakistani"), not names ("Iran", "Sudan").
const DEMONYM = /(ian|can|ean|ese|ish|eli|qi|ani)$/;
const PRESENT_OBJECT_TAGS = new Set(['DET', 'NUM', 'NOUN', 'PROPN']);
const RELATIVES = new Set(['who', 'which', 'that']);

// A present form in -s tagged as a noun right after a sentence-opening name, a name after "the" or a
// relative pronoun, with its object next ("Iran funnels rockets", "any country that supplies drones to"),
// not after a possessive or a demonym ("Iranian ships").
function presentAfterName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.pos !== 'NOUN' || !t.lower.endsWith('s') || !prev || !next) return false;
  if (prev.sent !== t.sent || next.sent !== t.sent) return false;
  // "anyone who supplies weapons to Russia": a relative pronoun stands for the name.
  if (!RELATIVES.has(prev.lower) && (prev.pos !== 'PROPN' || DEMONYM.test(prev.lower))) return false;
  // "Iran ships drones to Russia": the object and then a phrase; "U.N. arms embargo", "U.N. sanctions
  // committee" are compounds.
  if (t.lower === 'arms') return false;
  return (
    next.pos === 'DET' ||
    next.pos === 'NUM' ||
    (PRESENT_OBJECT_TAGS.has(next.pos) && tokens[k + 2]?.pos === 'ADP')
  );
}

/**
 * Reads as verbs the participles and gerunds that wink's lexicon tags as adjectives or nouns
 * ("Iran smuggled drones", "Tehran is arming Russia"): a known participle standing after a name, a
 * pronoun or an auxiliary (an adverb between them allowed), or a gerund after an auxiliary, before
 * its object. A form after a determiner or a noun ("the arming of", "a version armed with") keeps its tag.
 */
export function retagVerbs(tokens: Token[], verbLemma: ReadonlyMap<string, string>): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') continue;
    const lemma = verbLemma.get(t.lower);
    if (lemma === undefined || lemma === t.lower) continue;
    // "Iran funnels rockets to Hezbollah": a present form right after a name, before its object.
    if (!PARTICIPLE.test(t.lower)) {
      if (presentAfterName(tokens, k)) tokens[k] = { ...t, pos: 'VERB', lemma };
      continue;
    }
    let p = k - 1;
    if (tokens[p]?.pos === 'ADV' && tokens[p]?.sent === t.sent) p--;
    const prev = tokens[p];
    const next = tokens[k + 1];
    if (!prev || !next || prev.sent !== t.sent || next.sent !== t.sent) continue;
    // A gerund is a verb only after an auxiliary ("is arming"); a participle also after its subject.
    // "the Russian armed forces": a name after a determiner is a modifier, not a subject.
    // "The UAE smuggled drones": a full name after "the" is still a subject; a demonym is not.
    const modifier = prev.pos === 'PROPN' && tokens[p - 1]?.pos === 'DET' && DEMONYM.test(prev.lower);
    const after = t.pos === 'NOUN' ? prev.pos === 'AUX' : SUBJECT_TAGS.has(prev.pos) && !modifier;
    if (!after || !OBJECT_TAGS.has(next.pos)) continue;
    tokens[k] = { ...t, pos: 'VERB', lemma };
  }
}

// Short titles that only ever stand before a name ("Mr. Welch", "Sen. Rubio"), not "President" or "Director".
const SHORT_TITLE = /^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|maj|adm|prof|rev|sgt|capt|cmdr|amb|supt|insp)\.?$/;
const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;
const NAME_TAGS = new Set(['VERB', 'NOUN', 'ADJ', 'ADV']);
const QUOTE_CLOSE = /^["”'’]{1,2}$/;

/**
 * Reads as names the capitalised words wink tags as common words where only a name can stand: after a
 * short title ("Mr. Welch said", "Sen. Cotton"), between a closing quote and a reporting verb
 * (`"...," Welch said`), and after an inverted reporting verb (`"...," said Welch.`, `said Norm Coleman,`).
 * `isSpeech` tells a reporting verb's surface form ("said", "says").
 */
export function retagNames(tokens: Token[], isSpeech: (lower: string) => boolean): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!NAME_TAGS.has(t.pos) || !TITLE_CASE.test(t.text)) continue;
    const prev = tokens[k - 1] as Token;
    const next = tokens[k + 1];
    const sameSentence = prev.sent === t.sent;
    const afterTitle = sameSentence && SHORT_TITLE.test(prev.lower);
    const beforeCue =
      sameSentence &&
      next !== undefined &&
      next.sent === t.sent &&
      isSpeech(next.lower) &&
      (QUOTE_CLOSE.test(prev.text) || prev.pos === 'PROPN');
    const inverted =
      sameSentence &&
      isSpeech(prev.lower) &&
      /^[,"”'’]+$/.test(tokens[k - 2]?.text ?? '') &&
      (next === undefined || next.sent !== t.sent || /^[.,;]$/.test(next.text) || TITLE_CASE.test(next.text));
    if (afterTitle || beforeCue || inverted) tokens[k] = { ...t, pos: 'PROPN' };
  }
}
