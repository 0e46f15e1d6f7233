import type { Source } from '../../domain/extraction.js';
import { speechLemma } from '../lexicon.js';
import { mentionAt } from '../mentions.js';
import { npEndingAt, npStartingAt, type Range, subjectBefore } from '../phrases.js';
import { resolveSource } from '../sources.js';
import { quoteAround } from '../span-index.js';
import { appositiveSubject, bracketStart, isDescription, sharedSubject, syntaxSubject } from '../subjects.js';
import type { Sentence, Token } from '../text.js';
import { transcriptLabels } from './labelled.js';
import { clauseSpeaker, TIME_AFTER_CUE } from './quote-speakers.js';
import type { Scan } from './types.js';

/** Who speaks through a reporting verb as the words before it say: the subject phrase and its source. */
export interface ReportedSpeaker {
  /** The subject phrase, or null when none stands before the verb (", said Kirby" reads after it). */
  readonly np: Range | null;
  readonly source: Source | null;
}

/**
 * "X declined to confirm", "X refused to say", "kept saying": the verb whose subject speaks through the cue
 * at `k`.
 */
export function governingVerb(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  return tokens[k - 1]?.lower === 'to' && tokens[k - 2]?.pos === 'VERB'
    ? k - 2
    : /^(keep|continue)$/.test(tokens[k - 1]?.lemma ?? '') && t.lower.endsWith('ing')
      ? k - 1
      : k;
}

/**
 * The speaker of the reporting cue at `k`, whose subject stands before verb `governed`; null when the cue
 * is the first person inside a quote or a transcript, whose speaker the quote or label names already.
 */
export function reportedSpeaker(
  scan: Scan,
  s: Sentence,
  k: number,
  governed: number,
): ReportedSpeaker | null {
  const { parsed, index, quotes, ctx } = scan;
  const { tokens } = parsed;
  const t = tokens[k] as Token;
  const shared = clauseSpeaker(scan, s, k);
  if (shared) return { np: null, source: shared };
  let np = subjectOf(scan, s, governed);
  // "I think it's strong", "we asked our followers": outside a quote the first person is the writer's own voice;
  // inside one it is the quoted speaker's, whose quote already carries the words.
  // A transcript's turns ("MR. KIRBY: ... we assess that ...") are the labelled speaker's words already.
  const firstPerson =
    np !== null && np.first === np.last && /^(i|we)$/.test(tokens[np.first]?.lower ?? '') ? np : null;
  if (firstPerson && (quoteAround(quotes, t.start, t.end) || transcriptLabels(parsed) > 0)) return null;
  np = unnamedSubject(scan, s, k, governed, np);
  np = participleSubject(scan, s, k, np);
  np = wholeName(scan, s, np);
  // "..., the race will be tight, said Dan Gerstein, an analyst.": after a comma, a name or a description that
  // closes the clause is the speaker, whatever the rules above read before the comma.
  // Only a verb that inverts ("said", "added", "wrote"; not "dismissed the reports"), and not when the rules
  // above found a person before it ("Gov. John Kasich of Ohio, a Republican who ..., said").
  const personBefore = np !== null && mentionAt(index, np.first)?.kind === 'person';
  if (
    governed === k &&
    !personBefore &&
    // ", saying the fewer guns the better": a participle never inverts.
    !t.lower.endsWith('ing') &&
    INVERTING_VERBS.test(speechLemma(t.lower, t.lemma)) &&
    invertedSpeaker(tokens, k, s)
  )
    np = null;
  const source = firstPerson
    ? writerSource(tokens[firstPerson.first] as Token, scan.outlet)
    : np
      ? resolveSource(np, parsed, index, ctx)
      : null;
  return np && source?.kind !== 'person' && tokens[np.first - 1]?.text === ','
    ? apposedPerson(scan, np, source)
    : { np, source };
}

/** The subject before verb `governed`: a name before a comma, the phrase before the verb, or a shared one. */
function subjectOf(scan: Scan, s: Sentence, governed: number): Range | null {
  const { parsed, index, used } = scan;
  const { tokens } = parsed;
  // "the coordinator ..., John Kirby, said": the name just before the comma is the speaker.
  const named = tokens[governed - 1]?.text === ',' ? mentionAt(index, governed - 2) : undefined;
  let np: Range | null =
    named?.kind === 'person'
      ? { first: named.first, last: named.last }
      : (nameBetweenCommas(scan, s, governed) ??
        subjectBefore(tokens, bracketStart(tokens, governed), s.first));
  // "Sanders, who has already sent pleas, said", "Frank VanderSloot, a billionaire head of ..., said".
  if (!np || (tokens[np.first - 1]?.text === ',' && isDescription(parsed, index, np)))
    np = appositiveSubject(parsed, s, governed) ?? np;
  // "Zelensky admitted the number was not enough and said more jets would arrive": the subject of the
  // reporting verb before "and" says this too.
  // "Obama positioned Clinton as ... and said", "Wealth-X keeps its finances a secret but says": so with "but".
  let conj = governed - 1;
  while (
    conj > s.first &&
    /^(ADV)$/.test(tokens[conj]?.pos ?? '') &&
    !/^(so|then)$/.test(tokens[conj]?.lower ?? '')
  )
    conj--;
  if (/^(and|but)$/.test(tokens[conj]?.lower ?? '') && (!np || np.first >= conj)) {
    np = sharedSubject(parsed, s, conj, used) ?? np;
  }
  return np && joinedDescriptions(scan, s, np);
}

/**
 * "Officials and diplomats said", "analysts and former officials said": two descriptions joined by "and" that
 * open the clause speak together; names ("Moscow and Pyongyang") are read by the joined-speaker pass.
 */
function joinedDescriptions(scan: Scan, s: Sentence, np: Range): Range {
  const { tokens } = scan.parsed;
  if (tokens[np.first - 1]?.lower !== 'and') return np;
  const left = npEndingAt(tokens, np.first - 2, s.first);
  if (!left || (left.first !== s.first && !/^[,;:"“”]$/.test(tokens[left.first - 1]?.text ?? ''))) return np;
  const joined = { first: left.first, last: np.last };
  for (let k = joined.first; k <= joined.last; k++) {
    // wink tags a capitalised first word a name ("Officials"); a name elsewhere is one.
    const name = tokens[k]?.pos === 'PROPN' && k !== s.first;
    if (mentionAt(scan.index, k) || name || tokens[k]?.pos === 'PRON') return np;
  }
  return /s$/.test(tokens[left.last]?.lower ?? '') && /s$/.test(tokens[np.last]?.lower ?? '') ? joined : np;
}

/** When no subject phrase was read: a capitalised word, an apposition's inner phrase, or the syntax layer's. */
function unnamedSubject(
  scan: Scan,
  s: Sentence,
  k: number,
  governed: number,
  np: Range | null,
): Range | null {
  if (np) return np;
  const { parsed, index } = scan;
  const { tokens } = parsed;
  // "Jolly said he ...": a capitalised word that opens the clause before the verb is a name, however wink tags it.
  const lone = tokens[governed - 1];
  if (
    lone &&
    /^\p{Lu}\p{Ll}+$/u.test(lone.text) &&
    /^(ADV|ADJ|VERB|NOUN)$/.test(lone.pos) &&
    (lone.i === s.first || /^[,;:"“”]$/.test(tokens[lone.i - 1]?.text ?? ''))
  )
    return { first: lone.i, last: lone.i };
  if (tokens[k - 1]?.text === ',') {
    // "John Kirby, the NSC coordinator, said": the apposition closes with a comma before the verb.
    const inner = subjectBefore(tokens, k - 1, s.first);
    if (
      inner &&
      tokens[inner.first - 1]?.text === ',' &&
      mentionAt(index, inner.first - 2)?.kind === 'person'
    )
      return inner;
  }
  // "those surveyed said", "Another Muslim who worshiped here ... said": the subject the syntax layer reads;
  // not after a quote, where the speaker may follow the verb (`"...," said Welch`).
  if (!/^("|”|')$/.test(tokens[governed - 1]?.text ?? '')) return syntaxSubject(parsed, s, governed);
  return null;
}

/** Nouns of a message, whose participle speaks for the subject that sent it ("issued a statement saying"). */
const MESSAGE_NOUNS =
  /^(statement|statements|letter|message|tweet|tweets|post|posts|video|ad|ads|email|emails|release|note|memo|speech|interview|remarks|column|op-ed|debate|appearance|event|rally|call|conference|briefing|story|stories|report|reports|article|piece|editorial|broadcast|program|programme)$/;

/** The writer speaking in the first person ("I think", "we know"), with the pronoun as the mention. */
function writerSource(pronoun: Token, outlet: string | null): Source {
  const mention = { start: pronoun.start, end: pronoun.end, text: pronoun.text };
  return outlet
    ? { name: outlet, entity: null, kind: 'outlet', role: null, country: null, mention }
    : { name: 'the writer', entity: null, kind: 'anonymous', role: null, country: null, mention };
}

// Reporting verbs whose speaker may follow them (", said Kirby"); not verbs with a hearer ("told TASS").
const INVERTING_VERBS =
  /^(say|add|write|note|explain|argue|continue|recall|observe|remark|reply|insist|conclude|declare|concede|acknowledge|predict|complain|suggest|agree|answer|respond|state|tweet|report|claim|counter|caution|quip|joke)$/;

/** The name or description right after a reporting verb that follows a comma (", said Dan Gerstein, an analyst"). */
function invertedSpeaker(tokens: readonly Token[], k: number, s: Sentence): Range | null {
  if (tokens[k - 1]?.text !== ',') return null;
  const np = npStartingAt(tokens, k + 1, s.last);
  if (!np || !/^(PROPN|DET|NUM)$/.test(tokens[np.first]?.pos ?? '')) return null;
  if (TIME_AFTER_CUE.test(tokens[np.first]?.lower ?? '')) return null;
  return np.last === s.last || /^[,.;(]$/.test(tokens[np.last + 1]?.text ?? '') ? np : null;
}

/**
 * "Zakharova went further, warning that ...", "..., adding that ...": a participle speaks for the main subject.
 * "Trump issued a statement saying ...", "Sanders opened the debate saying ...": so does one after the object.
 * "Democrats hoping to keep", "a group backing Huckabee", "with recent polls showing": a noun that is no
 * message is the participle's own subject.
 */
function participleSubject(scan: Scan, s: Sentence, k: number, np: Range | null): Range | null {
  const { parsed, index, ctx } = scan;
  const { tokens } = parsed;
  const t = tokens[k] as Token;
  const afterObject =
    np !== null &&
    np.last === k - 1 &&
    np.first > s.first &&
    !/^(is|are|was|were|be|been)$/.test(tokens[np.first - 1]?.lower ?? '') &&
    (MESSAGE_NOUNS.test(tokens[np.last]?.lower ?? '') ||
      // "to stop the panel reporting on violations": the object of a verb stays the verb's subject's.
      (tokens[np.first - 1]?.pos === 'VERB' && tokens[np.last]?.pos !== 'PROPN'));
  // "landed in hot water by saying that ...", "while saying that ...": a participle after a preposition too.
  const afterPreposition = /^(by|while|after|before|when|in)$/.test(tokens[k - 1]?.lower ?? '');
  if (!((tokens[k - 1]?.text === ',' || afterObject || afterPreposition) && t.lower.endsWith('ing')))
    return np;
  const cut = tokens[k - 1]?.text === ',' || afterPreposition ? k - 1 : (np?.first ?? k);
  // The clause's own verb: not an infinitive ("lobbied to suspend rights, saying") nor a bare participle.
  const clauseVerb = (w: Token): boolean =>
    w.pos === 'VERB' &&
    tokens[w.i - 1]?.lower !== 'to' &&
    !(w.lower.endsWith('ing') && !/^(AUX|PRON|PROPN|NOUN)$/.test(tokens[w.i - 1]?.pos ?? ''));
  const before = tokens.slice(s.first, cut).reverse();
  // "Mr. Trump was just as blunt, claiming": with no other verb, the copula's subject.
  const main = before.find(clauseVerb) ?? before.find((w) => w.pos === 'AUX');
  // "One employee declined to speak on the record, saying ...": else the subject that opens the clause;
  // "Mr. Trump, in a freewheeling style, spoke ..., criticizing": or the one an apposition sets off.
  const candidates = [
    main ? appositiveSubject(parsed, s, main.i) : null,
    main ? subjectBefore(tokens, main.i, s.first) : null,
    sharedSubject(parsed, s, tokens[k - 1]?.text === ',' ? k - 1 : k, new Set()),
  ];
  const probe = { ...ctx, people: [...ctx.people] };
  const subject = candidates.find((c) => c !== null && resolveSource(c, parsed, index, probe) !== null);
  return subject ?? np;
}

/** A name the phrase cuts in half ("Shin Won-sik" parsed from "sik"): the whole name. */
function wholeName(scan: Scan, s: Sentence, np: Range | null): Range | null {
  if (!np) return np;
  const { tokens } = scan.parsed;
  const m = mentionAt(scan.index, np.first);
  if (!m || m.first >= np.first) return np;
  let first = m.first;
  while (first > s.first && /^(PROPN|NOUN|ADJ|DET)$/.test(tokens[first - 1]?.pos ?? '')) first--;
  return { first, last: np.last };
}

/** An apposition: "John Kirby, National Security Council coordinator ..., said" is Kirby's, with his role. */
function apposedPerson(scan: Scan, np: Range, source: Source | null): ReportedSpeaker {
  const { parsed, index, ctx } = scan;
  const { tokens } = parsed;
  const named = mentionAt(index, np.first - 2);
  if (named?.kind !== 'person') return { np, source };
  const person = resolveSource({ first: named.first, last: named.last }, parsed, index, ctx);
  if (!person) return { np, source };
  return {
    np: { first: named.first, last: np.last },
    source: {
      ...person,
      role: person.role ?? parsed.text.slice(tokens[np.first]?.start ?? 0, tokens[np.last]?.end ?? 0),
    },
  };
}

/**
 * "And a third, Daniel Traynor, said", "Her spokesman, Brian Fallon, said": a name the gazetteer does not know,
 * set off by commas right before the verb after a description, is the speaker the description describes.
 */
function nameBetweenCommas(scan: Scan, s: Sentence, governed: number): Range | null {
  const { tokens } = scan.parsed;
  if (tokens[governed - 1]?.text !== ',') return null;
  const last = governed - 2;
  let j = last;
  while (j > s.first && tokens[j]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j]?.text ?? '')) j--;
  const first = j + 1;
  if (tokens[j]?.text !== ',' || last - first < 1 || last - first > 3) return null;
  if (!/^(NOUN|ADJ)$/.test(tokens[j - 1]?.pos ?? '')) return null;
  const m = mentionAt(scan.index, first);
  return m && m.kind !== 'person' ? null : { first, last };
}
