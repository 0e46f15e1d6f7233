/**
 * Clause bounds for claim finding: where the words of an event begin and end in its sentence, by
 * punctuation, conjunctions and inserted attributions.
 */
import type { ClaimTime } from '../../domain/extraction.js';
import { cueForce } from '../lexicon.js';
import { clauseAt, embeds, governing, type SentenceSyntax } from '../syntax/index.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { timeIn } from '../time.js';

/** Words that end a clause's reach. */
export const BOUNDARY = new Set([
  ';',
  ':',
  'but',
  'while',
  'whereas',
  'although',
  'which',
  'who',
  '"',
  '“',
  '”',
  'because',
]);

/** The clause of the event at `k`: out to the nearest boundary on either side. */
export function clauseOf(parsed: Parsed, s: Sentence, k: number): { first: number; last: number } {
  const { tokens } = parsed;
  const stops = (j: number): boolean =>
    (BOUNDARY.has(tokens[j]?.lower ?? '') && !scareQuote(tokens, j) && !quoteInVerbGroup(tokens, j)) ||
    newClauseAt(tokens, j, s.last);
  let a = k;
  while (a > s.first && !stops(a - 1)) a--;
  let b = k;
  // ", according to U.S. officials": the attribution ends the event's words, but what comes before is still theirs.
  const attributedFrom = (j: number): boolean =>
    tokens[j]?.lower === 'according' && tokens[j + 1]?.lower === 'to';
  while (b < s.last && !stops(b + 1) && !attributedFrom(b + 1)) b++;
  return { first: a, last: b };
}

const QUOTE_MARKS = /^["“”]$/;

/** 'Russia would "strike at', 'would be "forced to use': a quote opened inside the verb group goes on with its clause. */
export function quoteInVerbGroup(tokens: readonly Token[], j: number): boolean {
  return (
    /^["“]$/.test(tokens[j]?.text ?? '') &&
    /^(would|will|be|been|is|are|was|were)$/.test(tokens[j - 1]?.lower ?? '')
  );
}

/** A quotation mark around a few words without a verb ("arms dealings"): scare quotes, not speech. */
export function scareQuote(tokens: readonly Token[], j: number): boolean {
  if (!QUOTE_MARKS.test(tokens[j]?.text ?? '')) return false;
  for (const dir of [1, -1]) {
    for (let n = 1; n <= 5; n++) {
      const w = tokens[j + dir * n];
      if (!w || w.pos === 'VERB' || w.pos === 'AUX' || /^[.!?;:]$/.test(w.text)) break;
      if (QUOTE_MARKS.test(w.text)) return n > 1;
    }
  }
  return false;
}

/** ", and the ministry said": a comma and a conjunction that open a clause with its own subject and verb. */
export function newClauseAt(tokens: readonly Token[], j: number, last: number): boolean {
  // "The system arrived as Russian missiles struck ...": "as" opening a clause with its own verb.
  const opener =
    tokens[j]?.text === ',' && /^(and|but|as|while)$/.test(tokens[j + 1]?.lower ?? '')
      ? j + 1
      : tokens[j]?.lower === 'as' && tokens[j - 1]?.pos === 'VERB'
        ? j
        : -1;
  if (opener < 0) return false;
  // ", and that attacks on shipping would continue": a second reported clause.
  const that = tokens[opener + 1]?.lower === 'that' && opener !== j ? 1 : 0;
  const first = tokens[opener + 1 + that];
  if (!first || !/^(DET|PROPN|PRON|NOUN)$/.test(first.pos)) return false;
  const reach = opener === j ? 8 : 5;
  for (let n = opener + 2 + that; n <= Math.min(last, opener + reach + that); n++)
    if (/^(VERB|AUX)$/.test(tokens[n]?.pos ?? '')) return true;
  return false;
}

/**
 * Whether a condition governs the event at `k`: no ", and", ", but", ";" or "while" opens another clause
 * between them ("Kirby said talks were advancing, and officials warned that the DPRK will pay a price if ...").
 * A condition that opens the sentence governs all of it.
 */
export function sameClauseAs(
  tokens: readonly Token[],
  k: number,
  c: { first: number; last: number },
): boolean {
  const [a, b] = k < c.first ? [k, c.first] : [c.last, k];
  for (let j = a + 1; j < b; j++) {
    const w = tokens[j]?.lower ?? '';
    if (w === ';' || w === 'while' || w === 'whereas') return false;
    if (w === ',' && /^(and|but)$/.test(tokens[j + 1]?.lower ?? '')) return false;
  }
  return true;
}

/**
 * Where a parenthetical attribution that ends with the comma at `j` begins (", Blinken said,", ", according
 * to the ministry,"): the comma that opens it, else `j` itself.
 */
export function parentheticalStart(tokens: readonly Token[], j: number, floor: number): number {
  let c = j - 1;
  while (c > floor && tokens[c]?.text !== ',' && j - c < 10) c--;
  if (tokens[c]?.text !== ',') return j;
  const inside = tokens.slice(c + 1, j);
  const attributes =
    (inside[0]?.lower === 'according' && inside[1]?.lower === 'to') ||
    inside.some((w) => w.pos === 'VERB' && cueForce(w.lower, w.lemma) !== undefined);
  return attributes ? c : j;
}

/** Whether only a verb group ("has been", "is preparing to", "would not") stands between two tokens. */
export function verbGroupBetween(tokens: readonly Token[], j: number, k: number): boolean {
  for (let n = j + 1; n < k; n++) {
    const w = tokens[n] as Token;
    if (!/^(AUX|VERB|ADV|PART)$/.test(w.pos) && w.lower !== 'to') return false;
  }
  return true;
}

/**
 * The time of the event told at `k`: the first date of its own clause or of what that embeds, else of a
 * clause above it ("On Monday, officials said ..."); never one inside a relative clause or aside that is
 * not the event's own ("The junta, which expelled French troops in 2022, has received drones").
 */
export function ownTime(
  parsed: Parsed,
  s: Sentence,
  published: string | null,
  syntax: SentenceSyntax,
  k: number,
): ClaimTime | null {
  const event = clauseAt(syntax, k);
  if (event === null) return timeIn(parsed, s, published);
  const own = timeIn(parsed, s, published, (t) => {
    const c = clauseAt(syntax, t);
    return c === null || embeds(syntax, event, c);
  });
  if (own) return own;
  const above = governing(syntax, event);
  if (above.length === 0) return null;
  return timeIn(parsed, s, published, (t) => above.includes(clauseAt(syntax, t) ?? -1));
}
