import type { ClaimStatus } from '../domain/extraction.js';
import type { Parsed, Sentence, Token } from './text.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither']);
const HEDGES = new Set([
  'may',
  'might',
  'could',
  'can',
  'likely',
  'possibly',
  'probably',
  'reportedly',
  'allegedly',
  'apparently',
  'perhaps',
  'potentially',
  'presumably',
  'purportedly',
  'suspected',
  'considering',
  'mulling',
  'weighing',
]);
const HEDGE_PHRASES =
  /\b(leaning towards?|inclined to|believed to|thought to|said to|expected to be|appears? to|seems? to|suspected of|is likely|are likely|could be|may have|might have)\b/i;
const FUTURE = new Set([
  'will',
  'shall',
  "'ll",
  'would',
  'going',
  'plans',
  'plan',
  'planned',
  'planning',
  'intends',
  'intend',
  'preparing',
  'prepares',
  'prepare',
  'ready',
  'agreed',
  'set',
  'expected',
  'promised',
  'pledged',
  'vowed',
  'poised',
  'aims',
  'seeks',
  'considering',
  'expect',
  'expects',
  'expecting',
  'decided',
  'decides',
]);
const UNCONFIRMED =
  /\b(no confirmation|declined to confirm|declines to confirm|refused to confirm|did not confirm|would not confirm|has not confirmed|have not confirmed|not in a position to confirm|not seen any confirmation|seen no confirmation|not confirmed|cannot confirm|can't confirm|could not confirm|couldn't confirm|unable to confirm|not able to confirm|not aware|no evidence|not seen evidence|not seen any evidence|has not been confirmed|have not been confirmed|no information|no proof|(?:do|does|did)(?: not|n't) have (?:any )?(?:information|evidence|indications?|confirmation)|no indications?|(?:nor|not|without) any (?:indications?|evidence|signs?|information)|not seen (?:any )?indications?|(?:have|has|had)n't seen (?:any )?(?:indications?|evidence|signs?)|not (?:yet )?seen (?:any )?(?:evidence|indications?|signs?|confirmation)|no signs?|not verified|(?:could not|unable to|cannot|can't|couldn't) (?:independently )?verify|(?:could not|cannot|can't|couldn't) be (?:independently )?(?:verified|confirmed)|(?:unclear|not clear|not known|uncertain) (?:whether|if)|(?:did not|didn't|would not|wouldn't|could not|couldn't|declined to|refused to) (?:say|specify|disclose) (?:whether|if|when|how many))\b/i;
const DENIAL_WORDS =
  /\b(groundless|baseless|unfounded|unsubstantiated|false|fakes?|lies|lie|fabricated|fabrications?|untrue|nonsense|absurd|ridiculous|hoax|disinformation|misinformation|propaganda|speculation|slander|rumou?rs?|not (?:always )?true|(?:completely|totally|entirely|simply) (?:wrong|incorrect|inaccurate)|(?:do|does|did) not (?:always )?correspond to reality)\b/i;
const REFUSAL =
  /\b(declined|declines|decline|refused|refuses|refuse|resisted|resists|resist|no plans?|not plan|ruled out|rules out|rule out|rejected calls|rejects calls|will not|won't|would not|wouldn't)\b(?!\s+hesitate)/i;
/** "declined to say how many were sent": a refusal to tell, not to act. */
const REFUSED_TO_TELL =
  /\b(?:declin|refus)(?:ed|es|e|ing) to (?:say|comment|confirm|disclose|specify|elaborate|discuss|detail|reveal|describe|name|give details)\b/i;
/** Whether words dismiss what they speak of ("groundless", "another hoax", "not true"). */
export function dismisses(text: string): boolean {
  return DENIAL_WORDS.test(text);
}

/** Whether words decline to confirm ("could not confirm", "no evidence", "not aware"). */
export function declinesToConfirm(text: string): boolean {
  return UNCONFIRMED.test(text);
}

/** Verbs that, with a noun of the event as subject, say the event takes place. */
const HAPPENS =
  /^(include|contain|comprise|arrive|begin|start|follow|take|come|reach|expect|go|be|happen|occur|proceed)$/;
const NEVER_HAPPENED =
  /^[^.;]{0,80}?\b(?:which|that)\s+(?:has|have|had|did|does|do)?\s*(?:never|not)\s+(?:happened|happen|taken place|take place|existed|exist|occurred|occur)\b/i;
/** "no weapons were sent", "no such drones have been delivered": a passive event with no subject. */
const NO_SUBJECT =
  /(?:^|[^\w'’])no\s+(?:(?!(?:that|which|whether|if|but|and|doubt|question|evidence|proof|signs?|indications?|reason|chance|way|secret|surprise|longer|one)\b)[\w-]+\s+){1,3}(?:were|was|is|are|(?:have|has|had|will) been|will be)\s+$/i;
const CONSEQUENCE_OPENERS = /^(for our part|in that case|in response|then|otherwise|in this case)\b/i;

/** The status of an event whose trigger is token `k`, judged from the words that govern it. */
export function statusOf(
  parsed: Parsed,
  s: Sentence,
  k: number,
  clauseStart: number,
  conditional: boolean,
): ClaimStatus {
  const { tokens, text } = parsed;
  const trig = tokens[k] as Token;
  // The verb group: from the clause start (or 5 words back) up to the trigger.
  const from = Math.max(clauseStart, k - 5);
  const group = [...coordinatedModal(tokens, k, clauseStart), ...tokens.slice(from, k)];
  const sentenceBefore = text.slice(s.start, trig.start);
  // "has supplied none since", "sent no drones", "no weapons were sent".
  if (tokens[k + 1]?.lower === 'none' || (trig.pos !== 'NOUN' && tokens[k + 1]?.lower === 'no'))
    return 'denied';
  if (
    trig.pos !== 'NOUN' &&
    NO_SUBJECT.test(text.slice(tokens[Math.max(clauseStart, k - 7)]?.start ?? s.start, trig.start))
  )
    return 'denied';
  // "no deliveries", "there is no arms deal", "no such shipments".
  if (
    trig.pos === 'NOUN' &&
    (/^(no|zero)$/.test(tokens[k - 1]?.lower ?? '') ||
      (/^(no|zero)$/.test(tokens[k - 2]?.lower ?? '') && /^(NOUN|ADJ)$/.test(tokens[k - 1]?.pos ?? '')))
  )
    return 'denied';
  // "the arms transaction ..., which has never happened": the noun's own relative clause denies it.
  if (trig.pos === 'NOUN' && NEVER_HAPPENED.test(text.slice(trig.end, s.end))) return 'denied';
  // "would not hesitate to use": a negated reluctance is no negation of the act.
  const negator = group.find(
    (t, i) => NEGATORS.has(t.lower) && t.lower !== 'no' && !/^hesitat/.test(group[i + 1]?.lower ?? ''),
  );
  if (negator) {
    // "have not seen any confirmation that ... were moved" is not a denial of the moving; "was not aware of
    // the report and repeated that Beijing had not provided" is.
    const around = text.slice(tokens[Math.max(s.first, negator.i - 4)]?.start ?? s.start, trig.start);
    if (!UNCONFIRMED.test(around)) return 'denied';
  }
  if (UNCONFIRMED.test(lastClause(sentenceBefore))) return 'unconfirmed';
  const refusal = text.slice(tokens[Math.max(clauseStart, k - 8)]?.start ?? trig.start, trig.start);
  if (REFUSED_TO_TELL.test(refusal)) return 'unconfirmed';
  if (REFUSAL.test(refusal)) return 'denied';
  if (conditional) return 'conditional';
  // "any transfer of ballistic missiles would be ...": a hypothetical event.
  if (trig.pos === 'NOUN' && tokens[k - 1]?.lower === 'any' && /\bwould\b/.test(text.slice(trig.end, s.end)))
    return 'conditional';
  // "called reports that Iran sent drones groundless": judging words in the event's own clause.
  const judgedSpan = text.slice(tokens[clauseStart]?.start ?? s.start, s.end);
  if (
    DENIAL_WORDS.test(judgedSpan) &&
    /\b(reports?|claims?|allegations?|accusations?)\b/i.test(text.slice(s.start, s.end))
  )
    return 'denied';
  if (
    // "pledged in May that": the month is no hedge.
    group.some((t) => HEDGES.has(t.lower) && !(t.text === 'May' && t.i !== s.first)) ||
    HEDGE_PHRASES.test(text.slice(tokens[from]?.start ?? trig.start, trig.start))
  )
    return 'possible';
  // "The shipment is expected to include ...", "the deliveries will begin": a noun's own predicate.
  // Only a predicate that says the event happens ("include", "arrive", "begin"), not one that tells
  // what it would bring about ("the shipment would allow Moscow to ...").
  let predicate: Token[] = [];
  if (trig.pos === 'NOUN') {
    for (let j = k + 1; j <= Math.min(s.last, k + 4); j++) {
      const w = tokens[j] as Token;
      if (!/^(AUX|VERB|ADV|PART)$/.test(w.pos)) break;
      predicate.push(w);
    }
    const main = predicate.filter((w) => w.pos === 'VERB').at(-1);
    if (main && !HAPPENS.test(main.lemma)) predicate = [];
  }
  if (predicate.some((t) => HEDGES.has(t.lower))) return 'possible';
  if (
    group.some((t) => FUTURE.has(t.lower)) ||
    predicate.some((t) => FUTURE.has(t.lower)) ||
    /^(pledge|promise|offer)$/.test(trig.lemma) ||
    /\b(?:about to|(?:is|are) to)\b/i.test(text.slice(tokens[from]?.start ?? trig.start, trig.start))
  )
    return 'planned';
  return 'asserted';
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

function lastClause(before: string): string {
  const parts = before.split(/[;]|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bhowever\b/i);
  return parts[parts.length - 1] ?? before;
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
      (((k === s.first || /^[,"”]$/.test(tokens[k - 1]?.text ?? '') || tokens[k - 1]?.lower === 'that') &&
        (tokens[k + 1]?.pos === 'PROPN' || /^(it|they|he|she|we)$/.test(tokens[k + 1]?.lower ?? ''))) ||
        /^(such|any|the|this|these|those)$/.test(tokens[k + 1]?.lower ?? ''));
    if (t.lower !== 'if' && t.lower !== 'unless' && !inverted) continue;
    let e = k + 1;
    const atStart =
      k === s.first ||
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
