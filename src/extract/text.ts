import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { englishPack } from '../knowledge/en/index.js';
import { guardRuns, isSpace, MAX_RUN, MAX_SENTENCE_TOKENS } from './guard.js';
import { isSpeechForm } from './lexicon.js';
import { retagNames, retagVerbs } from './retag.js';

/** One word or punctuation token of the body, with its offsets and wink's tags. */
export interface Token {
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  readonly lemma: string;
  /** wink's own lemma (`its.lemma`) for verbs and nouns, else the lower-case word; `lemma` is set for verbs only. */
  readonly wlemma: string;
  readonly sent: number;
  readonly para: number;
  /** Whether whitespace stands right before the token. */
  readonly spaced: boolean;
}

/** A sentence as a range of token indexes [first, last]. */
export interface Sentence {
  readonly i: number;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly para: number;
}

/** A number or date wink found, as a token range. */
export interface WinkEntity {
  readonly type: string;
  readonly first: number;
  readonly last: number;
  readonly text: string;
}

/** The parsed body: tokens, sentences and wink's number and date entities. */
export interface Parsed {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly numbers: readonly WinkEntity[];
  /** What the parser changed to stay linear: long runs cut, long sentences split. */
  readonly warnings?: readonly string[];
}

// Only the stages the rules read: sentence breaks, parts of speech, numbers and dates (negation and
// sentiment are ours to judge, and wink's would be computed for nothing).
const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;

/**
 * Parses the body once with wink and lays out tokens with offsets, sentences and paragraphs; `wrapped`
 * says whether the whole document (of which `text` may be a window) is wrapped at a fixed width.
 */
export function parse(text: string, wrapped = hardWrapped(text)): Parsed {
  // wink reads a copy whose overlong runs are cut; offsets and tokens still point into the text.
  const guarded = guardRuns(text);
  const wink = readWink(guarded.text);
  const verbForms = englishPack().verbLemmaByForm;
  const { tokens, winkToOurs, split } = layTokens(text, guarded.text, wink, wrapped, verbForms);
  retagVerbs(tokens, verbForms);
  retagNames(tokens, isSpeechForm);
  const sentences = sentencesOf(tokens);
  const numbers: WinkEntity[] = [];
  const { entSpans, entTypes } = wink;
  entSpans.forEach(([a, b], e) => {
    const first = firstMapped(winkToOurs, a, b);
    const last = lastMapped(winkToOurs, a, b);
    const ft = tokens[first];
    const lt = tokens[last];
    if (first < 0 || last < 0 || ft === undefined || lt === undefined) return;
    numbers.push({ type: entTypes[e] ?? '', first, last, text: text.slice(ft.start, lt.end) });
  });
  const warnings: string[] = [];
  if (guarded.cuts > 0)
    warnings.push(`${guarded.cuts} run(s) of over ${MAX_RUN} characters without a space were read in parts`);
  if (split > 0)
    warnings.push(`${split} sentence(s) of over ${MAX_SENTENCE_TOKENS} tokens were read in parts`);
  return { text, tokens, sentences, numbers, warnings };
}

/**
 * Lays wink's tokens out as ours with offsets into `text`, sentence and paragraph numbers; newline tokens
 * are dropped but mark paragraphs. Also gives wink's token index -> ours (-1 for a dropped one) and how many
 * sentences were cut for length.
 */
function layTokens(
  text: string,
  guardedText: string,
  { values, pos, lemmas, sentSpans }: WinkReading,
  wrapped: boolean,
  verbForms: ReturnType<typeof englishPack>['verbLemmaByForm'],
): { tokens: Token[]; winkToOurs: Int32Array; split: number } {
  const tokens: Token[] = [];
  const winkToOurs = new Int32Array(values.length).fill(-1);
  const sentOfWink = winkSentences(values.length, sentSpans);
  let cursor = 0;
  let para = 0;
  let sent = -1;
  let lastWinkSent = -1;
  let pendingBreak = false;
  let pendingLine = false;
  let inSentence = 0;
  let split = 0;
  // wink gives a line break its own token: the word after it is still spaced from the word before.
  let skippedSpace = false;
  const linesEnd = !wrapped;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] ?? '';
    const start = locate(guardedText, v, cursor);
    const spaced = start > cursor || skippedSpace;
    if (spaced && blankLine(text, cursor, start)) pendingBreak = true;
    else if (spaced && linesEnd && hasNewline(text, cursor, start)) pendingLine = true;
    cursor = start + v.length;
    if (v.trim() === '') {
      if (blankLine(v, 0, v.length)) pendingBreak = true;
      else if (linesEnd && v.includes('\n')) pendingLine = true;
      skippedSpace = true;
      continue;
    }
    skippedSpace = false;
    const ws = sentOfWink[k] ?? 0;
    const prev = tokens[tokens.length - 1];
    if (pendingBreak && tokens.length > 0) {
      para++;
      sent++;
    } else if (pendingLine && tokens.length > 0) {
      // A line of its own in text that is not wrapped by width: a heading or a live blog's time stamp.
      sent++;
    } else if (ws !== lastWinkSent) {
      // wink splits "Censor.NET" after the dot: a new sentence only starts after whitespace.
      // "Sen. Marco Rubio (R-Fla.) said": wink ends a sentence at the bracket's abbreviation; a clause that
      // goes on in lower case or with a comma after the bracket is the same sentence.
      const goesOn = prev?.text === ')' && /^(\p{Ll}|[,;:])/u.test(v);
      if (!goesOn && (prev === undefined || spaced || !/^[.!?]$/.test(prev.text))) sent++;
    } else if (inSentence >= MAX_SENTENCE_TOKENS) {
      // Every pass reads a sentence as a whole: a bound on its length bounds the work per word.
      sent++;
      split++;
    }
    if (sent !== (prev?.sent ?? -2)) inSentence = 0;
    inSentence++;
    pendingBreak = false;
    pendingLine = false;
    lastWinkSent = ws;
    winkToOurs[k] = tokens.length;
    const lower = v.toLowerCase();
    const tag = pos[k] ?? 'X';
    tokens.push({
      i: tokens.length,
      text: v,
      lower,
      start,
      end: start + v.length,
      pos: tag,
      // A verb's lemma is wink's; the pack's own forms come first where wink has none ("resupplied").
      lemma:
        tag === 'VERB' || tag === 'AUX'
          ? (verbForms.get(lower) ?? (lemmas[k] || lower).toLowerCase())
          : lower,
      wlemma: lemmas[k] || lower,
      sent: Math.max(sent, 0),
      para,
      spaced,
    });
  }
  return { tokens, winkToOurs, split };
}

/** Whether text[from, to) holds a line feed: only the white space before a token is searched, never the rest. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10) return true;
  return false;
}

/** wink's sentence number of each of its tokens. */
function winkSentences(count: number, sentSpans: readonly (readonly [number, number])[]): Int32Array {
  const sentOfWink = new Int32Array(count);
  sentSpans.forEach(([a, b], s) => {
    for (let k = a; k <= b; k++) sentOfWink[k] = s;
  });
  return sentOfWink;
}

/** The sentences the tokens' sentence numbers make, in order. */
function sentencesOf(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let open: { i: number; first: number; last: number; start: number; end: number; para: number } | undefined;
  for (const t of tokens) {
    if (open === undefined || open.i !== t.sent) {
      if (open) sentences.push(open);
      open = { i: t.sent, first: t.i, last: t.i, start: t.start, end: t.end, para: t.para };
    } else {
      open.last = t.i;
      open.end = t.end;
    }
  }
  if (open) sentences.push(open);
  return sentences;
}

/** How much text wink reads at once: its document for 5 MB held three times the memory of our tokens. */
const WINK_SECTION = 128 * 1024;

/** What parsing reads of wink's analysis, with token indexes over the whole text. */
interface WinkReading {
  readonly values: string[];
  readonly pos: string[];
  /** wink's lemma of each verb and noun, '' for other tags (the look-up is not free). */
  readonly lemmas: string[];
  readonly sentSpans: [number, number][];
  readonly entSpans: [number, number][];
  readonly entTypes: string[];
}

/**
 * wink's tokens, tags, sentences and entities for a text, read a section at a time (cut at a paragraph
 * break where there is one), so that wink's own document never holds more than one section.
 */
function readWink(text: string): WinkReading {
  const out: WinkReading = { values: [], pos: [], lemmas: [], sentSpans: [], entSpans: [], entTypes: [] };
  for (let start = 0; start < text.length; ) {
    const end = sectionEnd(text, start);
    const doc = nlp.readDoc(text.slice(start, end));
    const base = out.values.length;
    // One token collection read once for values and tags: each `out` walks all of wink's tokens.
    const items = doc.tokens();
    const words = items.out(its.value) as string[];
    const tags = items.out(its.pos) as string[];
    for (let k = 0; k < words.length; k++) {
      const w = words[k] ?? '';
      const p = tags[k] ?? '';
      out.values.push(w);
      out.pos.push(p);
      out.lemmas.push(p === 'VERB' || p === 'AUX' || p === 'NOUN' ? lemmaOf(items, k, p, w) : '');
    }
    for (const [a, b] of doc.sentences().out(its.span) as unknown as [number, number][])
      out.sentSpans.push([a + base, b + base]);
    const entities = doc.entities();
    for (const [a, b] of entities.out(its.span) as unknown as [number, number][])
      out.entSpans.push([a + base, b + base]);
    for (const t of entities.out(its.type) as string[]) out.entTypes.push(t);
    start = end;
  }
  return out;
}

// wink's lemma depends only on the word and its tag: each pair is looked up once (wink's look-up walks
// its lexicon for every candidate ending), in a table of bounded size.
// Keyed by tag, then word: no key string is built per token.
const lemmaCache = new Map<string, Map<string, string>>();
let lemmasCached = 0;

function lemmaOf(
  items: ReturnType<ReturnType<typeof nlp.readDoc>['tokens']>,
  k: number,
  tag: string,
  word: string,
) {
  let byWord = lemmaCache.get(tag);
  const known = byWord?.get(word);
  if (known !== undefined) return known;
  const lemma = String(items.itemAt(k).out(its.lemma as unknown as typeof its.value));
  if (lemmasCached >= 50_000) {
    lemmaCache.clear();
    lemmasCached = 0;
    byWord = undefined;
  }
  if (byWord === undefined) {
    byWord = new Map();
    lemmaCache.set(tag, byWord);
  }
  byWord.set(word, lemma);
  lemmasCached++;
  return lemma;
}

/** Where the section that starts at `start` ends: a paragraph break, else a space, before the bound. */
function sectionEnd(text: string, start: number): number {
  const bound = start + WINK_SECTION;
  if (bound >= text.length) return text.length;
  const para = text.lastIndexOf('\n\n', bound);
  if (para > start) return para + 2;
  const space = text.lastIndexOf(' ', bound);
  return space > start ? space + 1 : bound;
}

/**
 * Whether the text is wrapped at a fixed width (old wire copy, e-mail): then a single line break is no
 * boundary. Text is taken as wrapped when no line is longer than 100 characters and most lines are 55
 * characters or more.
 */
export function hardWrapped(text: string): boolean {
  let lines = 0;
  let full = 0;
  for (const line of text.split('\n')) {
    const n = line.trim().length;
    if (n === 0) continue;
    if (n > 100) return false;
    lines++;
    if (n >= 55) full++;
  }
  return lines >= 4 && full >= lines * 0.6;
}

// Two line breaks with only whitespace between: a paragraph break.
function blankLine(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 10) {
      if (++breaks === 2) return true;
    } else if (c !== 13 && c !== 32 && c !== 9) breaks = 0;
  }
  return false;
}

// wink's tokens follow the text in order, separated by whitespace only; look nearby, never scan to the end.
function locate(text: string, v: string, cursor: number): number {
  let p = cursor;
  const first = v.charCodeAt(0);
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === first || !isSpace(c)) break;
    p++;
  }
  if (text.startsWith(v, p)) return p;
  const near = text.slice(cursor, cursor + 64).indexOf(v);
  return near >= 0 ? cursor + near : p;
}

function firstMapped(map: Int32Array, a: number, b: number): number {
  for (let k = a; k <= b; k++) if ((map[k] ?? -1) >= 0) return map[k] ?? -1;
  return -1;
}

function lastMapped(map: Int32Array, a: number, b: number): number {
  for (let k = b; k >= a; k--) if ((map[k] ?? -1) >= 0) return map[k] ?? -1;
  return -1;
}

const verbLemmas = new Map<string, string>();

// wink's tag and lemma of the token at `k` of a short probe text.
function probe(text: string, k: number): { pos: string; lemma: string } {
  const doc = nlp.readDoc(text);
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  return { pos: pos[k] ?? '', lemma: (lemmas[k] ?? '').toLowerCase() };
}

// The bases wink's own verb lemmatiser tries (-s, -ies, -es, -ed, -ing, then with a final e), and a
// doubled final consonant ("shipped").
function verbBases(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  for (const suffix of ['s', 'es', 'ed', 'ing']) {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 1) continue;
    const stem = w.slice(0, -suffix.length);
    out.push(stem, `${stem}e`);
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  }
  return out;
}

/**
 * wink's lemma of a word read as a verb, for a word wink tagged otherwise in its sentence ("had sent"
 * with "sent" as an adjective, "Tehran arms the Houthis"): first the word in a verb's place; failing
 * that, the bases wink's lemmatiser would try, each kept only if wink tags it a verb on its own.
 */
export function lemmaAsVerb(word: string): string {
  const known = verbLemmas.get(word);
  if (known !== undefined) return known;
  let lemma = word;
  const direct = probe(`it has ${word} it`, 2);
  if (direct.pos === 'VERB' && direct.lemma !== word) lemma = direct.lemma;
  else {
    for (const base of verbBases(word)) {
      const p = probe(`they ${base}`, 1);
      if (p.pos === 'VERB' && p.lemma === base) {
        lemma = base;
        break;
      }
    }
  }
  if (verbLemmas.size < 10_000) verbLemmas.set(word, lemma);
  return lemma;
}
