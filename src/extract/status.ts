import type { ClaimStatus } from '../domain/extraction.js';
import { englishPack, type StatusCueClass } from '../knowledge/en/index.js';
import { splitQuoteGroup } from './attributions/split-quotes.js';
import {
  anyMatch,
  compilePattern,
  compilePatternSet,
  matchAt,
  matchesAt,
  type PatternSet,
} from './pattern.js';
import type { Parsed, Sentence, Token } from './text.js';

const CUES = englishPack().statusCues;
const words = (c: StatusCueClass): ReadonlySet<string> => new Set(c.words ?? []);
const patterns = (c: StatusCueClass): PatternSet => compilePatternSet(c.patterns ?? []);
const NEGATORS = words(CUES.negators);
const NEGATOR_PATTERNS = patterns(CUES.negators);
const NEGATOR_UNLESS: ReadonlySet<string> = new Set(CUES.negators.unless ?? []);
const HEDGES = words(CUES.hedges);
const HEDGE_PATTERNS = patterns(CUES.hedges);
const FUTURE = words(CUES.future);
const FUTURE_PATTERNS = patterns(CUES.future);
const UNCONFIRMED = patterns(CUES.unconfirmed);
const DISMISSIVE = patterns(CUES.dismissive);
const REFUSAL = (CUES.refusal.patterns ?? []).map(compilePattern);
const REFUSAL_UNLESS: ReadonlySet<string> = new Set(CUES.refusal.unless ?? []);
const NOT_RULED_OUT = patterns(CUES.notRuledOut);
const REFUSED_TO_TELL = patterns(CUES.refusedToTell);
const HALTED = patterns(CUES.halted);
const HALTED_AFTER = patterns(CUES.haltedAfter);
const LIFTED = patterns(CUES.lifted);
const HEDGE_OPENERS = words(CUES.hedgeOpeners);
const GENERIC = patterns(CUES.generic);
const SCOPE_OPENERS = words(CUES.scopeOpeners);
const WH_COMPLEMENTS = words(CUES.whComplements);
const FURNITURE = patterns(CUES.furniture);
const CLAUSE_BREAKS = new Set([';', 'but', 'while', 'whereas', 'although', 'however']);

/** The tokens [first, end) that lie within characters [start, end) of the text. */
export function tokenRange(parsed: Parsed, start: number, end: number): readonly [number, number] {
  const { tokens } = parsed;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < start) lo = mid + 1;
    else hi = mid;
  }
  let stop = lo;
  while (stop < tokens.length && (tokens[stop] as Token).end <= end) stop++;
  return [lo, stop];
}

function found(set: PatternSet, parsed: Parsed, first: number, end: number): boolean {
  return anyMatch(set, parsed.tokens, first, end);
}

/** Whether the words in characters [start, end) dismiss what they speak of ("groundless", "utterly wrong"). */
export function dismisses(parsed: Parsed, start: number, end: number): boolean {
  const [a, b] = tokenRange(parsed, start, end);
  return found(DISMISSIVE, parsed, a, b);
}

/** Whether the words in characters [start, end) decline to confirm ("could not confirm", "no evidence"). */
export function declinesToConfirm(parsed: Parsed, start: number, end: number): boolean {
  const [a, b] = tokenRange(parsed, start, end);
  return found(UNCONFIRMED, parsed, a, b);
}

/**
 * Whether the cue word that starts at character `cueStart` is negated ("did not deny", "never
 * confirmed"): a negator among the three words before it, in its sentence.
 */
export function negatedCue(parsed: Parsed, cueStart: number): boolean {
  const [k] = tokenRange(parsed, cueStart, cueStart);
  const sent = parsed.tokens[k]?.sent;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = parsed.tokens[j] as Token;
    if (t.sent !== sent) break;
    if (NEGATORS.has(t.lower) && t.lower !== 'no') return true;
  }
  return false;
}

/**
 * Whether a sentence opens page furniture ("Read also: ...", "Related: ..."): a link to
 * another story, whose events are not the article's claims.
 */
export function opensFurniture(parsed: Parsed, s: Sentence): boolean {
  return matchesAt(FURNITURE, parsed.tokens, s.first, s.last + 1);
}

const HEADINGS = (CUES.furnitureHeadings.patterns ?? []).map(compilePattern);
/** The most tokens a headline in a list of links runs to. */
const HEADLINE_TOKENS = 30;

/** The token after the last one of the paragraph that sentence `s` opens. */
function paragraphEnd(parsed: Parsed, s: Sentence): number {
  let j = s.first;
  while (j < parsed.tokens.length && parsed.tokens[j]?.para === s.para) j++;
  return j;
}

/** Whether the paragraph that `s` opens is only a heading over links ("Related", "READ MORE:"). */
export function furnitureHeading(parsed: Parsed, s: Sentence): boolean {
  const end = paragraphEnd(parsed, s);
  return HEADINGS.some((p) => matchAt(p, parsed.tokens, s.first, end) === end);
}

/**
 * Whether the paragraph that `s` opens reads as a linked headline: short, and not closed by a full
 * stop, a question or exclamation mark or a closing quote as the article's sentences are.
 */
export function headlineLike(parsed: Parsed, s: Sentence): boolean {
  const end = paragraphEnd(parsed, s);
  const last = parsed.tokens[end - 1]?.text ?? '.';
  return end - s.first <= HEADLINE_TOKENS && !/^[.!?"”’]$/.test(last);
}

/** Whether a refusal stands in tokens [first, end): one not undone by the word after it ("not hesitate"). */
function refusalIn(parsed: Parsed, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    for (const p of REFUSAL) {
      const stop = matchAt(p, parsed.tokens, i, end);
      if (stop > i && !REFUSAL_UNLESS.has(parsed.tokens[stop]?.lower ?? '')) return true;
    }
  }
  return false;
}

/**
 * Whether the event at token `k` is halted, paused or blocked by a verb that governs it ("paused a
 * shipment of bombs", "has halted deliveries"): told, but not taking place.
 */
export function haltedAt(parsed: Parsed, k: number, clauseStart: number): boolean {
  const from = Math.max(clauseStart, k - 5);
  if (found(LIFTED, parsed, Math.max(clauseStart, k - 7), k)) return false;
  if (found(HALTED, parsed, from, k)) return true;
  // "Deliveries of shells to Ukraine were paused", "put deliveries on hold": a noun's halt comes after it.
  const trig = parsed.tokens[k];
  // wink tags a capitalised noun that opens a sentence as a proper noun ("Deliveries of ...").
  if (trig?.pos !== 'NOUN' && trig?.pos !== 'PROPN') return false;
  let end = k + 1;
  while (end < Math.min(parsed.tokens.length, k + 12)) {
    const t = parsed.tokens[end] as Token;
    if (t.sent !== trig.sent || CLAUSE_BREAKS.has(t.lower) || t.lower === ',' || t.lower === 'that') break;
    end++;
  }
  return found(HALTED_AFTER, parsed, k + 1, end);
}

/** Whether a halt stands undone before the event at `k` ("will no longer block the sale"): it is pending again. */
function liftedAt(parsed: Parsed, k: number, clauseStart: number): boolean {
  return found(LIFTED, parsed, Math.max(clauseStart, k - 7), k);
}

/** Verbs that, with a noun of the event as subject, say the event takes place. */
const OCCURS = words(CUES.occurs);
const PLANNED_MODIFIERS = words(CUES.plannedModifiers);
const NEVER_HAPPENED =
  /^[^.;]{0,80}?\b(?:which|that)\s+(?:has|have|had|did|does|do)?\s*(?:never|not)\s+(?:happened|happen|taken place|take place|existed|exist|occurred|occur)\b/i;
/** "no weapons were sent", "no such drones have been delivered": a passive event with no subject. */
const NO_SUBJECT =
  /(?:^|[^\w'’])no\s+(?:(?!(?:that|which|whether|if|but|and|doubt|question|evidence|proof|signs?|indications?|reason|chance|way|secret|surprise|longer|one)\b)[\w-]+\s+){1,3}(?:were|was|is|are|(?:have|has|had|will) been|will be)\s+$/i;
const CONSEQUENCE_OPENERS = /^(for our part|in that case|in response|then|otherwise|in this case)\b/i;

/** The words that may govern an event: its verb group, from the start of its scope, and what stands in it. */
interface Window {
  /** The first token of the verb group's window. */
  readonly from: number;
  /** "that" or "whether" that opens the event's clause inside the window, or -1. */
  readonly opener: number;
  /** The tokens of the window, after the modal or negation that coordinated verbs share. */
  readonly group: readonly Token[];
  /** The start of the event's scope: where no cue before it governs it. */
  readonly clauseStart: number;
  /** Whether the opener is a wh-word opening a verb's complement ("declined to say how many"): no cue before it reaches the event. */
  readonly presupposed: boolean;
}

/** Whether token `j` is a wh-word that opens the complement of the verb (or "on", "about") right before it. */
function whComplementAt(tokens: readonly Token[], j: number): boolean {
  if (!WH_COMPLEMENTS.has(tokens[j]?.lower ?? '')) return false;
  const before = tokens[j - 1];
  return before !== undefined && (before.pos === 'VERB' || before.lower === 'on' || before.lower === 'about');
}

/** The verb group before the event at `k`: from the clause start (or 5 words back) up to the trigger. */
function windowOf(tokens: readonly Token[], k: number, clauseFirst: number, scopeFirst: number): Window {
  // Cues govern from the start of the event's scope (see claims/scope.ts); coordinated verbs still share
  // a modal or negation read from the start of their clause ("would cancel the agreements and impose").
  const shared = coordinatedModal(tokens, k, clauseFirst);
  const clauseStart = Math.max(clauseFirst, scopeFirst);
  // A negation or modal before "that" governs the clause that says, not the one said ("did not deny that").
  let from = Math.max(clauseStart, k - 5);
  // "would not hesitate to impose further sanctions": the chain's modal may stand just past the window.
  for (let n = 0; n < 2 && from > clauseStart && chainWord(tokens[from - 1] as Token); n++) from--;
  let opener = -1;
  let presupposed = false;
  // "how many missiles Britain had sent": a wh-word may stand further back than the five words.
  const reach = Math.max(clauseStart, k - 8);
  for (let j = k - 1; j > Math.min(from, reach - 1); j--) {
    const wh = whComplementAt(tokens, j);
    if ((j > from && SCOPE_OPENERS.has(tokens[j]?.lower ?? '')) || wh) {
      from = j + 1;
      opener = j;
      presupposed = wh;
      break;
    }
  }
  // `"We did not," she said, "send a single drone."`: the first half's verb group governs the second's verb.
  const split = splitQuoteGroup(tokens, k);
  return { from, opener, group: [...shared, ...split, ...tokens.slice(from, k)], clauseStart, presupposed };
}

/**
 * Whether the event at `k` is told with no one doing it or nothing of it done: "has supplied none
 * since", "sent no drones", "no weapons were sent", "no deliveries", "the deal, which never happened".
 */
function noneDone(parsed: Parsed, s: Sentence, k: number, clauseStart: number): boolean {
  const { tokens, text } = parsed;
  const trig = tokens[k] as Token;
  if (tokens[k + 1]?.lower === 'none' || (trig.pos !== 'NOUN' && tokens[k + 1]?.lower === 'no')) return true;
  if (
    trig.pos !== 'NOUN' &&
    NO_SUBJECT.test(text.slice(tokens[Math.max(clauseStart, k - 7)]?.start ?? s.start, trig.start))
  )
    return true;
  // "no deliveries", "there is no arms deal", "no such shipments".
  if (
    trig.pos === 'NOUN' &&
    (/^(no|zero)$/.test(tokens[k - 1]?.lower ?? '') ||
      (/^(no|zero)$/.test(tokens[k - 2]?.lower ?? '') && /^(NOUN|ADJ)$/.test(tokens[k - 1]?.pos ?? '')))
  )
    return true;
  // "the arms transaction ..., which has never happened": the noun's own relative clause denies it.
  return trig.pos === 'NOUN' && NEVER_HAPPENED.test(text.slice(trig.end, s.end));
}

/**
 * The status that the cues of the event's window give it (negation, non-confirmation, refusal, halt,
 * condition, dismissal, hedge), or null when none of them governs it.
 */
function cueStatus(
  parsed: Parsed,
  s: Sentence,
  k: number,
  w: Window,
  conditional: boolean,
  scope: { readonly clauseFirst: number; readonly scopeFirst: number },
): ClaimStatus | null {
  const { tokens, text } = parsed;
  const { from, group, clauseStart } = w;
  const trig = tokens[k] as Token;
  // "would not hesitate to use": a negated reluctance is no negation of the act.
  // "not only sold", "did not deny sending": a negation of the word after it, not of the event.
  const negator =
    group.find(
      (t, i) => NEGATORS.has(t.lower) && t.lower !== 'no' && !NEGATOR_UNLESS.has(group[i + 1]?.lower ?? ''),
    ) ?? negativePhrase(parsed, Math.max(clauseStart, from - 2), k);
  // "refused to rule out", "did not rule out sending": a negated refusal leaves the act possible.
  // "declined to say how many were sent": a refusal to tell stops at the wh-word, which presupposes the event.
  const window = w.presupposed ? from : Math.max(clauseStart, k - 8);
  if (found(NOT_RULED_OUT, parsed, window, k)) return 'possible';
  // "have not seen any confirmation that ... were moved" is not a denial of the moving; "was not aware of
  // the report and repeated that Beijing had not provided" is.
  // "will not sell arms unless the sanctions are lifted": a refusal held to a condition is the act's condition.
  if (negator && conditional && group.some((t) => FUTURE.has(t.lower))) return 'conditional';
  if (
    negator &&
    !found(UNCONFIRMED, parsed, Math.max(s.first, negator.i - 4), k) &&
    !tellsOf(tokens, negator, k)
  )
    return 'denied';
  // A non-confirmation reaches from its own clause, but not across a scope the syntax closes.
  const narrowed = w.presupposed ? from : scope.scopeFirst > scope.clauseFirst ? scope.scopeFirst : s.first;
  if (found(UNCONFIRMED, parsed, Math.max(narrowed, lastClauseStart(parsed, s, k)), k)) return 'unconfirmed';
  if (found(REFUSED_TO_TELL, parsed, window, k)) return 'unconfirmed';
  if (refusalIn(parsed, window, k)) return 'denied';
  // "paused a shipment of bombs": told, but not taking place; "will no longer block the sale": pending again.
  if (haltedAt(parsed, k, clauseStart)) return 'denied';
  if (liftedAt(parsed, k, clauseStart)) return 'planned';
  if (conditional) return 'conditional';
  // "will sell F-16s to Turkey subject to congressional approval".
  if (found(CONDITION_AFTER, parsed, k + 1, predicateEnd(tokens, s, k))) return 'conditional';
  // "anyone who sends weapons to Russia": no one in particular sends them.
  if (trig.pos !== 'NOUN' && found(GENERIC, parsed, Math.max(s.first, k - 3), k)) return 'conditional';
  // "any transfer of ballistic missiles would be ...": a hypothetical event.
  if (trig.pos === 'NOUN' && tokens[k - 1]?.lower === 'any' && /\bwould\b/.test(text.slice(trig.end, s.end)))
    return 'conditional';
  // "called reports that Iran sent drones groundless": judging words in the event's own clause.
  if (
    found(DISMISSIVE, parsed, clauseStart, s.last + 1) &&
    /\b(reports?|claims?|allegations?|accusations?)\b/i.test(text.slice(s.start, s.end))
  )
    return 'denied';
  const judged = actPredicateStatus(parsed, s, k);
  if (judged !== null) return judged;
  // "rebuffed claims that Iran sent missiles": a report rejected, unless the rejection is negated.
  if (reportedThat(tokens, s, k) && rejectedReport(parsed, clauseStart, k)) return 'denied';
  // "The claim that the UAE shipped weapons could not be verified": what the report's own predicate says.
  if (reportedThat(tokens, s, k) && found(UNCONFIRMED, parsed, k + 1, predicateEnd(tokens, s, k)))
    return 'unconfirmed';
  if (
    // "pledged in May that": the month is no hedge.
    group.some((t) => HEDGES.has(t.lower) && !(t.text === 'May' && t.i !== s.first)) ||
    found(HEDGE_PATTERNS, parsed, from, k)
  )
    return 'possible';
  return null;
}

/**
 * The predicate of a noun event that says it happens ("The shipment is expected to include ...", "the
 * deliveries will begin"), not one that tells what it would bring about ("the shipment would allow
 * Moscow to ..."); empty for a verb event or a noun without such a predicate.
 */
function nounPredicate(parsed: Parsed, s: Sentence, k: number): Token[] {
  const { tokens } = parsed;
  if (tokens[k]?.pos !== 'NOUN' && tokens[k]?.pos !== 'PROPN') return [];
  // "Sanctions on Belarus will be imposed": the predicate may follow the noun's own phrase.
  let at = k + 1;
  while (at <= Math.min(s.last, k + 6) && !/^(AUX|VERB|PUNCT|SCONJ|CCONJ|PRON)$/.test(tokens[at]?.pos ?? ''))
    at++;
  if (!/^(AUX|VERB)$/.test(tokens[at]?.pos ?? '')) at = k + 1;
  const skipped = at > k + 1;
  const predicate: Token[] = [];
  for (let j = at; j <= Math.min(s.last, at + 3); j++) {
    const w = tokens[j] as Token;
    if (!/^(AUX|VERB|ADV|PART)$/.test(w.pos)) break;
    predicate.push(w);
  }
  const main = predicate.filter((w) => w.pos === 'VERB').at(-1);
  // "The transfer ... is slated for next year": a predicate that schedules it, as well as one that says it happens.
  const telling = main !== undefined && (OCCURS.has(main.lemma) || PLANNED_MODIFIERS.has(main.lower));
  return (main && !telling) || (skipped && !main) ? [] : predicate;
}

/**
 * The status of an event whose trigger is token `k`, judged from the words that govern it: those from
 * `scopeFirst` (the start of its scope in the syntax layer's clauses) up to it, and the words after a noun.
 */
export function statusOf(
  parsed: Parsed,
  s: Sentence,
  k: number,
  clauseFirst: number,
  conditional: boolean,
  scopeFirst: number = clauseFirst,
): ClaimStatus {
  const { tokens } = parsed;
  const w = windowOf(tokens, k, clauseFirst, scopeFirst);
  const trig = tokens[k] as Token;
  // "It is possible that Iran will send": a hedge before the opener governs the clause it opens.
  if (w.opener > 0 && HEDGE_OPENERS.has(tokens[w.opener - 1]?.lower ?? '')) return 'possible';
  // "will sell no arms unless the sanctions are lifted": a refusal held to a condition is the act's condition.
  if (noneDone(parsed, s, k, w.clauseStart))
    return conditional && w.group.some((t) => FUTURE.has(t.lower)) ? 'conditional' : 'denied';
  const cued = cueStatus(parsed, s, k, w, conditional, { clauseFirst, scopeFirst });
  if (cued !== null) return cued;
  const predicate = nounPredicate(parsed, s, k);
  // "the delivery cannot take place", "the shipments did not arrive": the event's own predicate negated.
  // A copula's negation is not the event's ("the deal was never in question").
  const occurs = predicate.some((t) => t.pos === 'VERB' && t.lemma !== 'be');
  if (occurs && predicate.some((t) => NEGATORS.has(t.lower) && t.lower !== 'no')) return 'denied';
  if (predicate.some((t) => HEDGES.has(t.lower))) return 'possible';
  if (
    w.group.some((t) => FUTURE.has(t.lower)) ||
    predicate.some((t) => FUTURE.has(t.lower) || PLANNED_MODIFIERS.has(t.lower)) ||
    (trig.pos !== 'NOUN' && englishPack().triggerByWord.get(trig.lemma)?.planned === true) ||
    found(FUTURE_PATTERNS, parsed, w.from, k) ||
    plannedNoun(tokens, k) ||
    headlineInfinitive(tokens, s, k)
  )
    return 'planned';
  return 'asserted';
}

const REPORT_NOUNS = words(CUES.reportNouns);
const RULED_OUT_AFTER = patterns(CUES.ruledOutAfter);
const REJECTING = patterns(CUES.rejecting);
const CONDITION_AFTER = patterns(CUES.conditionAfter);

/** Whether a verb that rejects a report stands in tokens [first, k), not negated ("did not dispute"). */
function rejectedReport(parsed: Parsed, first: number, k: number): boolean {
  for (let j = first; j < k; j++) {
    if (!matchesAt(REJECTING, parsed.tokens, j, k)) continue;
    const before = parsed.tokens.slice(Math.max(first, j - 3), j);
    if (!before.some((t) => NEGATORS.has(t.lower))) return true;
  }
  return false;
}
const OPTION_AFTER = patterns(CUES.optionAfter);

/**
 * What a predicate after a noun or gerund of the event says of it ("sending tanks is out of the
 * question", "the sale remains an option"); null for a finite verb or no such predicate.
 */
function actPredicateStatus(parsed: Parsed, s: Sentence, k: number): ClaimStatus | null {
  const t = parsed.tokens[k] as Token;
  const gerund =
    t.pos === 'VERB' && t.lower.endsWith('ing') && !/^(AUX|PART)$/.test(parsed.tokens[k - 1]?.pos ?? '');
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !gerund) return null;
  const end = predicateEnd(parsed.tokens, s, k);
  if (found(RULED_OUT_AFTER, parsed, k + 1, end)) return 'denied';
  if (found(OPTION_AFTER, parsed, k + 1, end)) return 'possible';
  return null;
}

/**
 * Whether the event at `k` is a headline's infinitive ("Germany to send tanks to Ukraine"): "to" right
 * after its subject, with no other verb in its clause.
 */
function headlineInfinitive(tokens: readonly Token[], s: Sentence, k: number): boolean {
  if (tokens[k]?.pos !== 'VERB' || tokens[k - 1]?.lower !== 'to') return false;
  if (!/^(NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? '')) return false;
  for (let j = s.first; j < k - 1; j++) if (/^(VERB|AUX)$/.test(tokens[j]?.pos ?? '')) return false;
  // "negotiations to acquire missiles are advancing": a verb after it makes the phrase a subject.
  for (let j = k + 1; j <= s.last && !/^[,;:"“”]$/.test(tokens[j]?.text ?? ''); j++)
    if (/^(VERB|AUX)$/.test(tokens[j]?.pos ?? '')) return false;
  return true;
}

/** Whether the event at `k` stands in the that-clause of a report noun before it ("the claim that Iran sent"). */
function reportedThat(tokens: readonly Token[], s: Sentence, k: number): boolean {
  for (let j = k - 1; j > s.first; j--)
    if (tokens[j]?.lower === 'that' && REPORT_NOUNS.has(tokens[j - 1]?.lower ?? '')) return true;
  return false;
}

/** Where the clause that holds the event at `k` ends: before ";" or a clause joined by a comma (", which"). */
function predicateEnd(tokens: readonly Token[], s: Sentence, k: number): number {
  for (let j = k + 1; j <= s.last; j++) {
    const t = tokens[j] as Token;
    if (t.lower === ';' || (t.lower === ',' && CLAUSE_JOINS.has(tokens[j + 1]?.lower ?? ''))) return j;
  }
  return s.last + 1;
}
const CLAUSE_JOINS: ReadonlySet<string> = new Set([
  'which',
  'who',
  'while',
  'whereas',
  'but',
  'and',
  'although',
]);

/** Whether a noun of the event is told as still to come by a word before it ("the proposed sale of"). */
function plannedNoun(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'NOUN' && tokens[k]?.pos !== 'PROPN') return false;
  // "the proposed arms sale", "a planned F-16 delivery": up to two modifiers may stand between.
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = tokens[j] as Token;
    if (PLANNED_MODIFIERS.has(t.lower)) return true;
    if (!/^(NOUN|PROPN|ADJ|NUM)$/.test(t.pos) && t.text !== '-') return false;
  }
  return false;
}

/** Words of a verb chain that may stand before the status window ("would" in "would not hesitate to"). */
function chainWord(t: Token): boolean {
  return FUTURE.has(t.lower) || HEDGES.has(t.lower) || NEGATORS.has(t.lower);
}

const TELLING = words(CUES.telling);

/** Whether the negated verb after `negator` only tells of the noun event at `k` ("had not announced the shipment"). */
function tellsOf(tokens: readonly Token[], negator: Token, k: number): boolean {
  if (tokens[k]?.pos !== 'NOUN') return false;
  for (let j = negator.i + 1; j < k; j++) {
    const t = tokens[j] as Token;
    if (t.pos === 'VERB') return TELLING.has(t.lemma);
  }
  return false;
}

/** The first token of a negative phrase standing for "not" ("at no point did ...") in tokens [from, k). */
function negativePhrase(parsed: Parsed, from: number, k: number): Token | undefined {
  for (let j = from; j < k; j++)
    if (matchesAt(NEGATOR_PATTERNS, parsed.tokens, j, k)) return parsed.tokens[j];
  return undefined;
}

/**
 * "would cancel the agreements and impose sanctions": a verb joined to an earlier one by "and" or "or"
 * shares its modal. Returns that modal, if the earlier verb has one within its own clause.
 */
function coordinatedModal(tokens: readonly Token[], trigger: number, clauseStart: number): Token[] {
  // "and impose sanctions": a noun trigger's own verb stands right before it.
  const k = tokens[trigger]?.pos === 'VERB' ? trigger : trigger - 1;
  if (!/^(and|or)$/.test(tokens[k - 1]?.lower ?? '') || tokens[k]?.pos !== 'VERB') return [];
  for (let j = k - 2; j >= Math.max(clauseStart, k - 12); j--) {
    const w = tokens[j] as Token;
    if (/^(that|which|who|said|says|;)$/.test(w.lower)) return [];
    if (FUTURE.has(w.lower) || HEDGES.has(w.lower) || NEGATORS.has(w.lower)) {
      // Only a modal or negation right before a verb: "would cancel", "did not send".
      return tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX' ? [w] : [];
    }
  }
  return [];
}

// The last clause before the trigger: after the last ";", "but", "while", "whereas", "although", "however".
function lastClauseStart(parsed: Parsed, s: Sentence, k: number): number {
  for (let j = k - 1; j >= s.first; j--) {
    const w = parsed.tokens[j]?.lower ?? '';
    // ", yet Rome said": a clause joined by "yet", not "has yet to confirm".
    if (CLAUSE_BREAKS.has(w) || (w === 'yet' && parsed.tokens[j - 1]?.lower === ',')) return j + 1;
  }
  return s.first;
}

/** Token ranges of "if"/"unless" clauses in a sentence: antecedents of conditionals. */
export function conditionClauses(parsed: Parsed, s: Sentence): Array<{ first: number; last: number }> {
  const { tokens } = parsed;
  const out: Array<{ first: number; last: number }> = [];
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k] as Token;
    // "should Iran move ahead", "reserved the right to act should such weapons be used": a modal "should" is
    // followed by its verb, an inverted one by a subject.
    const inverted =
      t.lower === 'should' &&
      (((k === s.first ||
        /^[,"”]$/.test(tokens[k - 1]?.text ?? '') ||
        tokens[k - 1]?.lower === 'that' ||
        // "vowed retaliation should Germany deliver": a noun's own modal never follows it with a name.
        tokens[k - 1]?.pos === 'NOUN') &&
        (tokens[k + 1]?.pos === 'PROPN' || /^(it|they|he|she|we)$/.test(tokens[k + 1]?.lower ?? ''))) ||
        /^(such|any|the|this|these|those)$/.test(tokens[k + 1]?.lower ?? ''));
    // "In the event that Iran sends ...", "in case Iran sends ...": an antecedent opened by a phrase.
    const phrase =
      (t.lower === 'event' && tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'in') ||
      (t.lower === 'case' && tokens[k - 1]?.lower === 'in' && tokens[k + 1]?.pos !== 'ADP');
    if (t.lower !== 'if' && t.lower !== 'unless' && !inverted && !phrase) continue;
    let e = k + 1;
    const opener = phrase ? k - (t.lower === 'event' ? 2 : 1) : k;
    const atStart =
      opener === s.first ||
      /^[,"“]$/.test(tokens[opener - 1]?.text ?? '') ||
      /^[,"“]$/.test(tokens[k - 1]?.text ?? '') ||
      /^(and|but|so|that)$/i.test(tokens[k - 1]?.text ?? '');
    while (e <= s.last && !(atStart && tokens[e]?.text === ',') && !/^[.;!?"”]$/.test(tokens[e]?.text ?? ''))
      e++;
    out.push({ first: k, last: e - 1 });
    k = e;
  }
  return out;
}

/** Whether a sentence opens with words that carry a previous condition into it ("For our part, ..."). */
export function opensConsequence(parsed: Parsed, s: Sentence): boolean {
  const raw = parsed.text.slice(s.start, s.end).replace(/^["“«]\s*/, '');
  return CONSEQUENCE_OPENERS.test(raw);
}

/** Whether a sentence speaks of the future ("will", "is preparing"). */
export function isFuture(parsed: Parsed, s: Sentence): boolean {
  for (let k = s.first; k <= s.last; k++) if (FUTURE.has(parsed.tokens[k]?.lower ?? '')) return true;
  return false;
}
