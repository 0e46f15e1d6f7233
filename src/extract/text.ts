import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { verbLemma } from './lemma.js';

/** One word or punctuation token of the body, with its offsets and wink's tags. */
export interface Token {
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  readonly lemma: string;
  /** wink's own lemma (`its.lemma`), as wink spells it; `lemma` is the older hand-made one. */
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
}

// Only the stages the rules read: sentence breaks, parts of speech, numbers and dates (negation and
// sentiment are ours to judge, and wink's would be computed for nothing).
const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;

/** Parses the body once with wink and lays out tokens with offsets, sentences and paragraphs. */
export function parse(text: string): Parsed {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink types its.lemma with an add-ons argument that out() supplies itself.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const sentSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const entSpans = doc.entities().out(its.span) as unknown as [number, number][];
  const entTypes = doc.entities().out(its.type) as string[];

  // Map wink token index -> our token index (newline tokens are dropped but mark paragraphs).
  const tokens: Token[] = [];
  const winkToOurs = new Int32Array(values.length).fill(-1);
  const sentOfWink = new Int32Array(values.length);
  sentSpans.forEach(([a, b], s) => {
    for (let k = a; k <= b; k++) sentOfWink[k] = s;
  });
  let cursor = 0;
  let para = 0;
  let sent = -1;
  let lastWinkSent = -1;
  let pendingBreak = false;
  let pendingLine = false;
  const linesEnd = !hardWrapped(text);
  for (let k = 0; k < values.length; k++) {
    const v = values[k] ?? '';
    const start = locate(text, v, cursor);
    const spaced = start > cursor;
    if (spaced && blankLine(text, cursor, start)) pendingBreak = true;
    else if (spaced && linesEnd) {
      const nl = text.indexOf('\n', cursor);
      if (nl >= 0 && nl < start) pendingLine = true;
    }
    cursor = start + v.length;
    if (v.trim() === '') {
      if (blankLine(v, 0, v.length)) pendingBreak = true;
      else if (linesEnd && v.includes('\n')) pendingLine = true;
      continue;
    }
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
      if (prev === undefined || spaced || !/^[.!?]$/.test(prev.text)) sent++;
    }
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
      lemma: tag === 'VERB' || tag === 'AUX' ? verbLemma(lower) : lower,
      wlemma: lemmas[k] ?? lower,
      sent: Math.max(sent, 0),
      para,
      spaced,
    });
  }
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
  const numbers: WinkEntity[] = [];
  entSpans.forEach(([a, b], e) => {
    const first = firstMapped(winkToOurs, a, b);
    const last = lastMapped(winkToOurs, a, b);
    const ft = tokens[first];
    const lt = tokens[last];
    if (first < 0 || last < 0 || ft === undefined || lt === undefined) return;
    numbers.push({ type: entTypes[e] ?? '', first, last, text: text.slice(ft.start, lt.end) });
  });
  return { text, tokens, sentences, numbers };
}

/**
 * Whether the text is wrapped at a fixed width (old wire copy, e-mail): then a single line break is no
 * boundary. Text is taken as wrapped when no line is longer than 100 characters and most lines are 55
 * characters or more.
 */
function hardWrapped(text: string): boolean {
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

/** Whether a UTF-16 code unit is white space as a regular expression's \s means it. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
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
