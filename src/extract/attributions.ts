import type { AttributionMode, Source } from '../domain/extraction.js';
import { type CueForce, speechNouns } from '../knowledge/cues.js';
import { stanceForce, stanceLemma, wishLemmas as WISHES } from '../knowledge/en/speech.js';
import type { Budget } from './budget.js';
import { interviewCarriers } from './interviews.js';
import { endAtJoinedSpeakers } from './joined-clauses.js';
import { introducedSpeaker, sectionLabel } from './labels.js';
import { cueForce, isSpeechForm, speechLemma } from './lexicon.js';
import { type Mention, type MentionIndex, mentionAt, slug } from './mentions.js';
import { dropOwnViews } from './own-views.js';
import { afterParticle, governsSpeech, particleFollows, takesParticle } from './particles.js';
import { npEndingAt, npStartingAt, type Range, subjectBefore } from './phrases.js';
import type { Quote } from './quotes.js';
import { resolveSource, type SourceContext, writtenName } from './sources.js';
import {
  LatestBefore,
  lineEndIn,
  lineStartIn,
  quoteAround,
  quoteOpeningAt,
  SpanIndex,
  SpeakersBySentence,
  sentenceHolding,
  tokenStartingAt,
} from './span-index.js';
import { mergeSplitQuotes } from './split-quotes.js';
import { dismisses } from './status.js';
import {
  appositiveSubject,
  bracketStart,
  isDescription,
  relativeBefore,
  sharedSubject,
  speakerSentenceAfter,
  syntaxSubject,
} from './subjects.js';
import type { Parsed, Sentence, Token } from './text.js';
import { writerCueAttributions } from './writer-cues.js';

/** An attribution as the extractor builds it: the contract's fields plus what later stages need. */
export interface Attr {
  id: string;
  readonly source: Source;
  readonly cue: string;
  readonly cueStart: number;
  readonly cueEnd: number;
  readonly mode: AttributionMode;
  readonly force: CueForce;
  contentStart: number;
  contentEnd: number;
  parent: string | null;
  /** Set when the words point back at a publication named before ("this article"). */
  readonly viaPublication: boolean;
  /** The document-level outlet and its citations wrap every other attribution. */
  readonly documentLevel: boolean;
  /** False for a wish or a request ("urged", "hopes"): its words are no claim of the source's. */
  readonly governs?: boolean;
  /** Set on an outlet that heard a speaker's words ("told Reuters"): its own clause is no claim's voice. */
  readonly carrier?: boolean;
  /** Set on the writer's own framing ("appears to", "is expected to", "Asked whether"): it holds no other attribution. */
  readonly writer?: boolean;
}

const PUBLICATION_REF = /\b(this|that|the) (article|publication|report|story|piece|investigation)\b/i;
const SPEECH_NOUNS = new Set(speechNouns);
const OPENERS = new Set(['"', '“', '«', '„', "'"]);
const CLOSERS = new Set(['"', '”', '»']);

/** Finds every attribution in a document and nests each inside the report that carries it. */
export function findAttributions(
  parsed: Parsed,
  index: MentionIndex,
  quotes: readonly Quote[],
  outlet: string | null,
  budget?: Budget,
): Attr[] {
  const { tokens, sentences } = parsed;
  const out: Attr[] = [];
  const ctx: SourceContext = {
    lastPerson: null,
    people: [],
    lastGroup: null,
    speaker: null,
    lastOutlet: null,
  };
  const add = (a: Omit<Attr, 'id' | 'parent'>): Attr => {
    const attr: Attr = { ...a, id: `a${out.length + 1}`, parent: null };
    out.push(attr);
    return attr;
  };
  const usedCue = new Set<number>();
  writerOf.set(parsed, outlet);
  documentCitations(parsed, index, outlet, ctx, add, usedCue);
  const speakers = new SpeakersBySentence(sentences, out);
  const quotesIn = quotesBySentence(parsed, quotes);

  for (const s of sentences) {
    if (budget?.over(s.i)) break;
    const prev = sentences[s.i - 1];
    if (prev) rememberLastPerson(prev, index, parsed, ctx, spokeIn(speakers, prev, ctx));
    // "This statement was made ... by X": X said what the previous paragraph says.
    backReference(parsed, s, index, ctx, add, usedCue);
    speakerLabel(parsed, s, index, ctx, add, usedCue);
    followingStatement(parsed, s, index, ctx, add, usedCue);
    for (const q of quotesIn.get(s.i) ?? []) {
      if (tokens[q.closeToken]?.sent === s.i) quoteSpeakerAfter(parsed, q, quotes, index, ctx, add, usedCue);
      if (tokens[q.openToken]?.sent === s.i) quoteSpeakerBefore(parsed, q, index, ctx, add, usedCue);
    }
    for (let k = s.first; k <= s.last; k++) {
      if (usedCue.has(k)) continue;
      const t = tokens[k] as Token;
      // "the three European states said": a word of a longer name is no cue.
      const named = mentionAt(index, k);
      if (named && named.first < named.last) continue;
      if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
        accordingTo(parsed, s, k, index, ctx, add, usedCue);
        continue;
      }
      if (
        POSSESSED_WORDS.test(t.lower) &&
        /^['’]s$/.test(tokens[k - 1]?.text ?? '') &&
        tokens[k + 1]?.lower === 'that'
      ) {
        possessedStatement(parsed, s, k, index, ctx, add, usedCue);
        continue;
      }
      if (
        AUTHORED_WORDS.test(t.lower) &&
        /^(by|from)$/.test(tokens[k + 1]?.lower ?? '') &&
        statementBy(parsed, s, k, index, ctx, add, usedCue)
      )
        continue;
      // "X, citing Y, said": citing names the cited source of a report (citationNear), it reports nothing itself.
      if (CITING.test(t.lower)) continue;
      let force = cueForce(t.lower, t.lemma);
      // Stance verbs ("criticized", "urged", "hopes") attribute words here only; claims read reporting verbs alone.
      const stance = force === undefined ? stanceLemma(t.lower, t.lemma) : undefined;
      if (stance) force = stanceForce(t.lower, t.lemma);
      const lemma = stance ?? speechLemma(t.lower, t.lemma);
      // "called the reports 'ugly propaganda'", "regards US statements as unsubstantiated": judging reports denies them.
      const judging = JUDGING.has(lemma) || (t.lower.endsWith('s') && JUDGING.has(t.lower.slice(0, -1)));
      const judged = ((force !== undefined && !stance) || judging) && judgesReports(parsed, s, k);
      if (judged) force = 'deny';
      if (
        force === undefined ||
        (t.pos !== 'VERB' &&
          !pluralSubjectVerb(tokens, k) &&
          t.pos !== 'AUX' &&
          !isSpeechForm(t.lower) &&
          !stanceLemma(t.lower, '') &&
          !(judging && judged))
      )
        continue;
      if (!particleFollows(parsed, k, lemma) || governsSpeech(parsed, k, lemma)) continue;
      // "said yes when asked about ...": a participle a subordinator opens has no subject of its own; the
      // question is the writer's cue (writer-cues.ts), the main clause's subject only heard it.
      if (t.lower.endsWith('ed') && /^(when|if|once|after|unless|until|as)$/.test(tokens[k - 1]?.lower ?? ''))
        continue;
      // "We know they want a deal," she said: what a quoted speaker thinks or wants is part of the quote.
      if (
        (force === 'think' || lemma === 'want' || lemma === 'ask') &&
        !judged &&
        quoteAround(quotes, t.start, t.end)
      )
        continue;
      // "prepared to respond swiftly": answering is speech only when words follow ("responded that", "replied:").
      if (
        /^(respond|reply|react)$/.test(lemma) &&
        !tokens
          .slice(k + 1, k + 6)
          .some((w) => /^(that|:|"|“|by|requests?|queries|questions?)$/.test(w.lower))
      )
        continue;
      // "if it insists on harming": insisting on a course of action says nothing ("insisted on Monday that" does).
      if (
        lemma === 'insist' &&
        tokens[k + 1]?.lower === 'on' &&
        (/ing$/.test(tokens[k + 2]?.lower ?? '') || /^(DET|PRON)$/.test(tokens[k + 2]?.pos ?? ''))
      )
        continue;
      // "member states were", "media reports say": an -s form between a noun and a verb is the noun, not the verb.
      if (
        /s$/.test(t.lower) &&
        tokens[k - 1]?.pos === 'NOUN' &&
        /^\p{Ll}/u.test(tokens[k - 1]?.text ?? '') &&
        /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '') &&
        !/^(that|,)$/.test(tokens[k + 1]?.lower ?? '')
      )
        continue;
      // "in many states", "the swing states": a verb's -s form that wink tags a noun, after a determiner, a number,
      // an adjective, a noun or a preposition, is the noun ("media reports that ..." still report).
      if (
        /s$/.test(t.lower) &&
        t.pos === 'NOUN' &&
        /^(DET|NUM|ADJ|NOUN|ADP)$/.test(tokens[k - 1]?.pos ?? '') &&
        tokens[k + 1]?.lower !== 'that'
      )
        continue;
      if (namingOrModifier(tokens, k)) continue;
      // "a warning", "the saying": a participle form tagged a noun speaks only after a comma or "and".
      if (t.pos === 'NOUN' && t.lower.endsWith('ing') && !/^(,|and)$/.test(tokens[k - 1]?.lower ?? ''))
        continue;
      // "rejected Western media reports that ...": a noun after a determiner, adjective or noun reports nothing itself.
      const nounUse = SPEECH_NOUNS.has(t.lower) || /^(claims?|allegations?)$/.test(t.lower);
      if (nounUse && t.pos === 'NOUN' && /^(DET|ADJ|NOUN)$/.test(tokens[k - 1]?.pos ?? '')) continue;
      // "concerned by reports that Iran ...": reports after a preposition have no speaker of their own.
      if (nounUse && /^(by|of|about|amid|despite|over|on|after|following)$/.test(tokens[k - 1]?.lower ?? ''))
        continue;
      indirect(parsed, s, k, force, judged, index, quotes, ctx, add, usedCue);
    }
  }
  quotesGoingOn(parsed, quotes, out, add);
  for (const framing of writerCueAttributions(parsed, quotes, outlet, usedCue)) add(framing);
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
  return out;
}

/** ", a day after ...", ", two weeks after ...", ", shortly before ...": the writer's time clause after reported words. */
const TIMED_AFTER =
  /^(?:(?:a|an|one|two|three|four|five|six|several|a few|just|only)\s+(?:day|days|week|weeks|month|months|hours?)\s+|shortly\s+|hours\s+|days\s+)(?:after|before)\b/i;

const JUDGED_REPORT = /^(claims|accusations|allegations|reports|assertions|charges)$/;

/**
 * "Araghchi rejected Western claims that Iran sent missiles": the claims denied have an owner of their own,
 * who asserts what the denier rejects. The owner's words become an attribution inside the denial.
 */
function judgedClaimant(parsed: Parsed, index: MentionIndex, a: Attr, add: Add): void {
  if (a.force !== 'deny' || a.documentLevel) return;
  const { tokens, text } = parsed;
  let j = tokenStartingAt(tokens, a.cueStart) + 1;
  if (j <= 0) return;
  if (/^(the|these|those)$/.test(tokens[j]?.lower ?? '')) j++;
  const m = mentionAt(index, j);
  let source: Source | null = null;
  let noun = j + 1;
  if (tokens[j]?.lower === 'western')
    source = { name: 'West', entity: null, kind: 'group', role: null, country: null };
  else if (m?.entity && (m.kind === 'country' || m.kind === 'outlet')) {
    const info = index.entities.get(m.entity);
    noun = /^('s|’s)$/.test(tokens[m.last + 1]?.text ?? '') ? m.last + 2 : m.last + 1;
    if (info)
      source = {
        name: info.name,
        entity: info.id,
        kind: m.kind === 'outlet' ? 'outlet' : 'government',
        role: null,
        country: info.country,
      };
  }
  const cue = tokens[noun];
  if (!source || !cue || !JUDGED_REPORT.test(cue.lower)) return;
  const opens = /^(that|of)$/.test(tokens[noun + 1]?.lower ?? '') ? noun + 2 : noun + 1;
  const contentStart = tokens[opens]?.start ?? a.contentEnd;
  if (contentStart >= a.contentEnd) return;
  const first = tokens[j] as Token;
  addClaimant(add, text, { ...source }, first.start, cue.end, cue, contentStart, a.contentEnd);
}

/** The attribution of a claims' owner: they say what follows, within the words that judge or report it. */
function addClaimant(
  add: Add,
  text: string,
  source: Source,
  mentionStart: number,
  mentionEnd: number,
  cue: Token,
  contentStart: number,
  contentEnd: number,
): void {
  add({
    source: {
      ...source,
      mention: { start: mentionStart, end: mentionEnd, text: text.slice(mentionStart, mentionEnd) },
    },
    cue: cue.text,
    cueStart: cue.start,
    cueEnd: cue.end,
    mode: 'indirect',
    force: 'say',
    contentStart,
    contentEnd,
    viaPublication: false,
    documentLevel: false,
  });
}

const CLAIMS_BY =
  /^\s+(?:(?:on|to)\s+)?(?:(?:the|these|those)\s+)?(?:claims|accusations|allegations|assertions|charges|reports)\s+by\b/i;

/**
 * "Peskov commented on claims by US Secretary of State Antony Blinken that Russia had received missiles": the
 * claims have an owner named after "by", who asserts what follows "that".
 */
function claimsBy(parsed: Parsed, index: MentionIndex, a: Attr, add: Add): void {
  if (a.documentLevel) return;
  const { tokens, text } = parsed;
  if (!CLAIMS_BY.test(text.slice(a.cueEnd, a.cueEnd + 40))) return;
  let j = tokenStartingAt(tokens, a.cueStart) + 1;
  if (j <= 0) return;
  if (/^(on|to)$/.test(tokens[j]?.lower ?? '')) j++;
  if (/^(the|these|those)$/.test(tokens[j]?.lower ?? '')) j++;
  const cue = tokens[j];
  if (!cue || !JUDGED_REPORT.test(cue.lower) || tokens[j + 1]?.lower !== 'by') return;
  // The owner: the last name before "that" (titles and roles stand before it).
  let that = j + 2;
  while (that < j + 12 && tokens[that] && tokens[that]?.lower !== 'that') that++;
  if (tokens[that]?.lower !== 'that') return;
  const owner = mentionAt(index, that - 1);
  const info = owner?.entity ? index.entities.get(owner.entity) : undefined;
  if (!owner || !info || !/^(person|country|outlet|government|organization)$/.test(owner.kind)) return;
  const contentStart = tokens[that + 1]?.start ?? a.contentEnd;
  if (contentStart >= a.contentEnd) return;
  const first = tokens[j + 2] as Token;
  const source: Source = {
    name: info.name,
    entity: info.id,
    kind: owner.kind === 'person' ? 'person' : owner.kind === 'outlet' ? 'outlet' : 'government',
    role: info.role,
    country: info.country ?? (owner.kind === 'country' ? info.id : null),
  };
  addClaimant(add, text, source, first.start, owner.end, cue, contentStart, a.contentEnd);
}

/** `"...," Budanov said. "It is also ..."`: a quote that opens the next sentence, unattributed, goes on with the speaker. */
function quotesGoingOn(parsed: Parsed, quotes: readonly Quote[], attrs: readonly Attr[], add: Add): void {
  const { tokens, sentences } = parsed;
  if (quotes.length === 0) return;
  // Built on the first quote that opens a sentence: most quotes do not, and many documents have none.
  let inBody: SpanIndex<Attr> | undefined;
  // The latest attribution (in the order found) whose cue ends before each quote: quotes come in text order.
  const byCueEnd = attrs
    .flatMap((a, i) => (a.documentLevel ? [] : [i]))
    .sort((x, y) => (attrs[x] as Attr).cueEnd - (attrs[y] as Attr).cueEnd);
  let next = 0;
  let latest = -1;
  for (const q of quotes) {
    for (; next < byCueEnd.length && (attrs[byCueEnd[next] as number] as Attr).cueEnd <= q.open; next++)
      latest = Math.max(latest, byCueEnd[next] as number);
    const s = sentences[tokens[q.openToken]?.sent ?? -1];
    if (!s || s.first !== q.openToken) continue;
    inBody ??= new SpanIndex(attrs.filter((a) => !a.documentLevel));
    if (inBody.holding(q.open + 1).length > 0) continue;
    const before = attrs[latest];
    if (before?.mode !== 'direct_quote') continue;
    const cueSent = sentenceHolding(sentences, before.cueStart);
    if (cueSent?.i !== s.i - 1) continue;
    add({ ...before, contentStart: q.open + 1, contentEnd: q.close - 1 });
    latest = attrs.length - 1;
  }
}

/** The quotes that open or close in each sentence, in text order. */
function quotesBySentence(parsed: Parsed, quotes: readonly Quote[]): Map<number, Quote[]> {
  const out = new Map<number, Quote[]>();
  const put = (sent: number | undefined, q: Quote) => {
    if (sent === undefined) return;
    const list = out.get(sent);
    if (!list) out.set(sent, [q]);
    else if (list[list.length - 1] !== q) list.push(q);
  };
  for (const q of quotes) {
    put(parsed.tokens[q.openToken]?.sent, q);
    put(parsed.tokens[q.closeToken]?.sent, q);
  }
  return out;
}

/**
 * Reported words end before the report that carries them: "The US confirmed it sent ATACMS, Reuters reports,
 * citing ..." and the document's own "..., NV reports citing Ukrinform" close the sentence, not the words.
 */
function trimDocumentClauses(attrs: Attr[], text: string): void {
  const docLevel = attrs.filter((b) => b.documentLevel);
  const index = new SpanIndex(attrs);
  for (const a of attrs) {
    if (a.documentLevel) continue;
    const carriers = [
      ...docLevel,
      ...index.holding(a.cueStart).filter((b) => b !== a && !b.documentLevel && a.cueEnd <= b.contentEnd),
    ];
    for (const b of carriers) {
      const m = b.source.mention?.start;
      if (m === undefined) continue;
      if (m <= a.contentStart || m >= a.contentEnd || m <= a.cueStart) continue;
      let end = m;
      while (end > a.contentStart && /[\s,]/.test(text[end - 1] ?? '')) end--;
      a.contentEnd = Math.min(a.contentEnd, end);
    }
  }
}

type Add = (a: Omit<Attr, 'id' | 'parent'>) => Attr;

/** Verbs that report only when they pass judgement on reports ("called the claims absurd"). */
const JUDGING = new Set(['call', 'brand', 'label', 'term', 'dub', 'regard', 'consider', 'view', 'describe']);
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
 * Whether the person "he" would refer to is the one who spoke in the sentence: "Blinken said he had warned Wang Yi.
 * 'It would have consequences,' he said." is Blinken's, not Wang Yi's.
 */
function spokeIn(speakers: SpeakersBySentence, s: Sentence, ctx: SourceContext): boolean {
  const last = ctx.lastPerson;
  return last !== null && speakers.spoke(s.i, last.entity);
}

/** The persons a sentence names become the ones "he", "the official" and "the chancellor" refer to next. */
function rememberLastPerson(
  s: Sentence,
  index: MentionIndex,
  parsed: Parsed,
  ctx: SourceContext,
  keepSpeaker: boolean,
): void {
  for (let k = s.first; k <= s.last; k++) {
    const m = mentionAt(index, k);
    if (m?.kind !== 'person' || !m.entity || m.first !== k) continue;
    const info = index.entities.get(m.entity);
    if (!info) continue;
    const person: Source = {
      name: writtenName(index, info),
      entity: info.id,
      kind: 'person',
      role: info.role,
      country: info.country,
      mention: { start: m.start, end: m.end, text: parsed.text.slice(m.start, m.end) },
    };
    if (ctx.people[ctx.people.length - 1]?.entity !== info.id) ctx.people.push(person);
    if (!keepSpeaker) ctx.lastPerson = person;
  }
}

function mentionSpan(text: string, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}

function span(tokens: readonly Token[], a: number, b: number): { start: number; end: number } {
  return { start: tokens[a]?.start ?? 0, end: tokens[b]?.end ?? 0 };
}

/** "Censor.NET reports citing Ukrinform": the outlet's own report and the agency it cites. */
function documentCitations(
  parsed: Parsed,
  index: MentionIndex,
  outlet: string | null,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): void {
  const { tokens, text } = parsed;
  for (const m of index.mentions) {
    if (m.kind !== 'outlet') continue;
    const name = m.entity ? index.entities.get(m.entity)?.name : undefined;
    if (outlet && name && name.toLowerCase() !== outlet.toLowerCase()) continue;
    const cue = tokens[m.last + 1];
    if (!cue || !/^(reports|reported|writes|informs|says)$/.test(cue.lower)) continue;
    const citing = tokens[m.last + 2]?.lower === ',' ? m.last + 3 : m.last + 2;
    // "Reuters reported that ..." inside the body is a report, not the document speaking of itself.
    const cites = /^(citing|quoting)$/.test(tokens[citing]?.lower ?? '');
    if (!(cites || /^(reports|writes|informs)$/.test(cue.lower)) || tokens[m.last + 2]?.lower === 'that')
      continue;
    const source = resolveSource({ first: m.first, last: m.last }, parsed, index, ctx);
    if (!source) continue;
    used.add(m.last + 1);
    add(documentCitation(source, cue.text, { start: cue.start, end: cue.end }, text.length));
    // "citing Al-Monitor, which cited an Iranian official": each cited source may cite another in turn.
    let c = cites ? citing : -1;
    while (c >= 0) {
      const last = lastOfSentence(parsed, c);
      const np = coordinated(parsed, index, wholeMentions(index, npStartingAt(tokens, c + 1, last)));
      const cited = np && resolveSource(np, parsed, index, ctx);
      if (!np || !cited) break;
      used.add(c);
      const w = tokens[c] as Token;
      add(documentCitation(cited, w.text, { start: w.start, end: w.end }, text.length));
      const rel = np.last + 1;
      const relCue = tokens[rel + 2];
      c =
        tokens[rel]?.text === ',' &&
        /^(which|who)$/.test(tokens[rel + 1]?.lower ?? '') &&
        /^(cited|quoted|citing|quoting)$/.test(relCue?.lower ?? '')
          ? rel + 2
          : -1;
    }
    return;
  }
  datelineOutlet(parsed, index, outlet, ctx, add);
}

/** "DUBAI, Nov 5 (Reuters) -", "MOSCOW, September 13. /TASS/.": the dateline names the outlet that speaks. */
function datelineOutlet(
  parsed: Parsed,
  index: MentionIndex,
  outlet: string | null,
  ctx: SourceContext,
  add: Add,
): void {
  const { tokens, text } = parsed;
  for (const m of index.mentions) {
    if (m.start > 160) return;
    if (m.kind !== 'outlet') continue;
    const name = bare(m.entity ? (index.entities.get(m.entity)?.name ?? '') : '');
    if (outlet && name && !name.includes(bare(outlet)) && !bare(outlet).includes(name)) continue;
    const before = tokens[m.first - 1]?.text ?? '';
    const after = tokens[m.last + 1]?.text ?? '';
    const framed =
      /^[(/]$/.test(before) || /^[)/]$/.test(after) || (/^[-–—]+$/.test(before) && after === '.');
    if (!framed) continue;
    const source = resolveSource({ first: m.first, last: m.last }, parsed, index, ctx);
    if (!source) return;
    add(documentCitation(source, text.slice(m.start, m.end), { start: m.start, end: m.end }, text.length));
    return;
  }
}

/** A name compared loosely: lower case, without a leading article. */
function bare(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '');
}

/** An attribution of the whole document to a source: the outlet's own report or an agency it cites. */
function documentCitation(
  source: Source,
  cue: string,
  at: { start: number; end: number },
  length: number,
): Omit<Attr, 'id' | 'parent'> {
  return {
    source,
    cue,
    cueStart: at.start,
    cueEnd: at.end,
    mode: 'citation',
    force: 'report',
    contentStart: 0,
    contentEnd: length,
    viaPublication: false,
    documentLevel: true,
  };
}

function lastOfSentence(parsed: Parsed, k: number): number {
  const s = parsed.sentences[parsed.tokens[k]?.sent ?? 0];
  return s ? s.last : k;
}

function sentenceEnd(parsed: Parsed, s: Sentence): number {
  const last = parsed.tokens[s.last];
  return last && /^[.!?]$/.test(last.text) ? last.start : s.end;
}

const TIME_AFTER_CUE =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|last|this|next|earlier|later|on|in|at|during|after|before|while|when)$/;

/** `"...," Kirby said.` / `"...," said Kirby` / `"...," the official emphasized.` */
function quoteSpeakerAfter(
  parsed: Parsed,
  q: Quote,
  quotes: readonly Quote[],
  index: MentionIndex,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): void {
  const { tokens } = parsed;
  const s = parsed.sentences[tokens[q.closeToken]?.sent ?? 0];
  if (!s) return;
  // 'is "deeply concerned" by reports that ...': words quoted inside a sentence, not a quote that a speaker
  // after it closes with a comma or a stop.
  if (q.openToken > s.first && !/^[,.!?]$/.test(tokens[q.closeToken - 1]?.text ?? '')) return;
  // 'On ABC's "This Week," Rubio said that ...', "citing ''the unique magic of Trump,'' said": words quoted as the
  // object of a preposition, a possessive or a verb are named, not said by a speaker after them.
  if (q.openToken > s.first && /^(ADP|PART|VERB)$/.test(tokens[q.openToken - 1]?.pos ?? '')) return;
  // A closing mark written as two apostrophes ('') takes two tokens: the words after it start past both.
  const past = q.close > (tokens[q.closeToken]?.end ?? q.close) ? q.closeToken + 1 : q.closeToken;
  let k = past + 1;
  const sp = speakerSentenceAfter(parsed, q, s);
  if (appositionSpeaker(parsed, q, quotes, past + 1, sp, index, ctx, add, used)) return;
  const stop = Math.min(sp.last, q.closeToken + 12);
  for (; k <= stop; k++) {
    const t = tokens[k] as Token;
    if (OPENERS.has(t.text) && k !== past + 1) break;
    const force = cueForce(t.lower, t.lemma) ?? stanceForce(t.lower, t.lemma);
    if (force === undefined) continue;
    // `"...," Rubio said that ...`: the verb reports the clause after it, not the quote before.
    if (tokens[k + 1]?.lower === 'that') return;
    // `"...," Sen. Marco Rubio (R-Fla.) said`: the speaker stands before the bracket.
    let np: Range | null = subjectBefore(tokens, bracketStart(tokens, k), past + 1);
    if (np && tokens[np.first]?.text === ',') np = { first: np.first + 1, last: np.last };
    if (!np || np.first <= past) np = npStartingAt(tokens, k + 1, sp.last);
    // `"...," he said Saturday night`: a time after the verb is not who speaks.
    if (np && np.first > k && TIME_AFTER_CUE.test(tokens[np.first]?.lower ?? '')) return;
    const source = np && resolveSource(np, parsed, index, ctx);
    if (!source) return;
    used.add(k);
    addQuote(add, ctx, source, t, force, q);
    // `"...," Singh said, "and ..."`: the quote that goes on right after the speaker is the speaker's too.
    const after = Math.max(k, np ? np.last : k) + 1;
    const more = tokens[after]?.text === ',' ? quoteOpeningAt(quotes, after + 1) : undefined;
    if (more) addQuote(add, ctx, source, t, force, more);
    return;
  }
}

/**
 * `"...," Robert Peck, an analyst at SunTrust, told me.`, `"...," Trent Lott, who was majority leader, told
 * lawmakers`: the name right after the quote speaks when an apposition or relative clause set off by commas
 * runs from it to the reporting verb, however long it is.
 */
function appositionSpeaker(
  parsed: Parsed,
  q: Quote,
  quotes: readonly Quote[],
  from: number,
  sp: Sentence,
  index: MentionIndex,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): boolean {
  const { tokens } = parsed;
  const head = npStartingAt(tokens, from, sp.last);
  if (!head || tokens[head.last + 1]?.text !== ',' || tokens[head.first]?.pos === 'PRON') return false;
  if (!mentionAt(index, head.last) && tokens[head.last]?.pos !== 'PROPN') return false;
  for (let j = head.last + 3; j <= Math.min(sp.last, head.last + 45); j++) {
    const t = tokens[j] as Token;
    if (OPENERS.has(t.text) || CLOSERS.has(t.text) || t.text === ';') return false;
    if (tokens[j - 1]?.text !== ',' || t.pos !== 'VERB') continue;
    const force = cueForce(t.lower, t.lemma);
    if (force === undefined) continue;
    if (tokens[j + 1]?.lower === 'that') return false;
    const source = resolveSource(head, parsed, index, ctx);
    if (!source) return false;
    used.add(j);
    addQuote(add, ctx, source, t, force, q);
    const more = tokens[j + 1]?.text === ',' ? quoteOpeningAt(quotes, j + 2) : undefined;
    if (more) addQuote(add, ctx, source, t, force, more);
    return true;
  }
  return false;
}

/** `X said: "..."` */
function quoteSpeakerBefore(
  parsed: Parsed,
  q: Quote,
  index: MentionIndex,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): void {
  const { tokens } = parsed;
  let k = q.openToken - 1;
  if (tokens[k]?.text === ':' || tokens[k]?.text === ',') k--;
  const t = tokens[k];
  if (!t || t.sent !== tokens[q.openToken]?.sent) return;
  const force = cueForce(t.lower, t.lemma);
  if (force === undefined || used.has(k)) return;
  const s = parsed.sentences[t.sent];
  const np = subjectBefore(tokens, k, s?.first ?? 0);
  const source = np && resolveSource(np, parsed, index, ctx);
  if (!source) return;
  used.add(k);
  addQuote(add, ctx, source, t, force, q);
}

/** Records a quote's attribution to its speaker, who is then "we" and "I" inside it and "he" after it. */
function addQuote(add: Add, ctx: SourceContext, source: Source, cue: Token, force: CueForce, q: Quote): void {
  add({
    source,
    cue: cue.text,
    cueStart: cue.start,
    cueEnd: cue.end,
    mode: 'direct_quote',
    force,
    contentStart: q.open + 1,
    contentEnd: q.close - 1,
    viaPublication: false,
    documentLevel: false,
  });
  if (source.kind === 'person') ctx.lastPerson = source;
  ctx.speaker = source;
}

const POSSESSED_WORDS =
  /^(statement|claim|assertion|insistence|assurance|warning|argument|remark|comment|suggestion|denial|promise|pledge|view|belief|assessment|conclusion|allegation|accusation)$/;

/** "Peskov's statement that no troops were in Kursk": the possessor says what follows "that". */
function possessedStatement(
  parsed: Parsed,
  s: Sentence,
  k: number,
  index: MentionIndex,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): void {
  const { tokens } = parsed;
  const np = npEndingAt(tokens, k - 2, s.first);
  const source = np && resolveSource(np, parsed, index, ctx);
  const t = tokens[k] as Token;
  const from = tokens[k + 2];
  if (!source || !from) return;
  const end = statementEnd(tokens, s, k + 3);
  used.add(k);
  add({
    source,
    cue: t.text,
    cueStart: t.start,
    cueEnd: t.end,
    mode: 'indirect',
    force: /^(denial)$/.test(t.lower) ? 'deny' : 'say',
    contentStart: from.start,
    contentEnd: tokens[end - 1]?.end ?? s.end,
    viaPublication: false,
    documentLevel: false,
  });
}

/** Where words after "that" end: a comma, or the verb the whole phrase is the subject of. */
function statementEnd(tokens: readonly Token[], s: Sentence, from: number): number {
  let verbs = 0;
  for (let j = from; j <= s.last; j++) {
    const w = tokens[j] as Token;
    const mainVerb = w.pos === 'VERB' && verbs > 0 && /^(NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? '');
    if (/^[,;:.]$/.test(w.text) || mainVerb) return j;
    if (/^(VERB|AUX)$/.test(w.pos)) verbs++;
  }
  return s.last;
}

/** Nouns of reported words whose author "by" or "from" names: "a report by the Wall Street Journal that". */
const AUTHORED_WORDS =
  /^(reports?|claims?|statements?|accusations?|allegations?|assertions?|warnings?|assessments?)$/;

/** "a claim by the White House that Iran is about to supply drones": the author says what follows "that". */
function statementBy(
  parsed: Parsed,
  s: Sentence,
  k: number,
  index: MentionIndex,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): boolean {
  const { tokens } = parsed;
  // "dismissed claims by X that", "commented on claims by X that": the judging verb's pass names the owner.
  for (let j = Math.max(s.first, k - 3); j < k; j++) {
    const w = tokens[j] as Token;
    if (cueForce(w.lower, w.lemma) !== undefined || stanceLemma(w.lower, w.lemma) !== undefined) return false;
  }
  const np = npStartingAt(tokens, k + 2, s.last);
  const that = np ? tokens[np.last + 1] : undefined;
  const from = np ? tokens[np.last + 2] : undefined;
  if (!np || that?.lower !== 'that' || !from) return false;
  const source = resolveSource(np, parsed, index, ctx);
  if (!source) return false;
  const t = tokens[k] as Token;
  const end = statementEnd(tokens, s, np.last + 3);
  used.add(k);
  add({
    source,
    cue: t.text,
    cueStart: t.start,
    cueEnd: t.end,
    mode: 'indirect',
    force: 'say',
    contentStart: from.start,
    contentEnd: tokens[end - 1]?.end ?? s.end,
    viaPublication: false,
    documentLevel: false,
  });
  return true;
}

/** "According to X, ..." or "..., according to X." */
function accordingTo(
  parsed: Parsed,
  s: Sentence,
  k: number,
  index: MentionIndex,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): void {
  const { tokens, text } = parsed;
  let e = k + 2;
  while (e <= s.last && !/^[,.;:]$/.test(tokens[e]?.text ?? '')) e++;
  const np = { first: k + 2, last: e - 1 };
  if (np.last < np.first) return;
  const source = resolveSource(np, parsed, index, ctx);
  if (!source) return;
  used.add(k);
  // "said that according to X, ...": the words after the phrase are X's, as at a sentence's start.
  const before = tokens[k - 1]?.text === ',' && k - 1 > s.first ? k - 2 : k - 1;
  // "While most were marked confidential, according to an official, two were secret": the main clause is X's.
  const afterSubordinate =
    tokens[k - 1]?.text === ',' &&
    /^(while|although|though|as|because|if|when|since|after|before)$/.test(tokens[s.first]?.lower ?? '') &&
    tokens[e]?.text === ',';
  const atStart =
    afterSubordinate ||
    k === s.first ||
    /^(["“:]|that|but|and|yet|so)$/.test(tokens[before]?.lower ?? '') ||
    tokens[before]?.pos === 'SCONJ';
  const content = atStart
    ? { start: tokens[e + 1]?.start ?? s.end, end: sentenceEnd(parsed, s) }
    : {
        start: s.start,
        // "The missiles, according to the officials, were shipped": the words go on after the phrase.
        end: parenthetical(parsed, s, e - 1) ? sentenceEnd(parsed, s) : (tokens[k - 1]?.start ?? s.start),
      };
  const cueT = span(tokens, k, k + 1);
  add({
    source,
    cue: text.slice(cueT.start, cueT.end),
    cueStart: cueT.start,
    cueEnd: cueT.end,
    mode: 'indirect',
    force: 'say',
    contentStart: content.start,
    contentEnd: content.end,
    viaPublication: PUBLICATION_REF.test(text.slice(s.start, cueT.start)),
    documentLevel: false,
  });
}

/** "X said (that) ...", "..., X said.", "officials who boast that ...", "Reuters published a story about ..." */
function indirect(
  parsed: Parsed,
  s: Sentence,
  k: number,
  force: CueForce,
  /** Whether the cue judges reports that follow it ("called the claims 'absurd'"). */
  judged: boolean,
  index: MentionIndex,
  quotes: readonly Quote[],
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): void {
  const { tokens, text } = parsed;
  const t = tokens[k] as Token;
  // "Pyongyang is believed to be seeking", "it was reported": a passive hedge, nobody speaks.
  const beforeAdverb = tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
  // "She was asked about the drones", "he was told": a passive's subject hears the words, it does not say them.
  if (
    /^(is|are|was|were|been|be|being)$/.test(tokens[beforeAdverb]?.lower ?? '') &&
    (/^(to|that)$/.test(tokens[k + 1]?.lower ?? '') || !t.lower.endsWith('ing')) &&
    // "was referring to Trump": a progressive with its particle is active.
    !(t.lower.endsWith('ing') && takesParticle(parsed, k, stanceLemma(t.lower, t.lemma)))
  )
    return;
  // "a statement published on the ministry's website": a participle that tells where words appeared.
  if (
    /^(publish|post|issue|release|report)$/.test(speechLemma(t.lower, t.lemma)) &&
    SPEECH_NOUNS.has(tokens[k - 1]?.lower ?? '')
  )
    return;
  // "X declined to confirm", "X refused to say": the subject stands before the governing verb.
  const governed =
    tokens[k - 1]?.lower === 'to' && tokens[k - 2]?.pos === 'VERB'
      ? k - 2
      : /^(keep|continue)$/.test(tokens[k - 1]?.lemma ?? '') && t.lower.endsWith('ing')
        ? k - 1
        : k;
  // "the coordinator ..., John Kirby, said": the name just before the comma is the speaker.
  const named = tokens[governed - 1]?.text === ',' ? mentionAt(index, governed - 2) : undefined;
  let np: Range | null =
    named?.kind === 'person'
      ? { first: named.first, last: named.last }
      : subjectBefore(tokens, bracketStart(tokens, governed), s.first);
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
  // "I think it's strong", "we asked our followers": outside a quote the first person is the writer's own voice;
  // inside one it is the quoted speaker's, whose quote already carries the words.
  // A transcript's turns ("MR. KIRBY: ... we assess that ...") are the labelled speaker's words already.
  const firstPerson =
    np !== null && np.first === np.last && /^(i|we)$/.test(tokens[np.first]?.lower ?? '') ? np : null;
  if (firstPerson && (quoteAround(quotes, t.start, t.end) || transcriptLabels(parsed) > 0)) return;
  // "Jolly said he ...": a capitalised word that opens the clause before the verb is a name, however wink tags it.
  const lone = tokens[governed - 1];
  if (
    !np &&
    lone &&
    /^\p{Lu}\p{Ll}+$/u.test(lone.text) &&
    /^(ADV|ADJ|VERB|NOUN)$/.test(lone.pos) &&
    (lone.i === s.first || /^[,;:"“”]$/.test(tokens[lone.i - 1]?.text ?? ''))
  )
    np = { first: lone.i, last: lone.i };
  if (!np && tokens[k - 1]?.text === ',') {
    // "John Kirby, the NSC coordinator, said": the apposition closes with a comma before the verb.
    const inner = subjectBefore(tokens, k - 1, s.first);
    if (
      inner &&
      tokens[inner.first - 1]?.text === ',' &&
      mentionAt(index, inner.first - 2)?.kind === 'person'
    )
      np = inner;
  }
  // "those surveyed said", "Another Muslim who worshiped here ... said": the subject the syntax layer reads;
  // not after a quote, where the speaker may follow the verb (`"...," said Welch`).
  if (!np && !/^("|”|')$/.test(tokens[governed - 1]?.text ?? '')) np = syntaxSubject(parsed, s, governed);
  // "Zakharova went further, warning that ...", "..., adding that ...": a participle speaks for the main subject.
  // "Trump issued a statement saying ...", "Sanders opened the debate saying ...": so does one after the object.
  // "Democrats hoping to keep", "a group backing Huckabee", "with recent polls showing": a noun that is no
  // message is the participle's own subject.
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
  if ((tokens[k - 1]?.text === ',' || afterObject || afterPreposition) && t.lower.endsWith('ing')) {
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
    if (subject) np = subject;
  }
  // A name the phrase cuts in half ("Shin Won-sik" parsed from "sik"): take the whole name.
  if (np) {
    const m = mentionAt(index, np.first);
    if (m && m.first < np.first) {
      let first = m.first;
      while (first > s.first && /^(PROPN|NOUN|ADJ|DET)$/.test(tokens[first - 1]?.pos ?? '')) first--;
      np = { first, last: np.last };
    }
  }
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
  let source = firstPerson
    ? writerSource(tokens[firstPerson.first] as Token, writerOf.get(parsed) ?? null)
    : np
      ? resolveSource(np, parsed, index, ctx)
      : null;
  if (np && source?.kind !== 'person' && tokens[np.first - 1]?.text === ',') {
    // An apposition: "John Kirby, National Security Council coordinator ..., said".
    const named = mentionAt(index, np.first - 2);
    if (named?.kind === 'person') {
      const person = resolveSource({ first: named.first, last: named.last }, parsed, index, ctx);
      if (person) {
        source = {
          ...person,
          role: person.role ?? parsed.text.slice(tokens[np.first]?.start ?? 0, tokens[np.last]?.end ?? 0),
        };
        np = { first: named.first, last: np.last };
      }
    }
  }
  // "Barkley, who said he votes Democratic": the relative pronoun is the verb's subject in the text.
  const rel = relativeBefore(tokens, governed, np);
  if (source && rel) source = { ...source, mention: mentionSpan(text, rel.start, rel.end) };
  let contentStart: number;
  let contentEnd: number;
  if (!source) {
    // Inversion: "..., said Kirby."
    const after = npStartingAt(tokens, k + 1, s.last);
    source =
      after && tokens[k - 1]?.text === ',' && !t.lower.endsWith('ing')
        ? resolveSource(after, parsed, index, ctx)
        : null;
    if (!source) return;
    contentStart = s.start;
    contentEnd = tokens[k - 1]?.start ?? s.start;
  } else {
    const thatFollows = tokens
      .slice(k + 1, k + 4)
      .some((w) => w.lower === 'that' || w.text === ':' || SPEECH_NOUNS.has(w.lower));
    // "called the claims 'absurd'": the judged reports follow the verb.
    // 'Clinton would have to "go more to center," Cuban said.': a quote that closes the clause after a comma.
    const closed = np ? closedQuoteBefore(tokens, np.first) : -1;
    const clauseEnd =
      !judged &&
      np &&
      np.first > s.first &&
      (tokens[np.first - 1]?.text === ',' || closed >= 0) &&
      // "In the interview, Obama said ...": words before the comma without a verb are a setting, not words said.
      (!settingBefore(parsed, s, np.first - 1) || parenthetical(parsed, s, k)) &&
      (isSentenceFinal(parsed, s, k) || (!thatFollows && !clauseFollows(parsed, s, k)));
    if (clauseEnd && np) {
      contentStart = s.start;
      contentEnd = closed >= 0 ? (tokens[closed]?.end ?? s.start) : (tokens[np.first - 1]?.start ?? s.start);
      // "Russia, he said, would station ...": a parenthetical cue carries the words on both sides.
      if (parenthetical(parsed, s, k)) contentEnd = sentenceEnd(parsed, s);
      if (OPENERS.has(tokens[s.first]?.text ?? '')) return;
    } else {
      let c = k + 1;
      // "published a story about", "told reporters that", "said in a statement that"
      // "said in an interview with RIA Novosti and RT that": the interview's outlets stand before the words.
      const reach = tokens.slice(k + 1, k + 4).some((w) => /^interviews?$/.test(w.lower)) ? 14 : 8;
      for (let j = k + 1; j <= Math.min(s.last, k + reach); j++) {
        const w = tokens[j] as Token;
        if (w.pos === 'VERB' && cueForce(w.lower, w.lemma) !== undefined) break;
        // "said Iran had sent drones and that Moscow paid": a finite verb opens the words before any "that".
        if (j > k + 1 && (w.pos === 'AUX' || (w.pos === 'VERB' && !/(ing|ed)$/.test(w.lower)))) break;
        if (
          w.lower === 'that' ||
          w.text === ':' ||
          (w.lower === 'about' && SPEECH_NOUNS.has(tokens[j - 1]?.lower ?? ''))
        ) {
          c = j + 1;
          break;
        }
      }
      c = afterParticle(parsed, c, stanceLemma(t.lower, t.lemma));
      // "I said, hey, ...": a comma after the verb opens the words, it is none of them.
      if (tokens[c]?.text === ',' && c < s.last) c++;
      contentStart = tokens[c]?.start ?? s.end;
      contentEnd = sentenceEnd(parsed, s);
      const closer = findCloserAfter(parsed, c, s);
      if (closer >= 0) contentEnd = tokens[closer]?.start ?? contentEnd;
      // "accused Pyongyang of selling shells, a charge both ... dismissed": the apposition judges the report.
      for (let j = c + 1; j < s.last; j++) {
        if (tokens[j]?.text !== ',') continue;
        const next = tokens[j + 1]?.lower ?? '';
        const head = /^(a|an|the|which)$/.test(next) ? (tokens[j + 2]?.lower ?? '') : next;
        if (REPORT_WORDS.test(head) && !/^(it|this|them|these|those)$/.test(head)) {
          contentEnd = Math.min(contentEnd, tokens[j]?.start ?? contentEnd);
          break;
        }
        // "dismissed the accusations, while Hwang said ...": a contrasted speaker's words are not the first's.
        if (
          /^(while|whereas)$/.test(next) &&
          tokens
            .slice(j + 2, j + 12)
            .some((w) => w.pos === 'VERB' && w.i < s.last && cueForce(w.lower, w.lemma) !== undefined)
        ) {
          contentEnd = Math.min(contentEnd, tokens[j]?.start ?? contentEnd);
          break;
        }
        // "rejected accusations that ..., a day after Washington imposed sanctions": the writer dates the words.
        if (TIMED_AFTER.test(text.slice(tokens[j + 1]?.start ?? 0, (tokens[j + 1]?.start ?? 0) + 30))) {
          contentEnd = Math.min(contentEnd, tokens[j]?.start ?? contentEnd);
          break;
        }
      }
      // Reported words inside a quote end where the quote ends.
      const q = quoteAround(quotes, t.start, t.end);
      if (q) contentEnd = Math.min(contentEnd, q.close - 1);
    }
  }
  // "Barkley, who said he votes Democratic, said ...": a relative clause's words end at its closing comma.
  if (rel) {
    const comma = tokens.slice(k + 1, s.last).find((w) => w.text === ',');
    if (comma && comma.start > contentStart) contentEnd = Math.min(contentEnd, comma.start);
  }
  // A line break ends reported words: list items and headings are not one sentence however they parse.
  // Searched only between the words' bounds: a text without line breaks is not read to its ends per cue.
  contentStart = lineStartIn(text, contentStart, t.start);
  if (t.end < contentEnd) contentEnd = lineEndIn(text, t.end, contentEnd);
  // "The Kremlin declined to comment.": the refusal is the whole of what is said.
  if (contentEnd <= contentStart && governed !== k && t.lower === 'comment') {
    contentStart = t.start;
    contentEnd = t.end;
  }
  if (contentEnd <= contentStart) return;
  used.add(k);
  const viaPublication = PUBLICATION_REF.test(text.slice(s.start, t.start));
  // "Kyodo reported, citing sources, that ...": the report holds the citation, the cited source says the words.
  const cited = citationNear(parsed, s, np ? np.last + 1 : k + 1, k, index, ctx);
  const report = (who: Source): void => {
    add({
      source: who,
      cue: t.text,
      cueStart: t.start,
      cueEnd: t.end,
      mode: 'indirect',
      force,
      contentStart: cited ? Math.min(contentStart, cited.cue.start) : contentStart,
      contentEnd: cited ? Math.max(contentEnd, cited.end) : contentEnd,
      viaPublication,
      documentLevel: false,
      ...(!judged && WISHES.has(stanceLemma(t.lower, t.lemma) ?? '') ? { governs: false } : {}),
    });
  };
  report(source);
  if (cited) {
    used.add(cited.cue.i);
    add({
      source: cited.source,
      cue: cited.cue.text,
      cueStart: cited.cue.start,
      cueEnd: cited.cue.end,
      mode: 'citation',
      force,
      contentStart,
      contentEnd,
      viaPublication: false,
      documentLevel: false,
    });
  }
  if (source.kind === 'person') ctx.lastPerson = source;
  // "Both Moscow and Pyongyang have denied ...": each of the joined subjects says it.
  // A pronoun ("... invaded Ukraine and he rejected") joins no one.
  if (np && contentStart > t.start && tokens[np.first]?.pos !== 'PRON') {
    for (const other of joinedBefore(parsed, index, np.first, s.first)) {
      const co = resolveSource(other, parsed, index, ctx);
      if (co && co.name !== source.name) report(co);
    }
  }
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
    (next?.lower !== 'that' || /^(AUX|VERB)$/.test(tokens[k + 2]?.pos ?? ''))
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

/** Nouns of a message, whose participle speaks for the subject that sent it ("issued a statement saying"). */
const MESSAGE_NOUNS =
  /^(statement|statements|letter|message|tweet|tweets|post|posts|video|ad|ads|email|emails|release|note|memo|speech|interview|remarks|column|op-ed|debate|appearance|event|rally|call|conference|briefing|story|stories|report|reports|article|piece|editorial|broadcast|program|programme)$/;

/** The closing quotation mark right before a speaker, after a comma (`,"` or `,''`), or -1. */
function closedQuoteBefore(tokens: readonly Token[], first: number): number {
  let j = first - 1;
  const close = j;
  if (!CLOSERS.has(tokens[j]?.text ?? '') && !/^'+$/.test(tokens[j]?.text ?? '')) return -1;
  j--;
  if (tokens[j]?.text === "'") j--;
  return tokens[j]?.text === ',' ? close : -1;
}

/** The writer speaking in the first person ("I think", "we know"), with the pronoun as the mention. */
function writerSource(pronoun: Token, outlet: string | null): Source {
  const mention = { start: pronoun.start, end: pronoun.end, text: pronoun.text };
  return outlet
    ? { name: outlet, entity: null, kind: 'outlet', role: null, country: null, mention }
    : { name: 'the writer', entity: null, kind: 'anonymous', role: null, country: null, mention };
}

/** The outlet each document is read for, whose writer "I" and "we" are outside quotes. */
const writerOf = new WeakMap<Parsed, string | null>();

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

const CITING = /^(citing|quoting)$/;

/** A source cited next to a reporting verb: "X, citing Y, said", "X said, citing Y", with the cited words' end. */
function citationNear(
  parsed: Parsed,
  s: Sentence,
  from: number,
  k: number,
  index: MentionIndex,
  ctx: SourceContext,
): { source: Source; cue: Token; end: number } | null {
  const { tokens } = parsed;
  for (let j = Math.max(from, s.first); j <= Math.min(s.last, k + 3); j++) {
    if (j === k) continue;
    const w = tokens[j] as Token;
    if (!CITING.test(w.lower)) continue;
    const np = coordinated(parsed, index, wholeMentions(index, npStartingAt(tokens, j + 1, s.last)));
    const source = np && resolveSource(np, parsed, index, ctx);
    if (!np || !source) return null;
    return { source, cue: w, end: tokens[np.last]?.end ?? w.end };
  }
  return null;
}

/** "U.S. and European officials": a phrase that ends in a country joins the noun phrase after "and". */
function coordinated(parsed: Parsed, index: MentionIndex, np: Range | null): Range | null {
  const { tokens } = parsed;
  if (!np || tokens[np.last + 1]?.lower !== 'and' || mentionAt(index, np.last)?.kind !== 'country') return np;
  const s = parsed.sentences[tokens[np.last]?.sent ?? 0];
  const next = npStartingAt(tokens, np.last + 2, s ? s.last : np.last);
  return next && tokens[next.last]?.pos === 'NOUN' ? { first: np.first, last: next.last } : np;
}

/** A phrase widened to hold whole names at its edges ("Al-Monitor", cut at "Monitor" tagged a verb). */
function wholeMentions(index: MentionIndex, np: Range | null): Range | null {
  if (!np) return null;
  const a = mentionAt(index, np.first);
  const b = mentionAt(index, np.last);
  return { first: Math.min(np.first, a?.first ?? np.first), last: Math.max(np.last, b?.last ?? np.last) };
}

/** The named parties joined by "and" or commas right before a subject. */
function joinedBefore(parsed: Parsed, index: MentionIndex, first: number, floor: number): Range[] {
  const { tokens } = parsed;
  const out: Range[] = [];
  let p = first - 1;
  // "Moscow, Tehran and Pyongyang denied": a list ends in "and", "or" or "nor" ("Neither Washington nor NATO has
  // confirmed"); "In a comment to Xinhua, Ryabkov" is none.
  if (!/^(and|or|nor)$/.test(tokens[p]?.lower ?? '')) return out;
  while (p > floor && /^(and|,|or|nor)$/.test(tokens[p]?.lower ?? '')) {
    const m = mentionAt(index, p - 1) ?? ownedBody(parsed, index, p - 1, floor);
    if (!m?.entity || m.kind === 'weapon_system' || m.kind === 'term') break;
    out.push({ first: m.first, last: p - 1 });
    p = m.first - 1;
    while (p > floor && tokens[p]?.pos === 'DET') p--;
  }
  return out;
}

/** "Iran's defence ministry": the state that owns a body named by common nouns ending at `last`. */
function ownedBody(parsed: Parsed, index: MentionIndex, last: number, floor: number): Mention | undefined {
  const { tokens } = parsed;
  let j = last;
  while (j > floor && j > last - 3 && tokens[j]?.pos === 'NOUN') j--;
  if (j === last || !/^['’]s$/.test(tokens[j]?.text ?? '')) return undefined;
  const owner = mentionAt(index, j - 1);
  return owner?.kind === 'country' ? owner : undefined;
}

// "said Russian forces had fired ...": the verb's own clause follows it, before any comma.
function clauseFollows(parsed: Parsed, s: Sentence, k: number): boolean {
  for (let j = k + 1; j <= s.last; j++) {
    const w = parsed.tokens[j] as Token;
    if (w.text === ',' || w.text === '.') return false;
    if (w.pos === 'VERB' || w.pos === 'AUX') return true;
  }
  return false;
}

/** "In the interview, Obama said ...": words without a verb before the comma set the scene; they are not what is said. */
function settingBefore(parsed: Parsed, s: Sentence, comma: number): boolean {
  const words = parsed.tokens.slice(s.first, comma);
  // wink tags some verbs as nouns ("The Kremlin regards US statements ..."): a judging word is a verb here.
  return !words.some(
    (w) =>
      w.pos === 'VERB' || w.pos === 'AUX' || JUDGING.has(w.lemma) || JUDGING.has(w.lower.replace(/s$/, '')),
  );
}

/** Whether the cue phrase ending at `k` stands between commas inside its clause, with a verb still to come. */
function parenthetical(parsed: Parsed, s: Sentence, k: number): boolean {
  const { tokens } = parsed;
  if (tokens[k + 1]?.text !== ',' || /ing$/.test(tokens[k + 2]?.lower ?? '')) return false;
  for (let j = k + 2; j <= Math.min(s.last, k + 6); j++)
    if (/^(VERB|AUX)$/.test(tokens[j]?.pos ?? '')) return true;
  return false;
}

function isSentenceFinal(parsed: Parsed, s: Sentence, k: number): boolean {
  for (let j = k + 1; j <= s.last; j++) {
    const w = parsed.tokens[j] as Token;
    if (/^[.!?]$/.test(w.text) || CLOSERS.has(w.text)) continue;
    if (
      w.text === ',' ||
      w.pos === 'ADP' ||
      w.pos === 'NOUN' ||
      w.pos === 'PROPN' ||
      w.pos === 'DET' ||
      w.pos === 'ADV' ||
      w.pos === 'NUM' ||
      w.pos === 'ADJ'
    )
      continue;
    return false;
  }
  return true;
}

function findCloserAfter(parsed: Parsed, from: number, s: Sentence): number {
  for (let j = from; j <= s.last; j++)
    if (CLOSERS.has(parsed.tokens[j]?.text ?? '') && parsed.tokens[j]?.text !== '"') return j;
  return -1;
}

const LABEL_TITLES =
  /^(MR|MRS|MS|DR|GEN|GENERAL|ADM|COL|SECRETARY|MINISTER|AMBASSADOR|PRESIDENT|SPOKESMAN|SPOKESPERSON)\.?$/i;

const labelCounts = new WeakMap<Parsed, number>();

/** How many paragraphs of the document open with a speaker's label ("LOPEZ:", "Matthews:"), counted once. */
function transcriptLabels(parsed: Parsed): number {
  let n = labelCounts.get(parsed);
  if (n === undefined) {
    n = parsed.sentences.filter((x) => {
      const l = labelOf(parsed, x);
      return (
        l !== null &&
        !(l.words.length === 1 && /^(Q|QUESTION|A)$/.test(l.words[0]?.text ?? '')) &&
        !sectionLabel(l.words)
      );
    }).length;
    labelCounts.set(parsed, n);
  }
  return n;
}

/** The label words and colon of a paragraph that opens "MR. KIRBY:" or "Q:", if it does. */
function labelOf(parsed: Parsed, s: Sentence): { colon: number; words: Token[] } | null {
  const { tokens, sentences } = parsed;
  const prev = sentences[s.i - 1];
  if (prev && prev.para === s.para) return null;
  for (let j = s.first + 1; j <= Math.min(s.last, s.first + 5); j++) {
    if (tokens[j]?.text !== ':') continue;
    const words = tokens.slice(s.first, j).filter((w) => /\p{L}/u.test(w.text));
    if (words.length === 0 || words.some((w) => !/^\p{Lu}/u.test(w.text))) return null;
    return { colon: j, words };
  }
  return null;
}

/** A transcript's speaker label opening a paragraph ("MR. KIRBY:", "Vladimir Putin:"): the paragraph is theirs. */
function speakerLabel(
  parsed: Parsed,
  s: Sentence,
  index: MentionIndex,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): void {
  const { sentences } = parsed;
  const label = labelOf(parsed, s);
  if (!label) {
    introducedLabel(parsed, s, index, ctx, add, used);
    return;
  }
  const { colon, words } = label;
  if (sectionLabel(words)) return;
  const last = words[words.length - 1];
  if (!last || (words.length === 1 && /^(Q|QUESTION|A)$/.test(last.text))) return;
  const named = mentionAt(index, last.i);
  let source: Source | null = null;
  // "AFP: ...", "Reuters: ..." in a briefing's transcript: an outlet or a body asks or speaks as itself.
  if (named && /^(person|outlet|organization|igo)$/.test(named.kind) && named.last === last.i)
    source = resolveSource({ first: named.first, last: named.last }, parsed, index, ctx);
  else if (words.every((w) => w.text === w.text.toUpperCase() || LABEL_TITLES.test(w.text))) {
    const info = index.personBySurname(last.text.replace(/\.$/, ''));
    if (info)
      source = {
        name: writtenName(index, info),
        entity: info.id,
        kind: 'person',
        role: info.role,
        country: info.country,
      };
  }
  // "BOULDUAN:", "Matthews:" in a transcript of several labelled paragraphs: a speaker the gazetteer does not know.
  if (!source && s.para > 0 && words.length <= 3 && transcriptLabels(parsed) >= 2) {
    const name = words.map((w) => w.text).join(' ');
    const titled = name.replace(/^(MR|MRS|MS|DR|SEN|REP)\.?\s+/i, '');
    const display =
      titled === titled.toUpperCase()
        ? titled.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
        : titled;
    const surname = display.split(' ').pop()?.toLowerCase();
    source = ctx.people.findLast((p) => p.name.split(' ').pop()?.toLowerCase() === surname) ?? {
      name: display,
      entity: `person:${slug(display)}`,
      kind: 'person',
      role: null,
      country: null,
    };
    if (!ctx.people.includes(source)) ctx.people.push(source);
  }
  // "Kremlin: no troops in Kursk", "AP: Trump chair routed money": a headline's label is who says it.
  const headline = s.para === 0 && !source && s.last - colon <= 16 && sentences[s.i + 1]?.para !== s.para;
  if (headline) source = resolveSource({ first: s.first, last: colon - 1 }, parsed, index, ctx);
  if (!source) return;
  // The speaker goes on over the following paragraphs until the next label; a headline's, over its line.
  let paraEnd = s;
  for (const x of sentences.slice(s.i + 1)) {
    if (x.para !== paraEnd.para && (headline || labelOf(parsed, x))) break;
    paraEnd = x;
  }
  used.add(colon);
  addLabelled(parsed, { source, first: s.first, last: colon - 1, colon, s, paraEnd }, ctx, add);
}

/**
 * A label's speaker (named by tokens first..last, before the colon) says what follows the colon, to the end
 * of sentence `paraEnd`; the speaker is the one the next sentences go on with.
 */
function addLabelled(
  parsed: Parsed,
  label: {
    readonly source: Source;
    readonly first: number;
    readonly last: number;
    readonly colon: number;
    readonly s: Sentence;
    readonly paraEnd: Sentence;
  },
  ctx: SourceContext,
  add: Add,
): void {
  const { tokens } = parsed;
  const { source, colon } = label;
  const from = tokens[label.first] as Token;
  add({
    source: { ...source, mention: mentionSpan(parsed.text, from.start, tokens[label.last]?.end ?? from.end) },
    cue: ':',
    cueStart: tokens[colon]?.start ?? from.start,
    cueEnd: tokens[colon]?.end ?? from.end,
    mode: 'direct_quote',
    force: 'say',
    contentStart: tokens[colon + 1]?.start ?? label.s.end,
    contentEnd: label.paraEnd.end,
    viaPublication: false,
    documentLevel: false,
  });
  ctx.speaker = source;
  if (source.kind === 'person') ctx.lastPerson = source;
}

/** "Quote from Lukashenko: ...", "According to the ministry: ...": the label's speaker says its paragraph. */
function introducedLabel(
  parsed: Parsed,
  s: Sentence,
  index: MentionIndex,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): void {
  const { sentences } = parsed;
  const label = introducedSpeaker(parsed, s);
  const source = label && resolveSource(label.speaker, parsed, index, ctx);
  if (!label || !source) return;
  let paraEnd = s;
  for (const x of sentences.slice(s.i + 1)) {
    if (x.para !== s.para) break;
    paraEnd = x;
  }
  used.add(label.colon);
  const { first, last } = label.speaker;
  addLabelled(parsed, { source, first, last, colon: label.colon, s, paraEnd }, ctx, add);
}

const FOLLOWING =
  /\bthe following\s+(?:[a-z]+\s+){0,2}(?:answer|statement|comment|comments|remarks|reply|message)\b/i;

/**
 * "A spokesperson for the Foreign Ministry gave the following answer to a question ...:": what follows, to
 * the end of the document, is the speaker's.
 */
function followingStatement(
  parsed: Parsed,
  s: Sentence,
  index: MentionIndex,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): void {
  const { tokens, text, sentences } = parsed;
  if (tokens[s.last]?.text !== ':' || !FOLLOWING.test(text.slice(s.start, s.end))) return;
  const verb = tokens.slice(s.first, s.last).find((w) => w.pos === 'VERB' && !used.has(w.i));
  const np = verb ? subjectBefore(tokens, verb.i, s.first) : null;
  const source = np ? resolveSource(np, parsed, index, ctx) : null;
  const last = sentences[sentences.length - 1];
  if (!verb || !source || !last || last.i === s.i) return;
  used.add(verb.i);
  add({
    source,
    cue: verb.text,
    cueStart: verb.start,
    cueEnd: verb.end,
    mode: 'indirect',
    force: 'say',
    contentStart: sentences[s.i + 1]?.start ?? s.end,
    contentEnd: last.end,
    viaPublication: false,
    documentLevel: false,
  });
  ctx.speaker = source;
}

/** "This statement was made on Thursday ... by John Kirby": the previous paragraph is Kirby's. */
function backReference(
  parsed: Parsed,
  s: Sentence,
  index: MentionIndex,
  ctx: SourceContext,
  add: Add,
  used: Set<number>,
): void {
  const { tokens, sentences } = parsed;
  const a = tokens[s.first];
  const b = tokens[s.first + 1];
  if (
    !a ||
    !b ||
    !/^(this|these|the)$/.test(a.lower) ||
    !/^(statement|statements|remarks|comments|assessment|words)$/.test(b.lower)
  )
    return;
  let by = -1;
  for (let j = s.first + 2; j <= s.last; j++) if (tokens[j]?.lower === 'by') by = j;
  if (by < 0) return;
  // Only "was made / issued / delivered ... by": "The statement said attacks were carried out with
  // missiles provided by Pyongyang" reports words of its own.
  const group = tokens.slice(s.first + 2, by);
  if (
    !group.some((w) => /^(make|issue|deliver|give|release|publish|voice|express|read)$/.test(w.lemma)) ||
    group.some((w) => w.pos === 'VERB' && cueForce(w.lower, w.lemma) !== undefined)
  )
    return;
  let person: Range | null = null;
  for (let j = by + 1; j <= s.last; j++) {
    const m = mentionAt(index, j);
    if (m?.kind === 'person') {
      person = { first: m.first, last: m.last };
      break;
    }
  }
  const np = person ?? npStartingAt(tokens, by + 1, s.last);
  const source = np && resolveSource(np, parsed, index, ctx);
  if (!source) return;
  const prev = sentences.filter((x) => x.para === s.para - 1);
  const p0 = prev[0];
  const p1 = prev[prev.length - 1];
  if (!p0 || !p1) return;
  used.add(by);
  // "statement was made ... by": the noun, its verb group and "by", without the words between.
  const verbs = tokens.slice(s.first + 2, by).filter((w) => w.pos === 'AUX' || w.pos === 'VERB');
  add({
    source,
    cue: [b.text, ...verbs.map((w) => w.text), 'by'].join(' '),
    cueStart: b.start,
    cueEnd: tokens[by]?.end ?? b.end,
    mode: 'indirect',
    force: 'say',
    contentStart: p0.start,
    contentEnd: p1.end,
    viaPublication: false,
    documentLevel: false,
  });
  if (source.kind === 'person') ctx.lastPerson = source;
}

/** Gives each attribution the smallest other attribution whose content holds its cue. */
function nest(attrs: Attr[]): void {
  const doc = attrs.filter((a) => a.documentLevel);
  const docInner = doc[doc.length - 1];
  for (let i = 1; i < doc.length; i++) (doc[i] as Attr).parent = (doc[i - 1] as Attr).id;
  const outletAttrs = attrs.filter((a) => !a.documentLevel && a.source.kind === 'outlet');
  const latestOutlet = new LatestBefore(outletAttrs, (o) => o.cueStart);
  const spans = new SpanIndex(attrs);
  for (const a of attrs) {
    if (a.documentLevel) continue;
    let best: Attr | undefined;
    // Only attributions whose words hold the earlier of the cue and the speaker's mention can hold both.
    for (const b of spans.holding(Math.min(a.cueStart, a.source.mention?.start ?? a.cueStart))) {
      if (b === a || b.documentLevel || b.writer) continue;
      const holds = b.contentStart <= a.cueStart && a.cueEnd <= b.contentEnd;
      const holdsMention = a.source.mention
        ? b.contentStart <= a.source.mention.start && a.source.mention.end <= b.contentEnd
        : true;
      if (!holds || !holdsMention) continue;
      if (!best || b.contentEnd - b.contentStart < best.contentEnd - best.contentStart) best = b;
    }
    if (a.viaPublication) {
      const pub = latestOutlet.get(a.cueStart);
      if (pub) best = pub;
    }
    a.parent = best?.id ?? docInner?.id ?? null;
  }
  // A cycle would lose the chain's top: break any by falling back to the document level.
  const byId = new Map(attrs.map((a) => [a.id, a]));
  for (const a of attrs) {
    const seen = new Set<string>();
    let cur: Attr | undefined = a;
    while (cur?.parent) {
      if (seen.has(cur.id)) {
        a.parent = docInner?.id ?? null;
        break;
      }
      seen.add(cur.id);
      const pid: string = cur.parent;
      cur = byId.get(pid);
    }
  }
}
