import type { Token } from './text.js';

const SKIP_LEFT = new Set([
  'also',
  'both',
  'each',
  'all',
  'initially',
  'first',
  'clearly',
  'publicly',
  'repeatedly',
  'again',
  'previously',
  'earlier',
  'later',
  'then',
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'did',
  'does',
  'do',
  'not',
  "n't",
  'never',
  'himself',
  'herself',
  'itself',
  'themselves',
  'could',
  'can',
  'cannot',
  'would',
  'will',
  'may',
  'might',
  'must',
  'should',
  'once',
  'already',
  'further',
  'reportedly',
  'explicitly',
  'openly',
  'firmly',
  'categorically',
  'flatly',
  'strongly',
  'separately',
  'bluntly',
  'directly',
  'specifically',
  'recently',
  'now',
  'first',
  'just',
]);
const GOVERNING = /^(forced|obliged|compelled|ready|prepared|able|willing|set|due|poised)$/;
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
const NP_JOIN = new Set(['of', 'for', 'to', 'from', 'with', 'at', 'in', "'s", '’s', '-', '.', '&']);
const RELATIVE = new Set(['who', 'which', 'that']);
const OBJECT_PRONOUN = /^(him|her|them|it|us|me)$/;

/** A hyphen with a space before it is a dash between phrases, not a joint within a name. */
function spacedDash(t: Token): boolean {
  return t.text === '-' && t.spaced;
}

/** A token range [first, last]. */
export interface Range {
  readonly first: number;
  readonly last: number;
}

/** The noun phrase that ends right before token `i` (skipping adverbs and auxiliaries), or null. */
export function subjectBefore(tokens: readonly Token[], i: number, floor: number): Range | null {
  let k = i - 1;
  for (;;) {
    while (
      k >= floor &&
      (SKIP_LEFT.has(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'ADV' || isTimeWord(tokens, k))
    )
      k--;
    // "on Friday", "last week", "in recent days", "over the past week": a time between the subject and its verb.
    if (k - 1 >= floor && TIME_NOUN.test(tokens[k]?.lower ?? '')) {
      let j = k - 1;
      while (j > k - 3 && j > floor && /^(recent|past|coming|few|the)$/.test(tokens[j]?.lower ?? '')) j--;
      if (/^(on|last|this|next|earlier|in|over|during)$/.test(tokens[j]?.lower ?? '')) {
        k = j - 1;
        continue;
      }
    }
    // "Russia would be forced to use", "Iran is ready to send": the subject of the governing adjective.
    if (k - 1 >= floor && tokens[k]?.lower === 'to' && GOVERNING.test(tokens[k - 1]?.lower ?? '')) {
      k -= 2;
      if (tokens[k]?.lower === 'be') k--;
      continue;
    }
    break;
  }
  if (k < floor) return null;
  // "The Kremlin, for its part, also dismissed": step over a short parenthetical.
  if (tokens[k]?.text === ',') {
    for (let j = k - 1; j >= Math.max(floor, k - 10); j--) {
      if (tokens[j]?.text !== ',') continue;
      if (NP_POS.has(tokens[j - 1]?.pos ?? '')) k = j - 1;
      break;
    }
  }
  const t = tokens[k] as Token;
  if (RELATIVE.has(t.lower)) {
    // "officials who boast": the antecedent of the relative pronoun.
    let a = k - 1;
    while (a >= floor && /^[,"“”«]$/.test(tokens[a]?.text ?? '')) a--;
    return npEndingAt(tokens, a, floor);
  }
  return npEndingAt(tokens, k, floor);
}

const TIME_NOUN =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weeks|month|months|year|years|day|days|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

// "until now", "so far" between a subject and its verb.
function isTimeWord(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  return (
    ((w === 'until' || w === 'so') && /^(now|far|then)$/.test(tokens[k + 1]?.lower ?? '')) ||
    // "Tehran at first denied"
    (w === 'at' && tokens[k + 1]?.lower === 'first')
  );
}

/** The noun phrase whose last token is `k`, reaching left through "of"-phrases and possessives. */
export function npEndingAt(tokens: readonly Token[], k: number, floor: number): Range | null {
  if (k < floor || !NP_POS.has(tokens[k]?.pos ?? '')) return null;
  let s = k;
  while (s - 1 >= floor) {
    const p = tokens[s - 1] as Token;
    if (NP_POS.has(p.pos) && !RELATIVE.has(p.lower)) s--;
    // "Su-35" joins; "10:05 GMT - Iran says", a dash set off by spaces, does not.
    else if (NP_JOIN.has(p.lower) && !spacedDash(p) && s - 2 >= floor && NP_POS.has(tokens[s - 2]?.pos ?? ''))
      s -= 2;
    else break;
  }
  // A pronoun stands alone: "he", not "told he"; but "a source close to him", "people familiar with it" end
  // in one, after an adjective that follows its noun.
  if (tokens[k]?.pos === 'PRON') {
    const postAdjective =
      OBJECT_PRONOUN.test(tokens[k]?.lower ?? '') &&
      /^(to|with)$/.test(tokens[k - 1]?.lower ?? '') &&
      tokens[k - 2]?.pos === 'ADJ' &&
      /^(NOUN|PROPN)$/.test(tokens[k - 3]?.pos ?? '');
    if (!postAdjective || k - 3 < floor) return { first: k, last: k };
    const head = npEndingAt(tokens, k - 3, floor);
    return head ? { first: head.first, last: k } : { first: k, last: k };
  }
  return { first: s, last: k };
}

/** The noun phrase that starts at token `k`, reaching right through "of"-phrases and appositions. */
export function npStartingAt(tokens: readonly Token[], k: number, ceiling: number): Range | null {
  if (k > ceiling || !NP_POS.has(tokens[k]?.pos ?? '')) return null;
  let e = k;
  while (e + 1 <= ceiling) {
    const n = tokens[e + 1] as Token;
    if (NP_POS.has(n.pos) && !RELATIVE.has(n.lower)) e++;
    else if (
      NP_JOIN.has(n.lower) &&
      !spacedDash(n) &&
      e + 2 <= ceiling &&
      NP_POS.has(tokens[e + 2]?.pos ?? '') &&
      // "Donald Trump - who previously said": a dash before a relative pronoun opens a clause.
      !RELATIVE.has(tokens[e + 2]?.lower ?? '')
    )
      e += 2;
    else break;
  }
  return { first: k, last: e };
}
