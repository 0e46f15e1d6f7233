import type { Budget } from '../budget.js';
import { type MentionIndex, mentionAt } from '../mentions.js';
import type { Quote } from '../quotes.js';
import type { SourceContext } from '../sources.js';
import { SpeakersBySentence } from '../span-index.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { CITING } from './citations.js';
import { claimsBy, judgedClaimant } from './claimants.js';
import { reportingCue } from './cues.js';
import { documentCitations } from './document.js';
import { interviewCarriers } from './interviews.js';
import { endAtJoinedSpeakers } from './joined-clauses.js';
import { speakerLabel } from './labelled.js';
import { rememberLastPerson, spokeIn } from './memory.js';
import { nest, trimDocumentClauses } from './nest.js';
import { dropOwnViews } from './own-views.js';
import { backReference, followingStatement } from './paragraph-refs.js';
import { quoteSpeakerAfter, quoteSpeakerBefore, quotesBySentence, quotesGoingOn } from './quote-speakers.js';
import { indirect } from './reported.js';
import { mergeSplitQuotes } from './split-quotes.js';
import {
  AUTHORED_WORDS,
  accordingTo,
  POSSESSED_WORDS,
  possessedStatement,
  statementBy,
} from './statements.js';
import type { Attr, Scan } from './types.js';
import { writerCueAttributions } from './writer-cues.js';

export { REPORT_WORDS } from './cues.js';
export type { Attr } from './types.js';

/**
 * Finds every attribution in a document and nests each inside the report that carries it. The passes run in
 * order: the document's own outlet and citations; per sentence, labels, quotes and reporting cues; then the
 * passes over all attributions (quotes going on, the writer's framing, split quotes, carriers, claimants).
 */
export function findAttributions(
  parsed: Parsed,
  index: MentionIndex,
  quotes: readonly Quote[],
  outlet: string | null,
  budget?: Budget,
): Attr[] {
  const out: Attr[] = [];
  const ctx: SourceContext = {
    lastPerson: null,
    people: [],
    lastGroup: null,
    speaker: null,
    lastOutlet: null,
  };
  const byCue = new Map<number, Attr>();
  const add: Scan['add'] = (a) => {
    const attr: Attr = { ...a, id: `a${out.length + 1}`, parent: null };
    out.push(attr);
    if (!byCue.has(attr.cueStart)) byCue.set(attr.cueStart, attr);
    return attr;
  };
  const scan: Scan = { parsed, index, quotes, outlet, ctx, add, byCue, used: new Set<number>() };
  documentCitations(scan);
  const speakers = new SpeakersBySentence(parsed.sentences, out);
  const quotesIn = quotesBySentence(parsed, quotes);
  for (const s of parsed.sentences) {
    if (budget?.over(s.i)) break;
    const prev = parsed.sentences[s.i - 1];
    if (prev) rememberLastPerson(prev, index, parsed, ctx, spokeIn(speakers, prev, ctx));
    readSentence(scan, s, quotesIn.get(s.i) ?? []);
  }
  acrossSentences(scan, out);
  return out;
}

/** One sentence's attributions: a back reference, a label, quotes' speakers, then its reporting cues. */
function readSentence(scan: Scan, s: Sentence, quotes: readonly Quote[]): void {
  const { tokens } = scan.parsed;
  // "This statement was made ... by X": X said what the previous paragraph says.
  backReference(scan, s);
  speakerLabel(scan, s);
  followingStatement(scan, s);
  for (const q of quotes) {
    if (tokens[q.closeToken]?.sent === s.i) quoteSpeakerAfter(scan, q);
    if (tokens[q.openToken]?.sent === s.i) quoteSpeakerBefore(scan, q);
  }
  for (let k = s.first; k <= s.last; k++) {
    if (scan.used.has(k)) continue;
    // "the three European states said": a word of a longer name is no cue.
    const named = mentionAt(scan.index, k);
    if (named && named.first < named.last) continue;
    if (phraseCue(scan, s, k)) continue;
    const cue = reportingCue(scan, s, k);
    if (cue) indirect(scan, s, k, cue.force, cue.judged);
  }
}

/**
 * The cues that are phrases rather than verbs: "according to X", "X's statement that", "a claim by X that";
 * and "citing", which names the cited source of a report (citationNear) and reports nothing itself.
 * True when the token is such a cue, read or not.
 */
function phraseCue(scan: Scan, s: Sentence, k: number): boolean {
  const { tokens } = scan.parsed;
  const t = tokens[k] as Token;
  if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    accordingTo(scan, s, k);
    return true;
  }
  if (
    POSSESSED_WORDS.test(t.lower) &&
    /^['’]s$/.test(tokens[k - 1]?.text ?? '') &&
    tokens[k + 1]?.lower === 'that'
  ) {
    possessedStatement(scan, s, k);
    return true;
  }
  if (
    AUTHORED_WORDS.test(t.lower) &&
    /^(by|from)$/.test(tokens[k + 1]?.lower ?? '') &&
    statementBy(scan, s, k)
  )
    return true;
  return CITING.test(t.lower);
}

/** The passes over all of a document's attributions, once every sentence is read. */
function acrossSentences(scan: Scan, out: Attr[]): void {
  const { parsed, index, quotes, outlet, add } = scan;
  quotesGoingOn(parsed, quotes, out, add);
  for (const framing of writerCueAttributions(parsed, quotes, outlet, scan.used)) add(framing);
  mergeSplitQuotes(out);
  dropOwnViews(out);
  for (const carrier of interviewCarriers(parsed, index, out)) add(carrier);
  trimDocumentClauses(out, parsed.text);
  const judged = new Set<number>();
  for (const a of out.slice()) {
    // Joined deniers ("Moscow and Pyongyang rejected US claims") reject the same claimant once.
    if (judged.has(a.cueStart)) continue;
    judged.add(a.cueStart);
    judgedClaimant(parsed, index, a, add);
    claimsBy(parsed, index, a, add);
  }
  endAtJoinedSpeakers(out, parsed.text);
  nest(out);
}
