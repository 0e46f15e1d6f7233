import type { Source } from '../../domain/extraction.js';
import { stanceLemma } from '../../knowledge/en/speech.js';
import { cueForce } from '../lexicon.js';
import { npEndingAt, npStartingAt } from '../phrases.js';
import { resolveSource } from '../sources.js';
import type { Sentence, Token } from '../text.js';
import { parenthetical } from './reported-span.js';
import { PUBLICATION_REF, type Scan, sentenceEnd, span } from './types.js';

export const POSSESSED_WORDS =
  /^(statement|claim|assertion|insistence|assurance|warning|argument|remark|comment|suggestion|denial|promise|pledge|view|belief|assessment|conclusion|allegation|accusation)$/;

/** "Peskov's statement that no troops were in Kursk": the possessor says what follows "that". */
export function possessedStatement(scan: Scan, s: Sentence, k: number): void {
  const { parsed, index, ctx } = scan;
  const { tokens } = parsed;
  const np = npEndingAt(tokens, k - 2, s.first);
  const source = np && resolveSource(np, parsed, index, ctx);
  const t = tokens[k] as Token;
  const from = tokens[k + 2];
  if (!source || !from) return;
  addStatement(scan, s, k, source, /^(denial)$/.test(t.lower) ? 'deny' : 'say', from);
}

/** The words a statement noun at `k` introduces, from `from` to where they end, in `source`'s name. */
function addStatement(
  { parsed, add, used }: Scan,
  s: Sentence,
  k: number,
  source: Source,
  force: 'say' | 'deny',
  from: Token,
): void {
  const { tokens } = parsed;
  const t = tokens[k] as Token;
  const end = statementEnd(tokens, s, from.i + 1);
  used.add(k);
  add({
    source,
    cue: t.text,
    cueStart: t.start,
    cueEnd: t.end,
    mode: 'indirect',
    force,
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
export const AUTHORED_WORDS =
  /^(reports?|claims?|statements?|accusations?|allegations?|assertions?|warnings?|assessments?)$/;

/** "a claim by the White House that Iran is about to supply drones": the author says what follows "that". */
export function statementBy(scan: Scan, s: Sentence, k: number): boolean {
  const { parsed, index, ctx } = scan;
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
  addStatement(scan, s, k, source, 'say', from);
  return true;
}

/** "According to X, ..." or "..., according to X." */
export function accordingTo(scan: Scan, s: Sentence, k: number): void {
  const { parsed, index, ctx, add, used } = scan;
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
