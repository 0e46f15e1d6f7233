import type { AttributionMode, Source } from '../../domain/extraction.js';
import { type CueForce, speechNouns } from '../../knowledge/cues.js';
import type { MentionIndex } from '../mentions.js';
import type { Quote } from '../quotes.js';
import type { SourceContext } from '../sources.js';
import type { Parsed, Sentence, Token } from '../text.js';

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

/** An attribution before the pipeline numbers it and nests it. */
export type Draft = Omit<Attr, 'id' | 'parent'>;

/** Records a new attribution and returns it with its id. */
export type Add = (a: Draft) => Attr;

/**
 * What every pass over a document reads (the parse, its names, its quotes, the outlet it is read for) and the
 * state the passes share as they go: who "he" and "we" refer to, the new attributions, the cues already read.
 */
export interface Scan {
  readonly parsed: Parsed;
  readonly index: MentionIndex;
  readonly quotes: readonly Quote[];
  /** The outlet the document is read for, whose writer "I" and "we" are outside quotes. */
  readonly outlet: string | null;
  readonly ctx: SourceContext;
  readonly add: Add;
  /** The first attribution added for each cue, by the cue's start offset. */
  readonly byCue: ReadonlyMap<number, Attr>;
  /** Tokens already read as a cue: later passes skip them. */
  readonly used: Set<number>;
}

/** Words that point back at a publication named before ("this article"). */
export const PUBLICATION_REF = /\b(this|that|the) (article|publication|report|story|piece|investigation)\b/i;

/** Nouns of speech ("statement", "remarks") that a reporting verb may take as its object. */
export const SPEECH_NOUNS = new Set(speechNouns);

/** Marks that open a quote. */
export const OPENERS = new Set(['"', '“', '«', '„', "'"]);

/** Whether token `t` opens a quote: an apostrophe right after a letter ("Sanders' campaign") is a possessive. */
export function opensQuote(text: string, t: Token): boolean {
  return OPENERS.has(t.text) && !(t.text === "'" && /\p{L}/u.test(text[t.start - 1] ?? ''));
}

/** Marks that close a quote. */
export const CLOSERS = new Set(['"', '”', '»']);

/** A source's mention: its offsets and the words there. */
export function mentionSpan(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}

/** The offsets from token `a`'s start to token `b`'s end. */
export function span(tokens: readonly Token[], a: number, b: number): { start: number; end: number } {
  return { start: tokens[a]?.start ?? 0, end: tokens[b]?.end ?? 0 };
}

/** The last token of the sentence holding token `k`. */
export function lastOfSentence(parsed: Parsed, k: number): number {
  const s = parsed.sentences[parsed.tokens[k]?.sent ?? 0];
  return s ? s.last : k;
}

/** Where a sentence's words end: before its closing stop, if it has one. */
export function sentenceEnd(parsed: Parsed, s: Sentence): number {
  const last = parsed.tokens[s.last];
  return last && /^[.!?]$/.test(last.text) ? last.start : s.end;
}
