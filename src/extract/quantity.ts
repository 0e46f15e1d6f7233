import type { Quantity } from '../domain/extraction.js';
import type { Parsed, Token } from './text.js';

const WORD_NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    hundred: 100,
    dozen: 12,
  }),
);
const VAGUE: ReadonlyMap<string, number> = new Map(
  Object.entries({
    dozens: 24,
    hundreds: 200,
    thousands: 2000,
    millions: 2_000_000,
    scores: 40,
  }),
);
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
const APPROX =
  /^(about|around|approximately|roughly|some|nearly|almost|an estimated|estimated|up to|over|more than|at least|some|close to)$/;
const SKIPPABLE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PUNCT', 'NUM']);

/** The quantity written just before a weapon phrase ("about 400 ... missiles", "hundreds of drones"). */
export function quantityBefore(parsed: Parsed, weaponFirst: number): Quantity | null {
  const { tokens, text } = parsed;
  let k = weaponFirst - 1;
  if (tokens[k]?.lower === 'of') k--;
  // Skip modifiers between the number and the noun: "400 surface-to-surface".
  let hops = 0;
  while (
    k >= 0 &&
    hops < 3 &&
    !isNumberWord(tokens[k]) &&
    SKIPPABLE_POS.has(tokens[k]?.pos ?? '') &&
    tokens[k]?.text !== ','
  ) {
    k--;
    hops++;
  }
  const t = tokens[k];
  if (!t || !isNumberWord(t)) return null;
  // "300 to 700 km" is a range of something else; a unit after the number means it is no count.
  if (
    /^(km|kilometers|kilometres|miles|mm|kg|tons|tonnes|percent|%|years|days|months)$/.test(
      tokens[k + 1]?.lower ?? '',
    )
  )
    return null;
  const vague = VAGUE.get(t.lower);
  let first = k;
  let end = k;
  const approxWord = (n: number): boolean =>
    APPROX.test(tokens[n]?.lower ?? '') ||
    APPROX.test(`${tokens[n - 1]?.lower ?? ''} ${tokens[n]?.lower ?? ''}`);
  let approximate = false;
  let min: number | null;
  let max: number | null;
  if (vague !== undefined) {
    min = vague;
    max = null;
    approximate = true;
  } else {
    const n = toNumber(t);
    if (n === null) return null;
    // "2 million rounds", "1.5 billion": a scale word after the number.
    const scale = SCALES[tokens[k + 1]?.lower ?? ''];
    if (scale !== undefined) end = k + 1;
    min = scale === undefined ? n : Math.round(n * scale);
    max = min;
    if (tokens[k - 1]?.lower === 'several' && t.lower === 'dozen') {
      min = 24;
      max = null;
      approximate = true;
      first = k - 1;
    }
  }
  const prev = tokens[first - 1]?.lower ?? '';
  const prev2 = `${tokens[first - 2]?.lower ?? ''} ${prev}`;
  if (approxWord(first - 1)) {
    approximate = true;
    first -= APPROX.test(prev2) ? 2 : 1;
    if (/^(more than|over|at least)$/.test(prev2) || prev === 'over') {
      max = null;
      approximate = prev2 !== 'at least';
    }
    if (/^(up to)$/.test(prev2)) min = null;
  }
  const a = tokens[first] as Token;
  return { min, max, approximate, text: text.slice(a.start, (tokens[end] as Token).end) };
}

/** Whether a token is a count: digits, a number word or a vague amount ("dozens"). */
export function isNumberWord(t: Token | undefined): boolean {
  if (!t) return false;
  return /^\d[\d,.]*$/.test(t.text) || WORD_NUMBERS.has(t.lower) || VAGUE.has(t.lower);
}

function toNumber(t: Token): number | null {
  if (/^\d[\d,.]*$/.test(t.text)) {
    const n = Number(t.text.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return WORD_NUMBERS.get(t.lower) ?? null;
}
