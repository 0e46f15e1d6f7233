import { stanceLemma } from '../../knowledge/en/speech.js';
import { cueForce } from '../lexicon.js';
import { afterParticle } from '../particles.js';
import type { Range } from '../phrases.js';
import { lineEndIn, lineStartIn, quoteAround } from '../span-index.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { JUDGING, REPORT_WORDS } from './cues.js';
import { CLOSERS, OPENERS, type Scan, SPEECH_NOUNS, sentenceEnd } from './types.js';

/** The offsets of the words an attribution carries. */
export interface Words {
  readonly start: number;
  readonly end: number;
}

/**
 * The words the reporting cue at `k` carries when its subject `np` stands before it: the clause before the
 * subject ("..., X said.") or the words after the verb ("X said that ..."); null when the sentence opens a
 * quote, whose speaker the quote passes read.
 */
export function reportedWords(
  scan: Scan,
  s: Sentence,
  k: number,
  judged: boolean,
  np: Range | null,
): Words | null {
  const { parsed } = scan;
  const { tokens } = parsed;
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
  if (!clauseEnd || !np) return wordsAfter(scan, s, k);
  let end = closed >= 0 ? (tokens[closed]?.end ?? s.start) : (tokens[np.first - 1]?.start ?? s.start);
  // "Russia, he said, would station ...": a parenthetical cue carries the words on both sides.
  if (parenthetical(parsed, s, k)) end = sentenceEnd(parsed, s);
  if (OPENERS.has(tokens[s.first]?.text ?? '')) return null;
  return { start: s.start, end };
}

/** "X said (that) ...": the words after the verb, to the sentence's end or the first thing that closes them. */
function wordsAfter(scan: Scan, s: Sentence, k: number): Words {
  const { parsed } = scan;
  const { tokens } = parsed;
  const t = tokens[k] as Token;
  let c = k + 1;
  // "published a story about", "told reporters that", "said in a statement that"
  // "said in an interview with RIA Novosti and RT that": the interview's outlets stand before the words.
  const reach = tokens.slice(k + 1, k + 4).some((w) => /^interviews?$/.test(w.lower)) ? 14 : 8;
  for (let j = k + 1; j <= Math.min(s.last, k + reach); j++) {
    const w = tokens[j] as Token;
    // "said in a statement posted on Telegram that": a participle after a message noun describes the message.
    const describes = /ed$/.test(w.lower) && SPEECH_NOUNS.has(tokens[j - 1]?.lower ?? '');
    if (w.pos === 'VERB' && !describes && cueForce(w.lower, w.lemma) !== undefined) break;
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
  let end = sentenceEnd(parsed, s);
  const closer = findCloserAfter(parsed, c, s);
  if (closer >= 0) end = tokens[closer]?.start ?? end;
  end = commaCut(parsed, s, c, end);
  // Reported words inside a quote end where the quote ends.
  const q = quoteAround(scan.quotes, t.start, t.end);
  if (q) end = Math.min(end, q.close - 1);
  return { start: tokens[c]?.start ?? s.end, end };
}

/** Where words that open at token `c` end at a comma that starts someone else's words or the writer's. */
function commaCut(parsed: Parsed, s: Sentence, c: number, end: number): number {
  const { tokens, text } = parsed;
  // "accused Pyongyang of selling shells, a charge both ... dismissed": the apposition judges the report.
  for (let j = c + 1; j < s.last; j++) {
    if (tokens[j]?.text !== ',') continue;
    const next = tokens[j + 1]?.lower ?? '';
    const head = /^(a|an|the|which)$/.test(next) ? (tokens[j + 2]?.lower ?? '') : next;
    if (REPORT_WORDS.test(head) && !/^(it|this|them|these|those)$/.test(head))
      return Math.min(end, tokens[j]?.start ?? end);
    // "dismissed the accusations, while Hwang said ...": a contrasted speaker's words are not the first's.
    if (
      /^(while|whereas)$/.test(next) &&
      tokens
        .slice(j + 2, j + 12)
        .some((w) => w.pos === 'VERB' && w.i < s.last && cueForce(w.lower, w.lemma) !== undefined)
    )
      return Math.min(end, tokens[j]?.start ?? end);
    // "rejected accusations that ..., a day after Washington imposed sanctions": the writer dates the words.
    if (TIMED_AFTER.test(text.slice(tokens[j + 1]?.start ?? 0, (tokens[j + 1]?.start ?? 0) + 30)))
      return Math.min(end, tokens[j]?.start ?? end);
  }
  return end;
}

/**
 * The words' final bounds: a relative clause's words end at its closing comma ("Barkley, who said he votes
 * Democratic, said ..."); a line break ends them; "declined to comment" is itself what is said.
 */
export function boundWords(
  scan: Scan,
  s: Sentence,
  k: number,
  governed: number,
  rel: Token | null,
  words: Words,
): Words {
  const { tokens, text } = scan.parsed;
  const t = tokens[k] as Token;
  let { start, end } = words;
  if (rel) {
    const comma = tokens.slice(k + 1, s.last).find((w) => w.text === ',');
    if (comma && comma.start > start) end = Math.min(end, comma.start);
  }
  // A line break ends reported words: list items and headings are not one sentence however they parse.
  // Searched only between the words' bounds: a text without line breaks is not read to its ends per cue.
  start = lineStartIn(text, start, t.start);
  if (t.end < end) end = lineEndIn(text, t.end, end);
  // "The Kremlin declined to comment.": the refusal is the whole of what is said.
  if (end <= start && governed !== k && t.lower === 'comment') return { start: t.start, end: t.end };
  return { start, end };
}

/** ", a day after ...", ", two weeks after ...", ", shortly before ...": the writer's time clause after reported words. */
const TIMED_AFTER =
  /^(?:(?:a|an|one|two|three|four|five|six|several|a few|just|only)\s+(?:day|days|week|weeks|month|months|hours?)\s+|shortly\s+|hours\s+|days\s+)(?:after|before)\b/i;

/** The closing quotation mark right before a speaker, after a comma (`,"` or `,''`), or -1. */
function closedQuoteBefore(tokens: readonly Token[], first: number): number {
  let j = first - 1;
  const close = j;
  if (!CLOSERS.has(tokens[j]?.text ?? '') && !/^'+$/.test(tokens[j]?.text ?? '')) return -1;
  j--;
  if (tokens[j]?.text === "'") j--;
  return tokens[j]?.text === ',' ? close : -1;
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
export function parenthetical(parsed: Parsed, s: Sentence, k: number): boolean {
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
