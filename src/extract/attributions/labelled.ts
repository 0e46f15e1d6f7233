import type { Source } from '../../domain/extraction.js';
import { mentionAt, slug } from '../mentions.js';
import { resolveSource, type SourceContext, writtenName } from '../sources.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { introducedSpeaker, sectionLabel } from './labels.js';
import { type Add, mentionSpan, type Scan } from './types.js';

const LABEL_TITLES =
  /^(MR|MRS|MS|DR|GEN|GENERAL|ADM|COL|SECRETARY|MINISTER|AMBASSADOR|PRESIDENT|SPOKESMAN|SPOKESPERSON)\.?$/i;

/**
 * How many paragraphs a labelled speaker's turn runs over at most when no other label follows: a turn is a
 * few paragraphs, and a long text (a feed of many articles) must not give one speaker the rest of it.
 */
const LONGEST_TURN = 20;

const labelCounts = new WeakMap<Parsed, number>();

/** How many paragraphs of the document open with a speaker's label ("LOPEZ:", "Matthews:"), counted once. */
export function transcriptLabels(parsed: Parsed): number {
  let n = labelCounts.get(parsed);
  if (n === undefined) {
    n = parsed.sentences.filter((x) => {
      const l = labelOf(parsed, x);
      return (
        l !== null &&
        // "Kremlin: no troops in Kursk" on a line of its own is a headline, not a turn.
        !headlineLine(parsed, x) &&
        !(l.words.length === 1 && /^(Q|QUESTION|A)$/.test(l.words[0]?.text ?? '')) &&
        !sectionLabel(l.words)
      );
    }).length;
    labelCounts.set(parsed, n);
  }
  return n;
}

/** The label words and colon of a paragraph that opens "MR. KIRBY:" or "Q:", if it does. */
function labelOf(parsed: Parsed, s: Sentence): { colon: number; words: Token[] } | null {
  const { tokens, sentences } = parsed;
  const prev = sentences[s.i - 1];
  if (prev && prev.para === s.para && !opensLine(parsed, s)) return null;
  for (let j = s.first + 1; j <= Math.min(s.last, s.first + 5); j++) {
    if (tokens[j]?.text !== ':') continue;
    const words = tokens.slice(s.first, j).filter((w) => /\p{L}/u.test(w.text));
    if (words.length === 0 || words.some((w) => !/^\p{Lu}/u.test(w.text))) return null;
    return { colon: j, words };
  }
  return null;
}

/** Whether sentence `s` opens a line of the text, as each line of a one-line-per-sentence text does. */
function opensLine(parsed: Parsed, s: Sentence): boolean {
  const before = parsed.text.lastIndexOf('\n', s.start - 1);
  return /^[ \t]*$/.test(parsed.text.slice(before + 1, s.start));
}

/** A line of its own that ends with no stop, as a headline does ("Kremlin: no troops in Kursk"). */
function headlineLine(parsed: Parsed, s: Sentence): boolean {
  const after = parsed.text.indexOf('\n', s.end);
  const rest = parsed.text.slice(s.end, after < 0 ? parsed.text.length : after);
  return (
    opensLine(parsed, s) && /^[ \t]*$/.test(rest) && !/^[.!?"”]$/.test(parsed.tokens[s.last]?.text ?? '')
  );
}

/** A transcript's speaker label opening a paragraph ("MR. KIRBY:", "Vladimir Putin:"): the paragraph is theirs. */
export function speakerLabel(scan: Scan, s: Sentence): void {
  const { parsed, index, ctx, add, used } = scan;
  const { sentences } = parsed;
  const label = labelOf(parsed, s);
  if (!label) {
    introducedLabel(scan, s);
    return;
  }
  const { colon, words } = label;
  if (sectionLabel(words)) return;
  const last = words[words.length - 1];
  if (!last || (words.length === 1 && /^(Q|QUESTION|A)$/.test(last.text))) return;
  const named = mentionAt(index, last.i);
  let source: Source | null = null;
  // "AFP: ...", "Reuters: ..." in a briefing's transcript: an outlet or a body asks or speaks as itself.
  if (named && /^(person|outlet|organization|igo)$/.test(named.kind) && named.last === last.i)
    source = resolveSource({ first: named.first, last: named.last }, parsed, index, ctx);
  else if (words.every((w) => w.text === w.text.toUpperCase() || LABEL_TITLES.test(w.text))) {
    const info = index.personBySurname(last.text.replace(/\.$/, ''));
    if (info)
      source = {
        name: writtenName(index, info),
        entity: info.id,
        kind: 'person',
        role: info.role,
        country: info.country,
      };
  }
  // "BOULDUAN:", "Matthews:" in a transcript of several labelled paragraphs: a speaker the gazetteer does not know.
  if (!source && s.para > 0 && words.length <= 3 && transcriptLabels(parsed) >= 2) {
    const name = words.map((w) => w.text).join(' ');
    const titled = name.replace(/^(MR|MRS|MS|DR|SEN|REP)\.?\s+/i, '');
    const display =
      titled === titled.toUpperCase()
        ? titled.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
        : titled;
    const surname = display.split(' ').pop()?.toLowerCase();
    source = ctx.people.findLast((p) => p.name.split(' ').pop()?.toLowerCase() === surname) ?? {
      name: display,
      entity: `person:${slug(display)}`,
      kind: 'person',
      role: null,
      country: null,
    };
    if (!ctx.people.includes(source)) ctx.people.push(source);
  }
  // "Kremlin: no troops in Kursk", "AP: Trump chair routed money": a headline's label is who says it, over
  // its own line; so is a body's label ("Pentagon: ...") outside a transcript.
  const short = s.last - colon <= 16 && words.length <= 4;
  const headline =
    short &&
    (s.para === 0 || headlineLine(parsed, s)) &&
    (!source || transcriptLabels(parsed) < 2) &&
    (source !== null || s.para === 0 || sentences[s.i + 1]?.para !== s.para || headlineLine(parsed, s));
  if (headline && !source) source = resolveSource({ first: s.first, last: colon - 1 }, parsed, index, ctx);
  if (!source) return;
  // The speaker goes on over the following paragraphs until the next label, over LONGEST_TURN paragraphs
  // at most; a headline's, over its line.
  let paraEnd = s;
  for (let i = s.i + 1; i < sentences.length && !(headline && headlineLine(parsed, s)); i++) {
    const x = sentences[i] as Sentence;
    if (x.para !== paraEnd.para && (headline || x.para - s.para > LONGEST_TURN || labelOf(parsed, x))) break;
    paraEnd = x;
  }
  used.add(colon);
  addLabelled(parsed, { source, first: s.first, last: colon - 1, colon, s, paraEnd }, ctx, add);
}

/**
 * A label's speaker (named by tokens first..last, before the colon) says what follows the colon, to the end
 * of sentence `paraEnd`; the speaker is the one the next sentences go on with.
 */
function addLabelled(
  parsed: Parsed,
  label: {
    readonly source: Source;
    readonly first: number;
    readonly last: number;
    readonly colon: number;
    readonly s: Sentence;
    readonly paraEnd: Sentence;
  },
  ctx: SourceContext,
  add: Add,
): void {
  const { tokens } = parsed;
  const { source, colon } = label;
  const from = tokens[label.first] as Token;
  add({
    source: { ...source, mention: mentionSpan(parsed.text, from.start, tokens[label.last]?.end ?? from.end) },
    cue: ':',
    cueStart: tokens[colon]?.start ?? from.start,
    cueEnd: tokens[colon]?.end ?? from.end,
    mode: 'direct_quote',
    force: 'say',
    contentStart: tokens[colon + 1]?.start ?? label.s.end,
    contentEnd: label.paraEnd.end,
    viaPublication: false,
    documentLevel: false,
  });
  ctx.speaker = source;
  if (source.kind === 'person') ctx.lastPerson = source;
}

/** "Quote from Lukashenko: ...", "According to the ministry: ...": the label's speaker says its paragraph. */
function introducedLabel(scan: Scan, s: Sentence): void {
  const { parsed, index, ctx, add, used } = scan;
  const { sentences } = parsed;
  const label = introducedSpeaker(parsed, s);
  const source = label && resolveSource(label.speaker, parsed, index, ctx);
  if (!label || !source) return;
  let paraEnd = s;
  for (let i = s.i + 1; i < sentences.length && sentences[i]?.para === s.para; i++)
    paraEnd = sentences[i] as Sentence;
  used.add(label.colon);
  const { first, last } = label.speaker;
  addLabelled(parsed, { source, first, last, colon: label.colon, s, paraEnd }, ctx, add);
}
