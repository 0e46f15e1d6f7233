import { stanceLemma } from '../knowledge/en/speech.js';
import { cueForce } from './lexicon.js';
import { type MentionIndex, mentionAt } from './mentions.js';
import { npStartingAt, type Range, subjectBefore } from './phrases.js';
import type { Quote } from './quotes.js';
import { analyzeSentence, type SentenceSyntax } from './syntax/index.js';
import type { Parsed, Sentence, Token } from './text.js';

// Where a speaker stands in the sentence when it is not right before its verb: after a quote that ends its
// sentence, before an apposition, a relative clause, a bracket or a dash, or before an earlier verb.

/**
 * The sentence that may name a quote's speaker after it: its own, or the next when the quote ends its
 * sentence with "!" or "?" and the words go on (`"Not here!" said Lages, 39.`, `"Why?" Lages asked.`).
 */
export function speakerSentenceAfter(parsed: Parsed, q: Quote, s: Sentence): Sentence {
  const { tokens, sentences } = parsed;
  const next = sentences[s.i + 1];
  if (!next || next.para !== s.para || s.last > q.closeToken + 1) return s;
  const first = tokens[next.first];
  if (/^\p{Ll}/u.test(first?.text ?? '')) return next;
  // A short "Name said." or "Name asked," right after the quote, or "Trump said on Twitter.": no verb or
  // quote after the cue.
  for (let j = next.first; j <= Math.min(next.last, next.first + 4); j++) {
    const w = tokens[j] as Token;
    if (cueForce(w.lower, w.lemma) === undefined && !stanceLemma(w.lower, w.lemma) && w.lower !== 'asked')
      continue;
    if (/^[.,]$/.test(tokens[j + 1]?.text ?? '')) return next;
    const rest = tokens.slice(j + 1, next.last + 1);
    const plain = rest.every((x) => !/^(VERB|AUX|SCONJ)$/.test(x.pos) && !/^["“”'‘]$/.test(x.text));
    return plain && tokens[j + 1]?.lower !== 'that' ? next : s;
  }
  return s;
}

/** The relative pronoun ("who", "which") that stands as subject right before the verb, after its antecedent. */
export function relativeBefore(tokens: readonly Token[], verb: number, np: Range | null): Token | null {
  let j = verb - 1;
  while (j > 0 && /^(ADV|AUX)$/.test(tokens[j]?.pos ?? '')) j--;
  const w = tokens[j];
  return w && np && np.last < j && /^(who|which|that)$/.test(w.lower) ? w : null;
}

/** "Rep. Gregory Meeks (D-N.Y.) said": the verb's subject stands before the bracket that ends right before it. */
export function bracketStart(tokens: readonly Token[], k: number): number {
  if (tokens[k - 1]?.text !== ')') return k;
  for (let j = k - 2; j >= Math.max(0, k - 12); j--) if (tokens[j]?.text === '(') return j;
  return k;
}

/** A phrase that names nobody the gazetteer knows and opens with a determiner or an adjective ("a broker based in"). */
export function isDescription(parsed: Parsed, index: MentionIndex, np: Range): boolean {
  for (let j = np.first; j <= np.last; j++) if (mentionAt(index, j)) return false;
  return /^(DET|ADJ|NUM)$/.test(parsed.tokens[np.first]?.pos ?? '');
}

const TIME_WORDS =
  /^(last|this|next|on|in|earlier|later|week|month|year|day|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

const APPOSITION_OPENS =
  /^(who|whose|which|a|an|the|one|another|now|then|also|like|speaking|writing|meanwhile)$/;

/**
 * The subject that opens the clause and is set off from its verb by an apposition or a relative clause:
 * "Sanders, who has already sent pleas, said"; "Rex Early, a former state party chairman, said".
 */
export function appositiveSubject(parsed: Parsed, s: Sentence, verb: number): Range | null {
  const { tokens } = parsed;
  const mark = tokens[verb - 1]?.text ?? '';
  if (!/^(,|—|–|--|-)$/.test(mark)) return null;
  // "Reached by phone on Tuesday, Joyce — who is listed as an attorney — told": after an opening setting too.
  let start = mark === ',' ? s.first : clauseStart(tokens, s, verb);
  while (start < verb && /^(["“'‘]|but|and|so|yet)$/i.test(tokens[start]?.text ?? '')) start++;
  const np = npStartingAt(tokens, start, verb);
  if (!np) return null;
  // "Rep. Elijah Cummings (D-Md.), chair of the committee, said": a bracket after the name is part of it.
  let after = np.last + 1;
  if (tokens[after]?.text === '(') {
    const close = tokens.slice(after, Math.min(verb, after + 12)).find((w) => w.text === ')');
    if (close) after = close.i + 1;
  }
  // "Priebus, in the wake of a new poll, told", "Murphy — after a knock on wood — told".
  if (tokens[after]?.text !== (mark === ',' ? ',' : mark) || after + 1 >= verb - 1) return null;
  // "Last week, Reuters, citing ..., alleged": a time that opens the sentence is no subject.
  if (TIME_WORDS.test(tokens[np.first]?.lower ?? '') || TIME_WORDS.test(tokens[np.last]?.lower ?? ''))
    return null;
  const opener = tokens[after + 1] as Token;
  // "Sen. Roy Blunt (R-Mo.), facing a stiff challenge, noted": a participle opens an apposition too.
  const participle = opener.pos === 'VERB' && /(ing|ed)$/.test(opener.lower);
  if (
    !APPOSITION_OPENS.test(opener.lower) &&
    !/^(DET|NUM|ADJ|PROPN|NOUN|ADP)$/.test(opener.pos) &&
    !participle
  )
    return null;
  return np;
}

/**
 * "Graham called both candidates 'crazy' and said ...": the subject of the verb before "and" (a reporting verb
 * of its own, else the clause's first verb) says the words after it too.
 */
export function sharedSubject(parsed: Parsed, s: Sentence, and: number, used: Set<number>): Range | null {
  const { tokens } = parsed;
  for (let j = and - 1; j >= s.first; j--) if (used.has(j)) return subjectBefore(tokens, j, s.first);
  const start = clauseStart(tokens, s, and);
  for (let j = start + 1; j < and; j++) {
    const w = tokens[j] as Token;
    if (w.pos !== 'VERB') continue;
    const np = subjectBefore(tokens, j, start);
    return np && np.first <= start + 1 ? np : null;
  }
  return null;
}

/**
 * Where the main clause starts: after a setting that opens the sentence and ends with a comma ("In his speech,",
 * "Walking to the next address,", "On Thursday,"), which holds no finite verb; else at the sentence's start.
 */
export function clauseStart(tokens: readonly Token[], s: Sentence, before: number): number {
  const opener = tokens[s.first];
  // "Walking to the next address,": a participle may open the setting; any other verb belongs to the clause.
  const participle = opener?.pos === 'VERB' && /(ing|ed)$/.test(opener.lower);
  for (let j = s.first + 1; j < Math.min(before, s.first + 12); j++) {
    const w = tokens[j] as Token;
    if (w.text === ',') return j + 1;
    if (w.pos === 'AUX' || /^["“”]$/.test(w.text) || (w.pos === 'VERB' && !participle)) return s.first;
  }
  return s.first;
}

const syntaxOf = new WeakMap<Parsed, Map<number, SentenceSyntax>>();

/**
 * The subject the syntax layer reads for the verb at `verb`, when it stands before the verb: "those surveyed
 * said", "Another Muslim who worshiped here ... said", of a finite verb. Each sentence is read
 * once per document, and only when the nearer rules found no subject.
 */
export function syntaxSubject(parsed: Parsed, s: Sentence, verb: number): Range | null {
  let bySentence = syntaxOf.get(parsed);
  if (!bySentence) {
    bySentence = new Map();
    syntaxOf.set(parsed, bySentence);
  }
  let syntax = bySentence.get(s.i);
  if (!syntax) {
    syntax = analyzeSentence(parsed, s.i);
    bySentence.set(s.i, syntax);
  }
  const group = syntax.verbs.find((v) => v.head === verb);
  const subject = group?.roles.subject;
  // A participle's subject is read by the rules for "..., saying" (its controller); the layer reads it less well.
  if (!group || !subject || subject.last >= verb || group.voice !== 'active' || group.nonFinite !== null)
    return null;
  // A verb joined to an earlier one shares its subject: trusted when that verb reports too ("criticized X and said"),
  // not when the layer joined it to a verb of the reported words ("said cooperation predated ... but did not say").
  const joined = group.coordinatedWith === null ? null : syntax.verbs[group.coordinatedWith];
  if (joined) {
    const w = parsed.tokens[joined.head];
    if (!w || (cueForce(w.lower, w.lemma) === undefined && stanceLemma(w.lower, w.lemma) === undefined))
      return null;
  }
  return { first: subject.first, last: subject.last };
}
