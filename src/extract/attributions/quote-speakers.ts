import type { Source } from '../../domain/extraction.js';
import type { CueForce } from '../../knowledge/cues.js';
import { stanceForce } from '../../knowledge/en/speech.js';
import { cueForce } from '../lexicon.js';
import { mentionAt } from '../mentions.js';
import { npStartingAt, type Range, subjectBefore } from '../phrases.js';
import type { Quote } from '../quotes.js';
import { resolveSource, type SourceContext } from '../sources.js';
import { quoteOpeningAt, SpanIndex, sentenceHolding } from '../span-index.js';
import { bracketStart, speakerSentenceAfter } from '../subjects.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { type Add, type Attr, CLOSERS, opensQuote, type Scan } from './types.js';

/** The quotes that open or close in each sentence, in text order. */
export function quotesBySentence(parsed: Parsed, quotes: readonly Quote[]): Map<number, Quote[]> {
  const out = new Map<number, Quote[]>();
  const put = (sent: number | undefined, q: Quote) => {
    if (sent === undefined) return;
    const list = out.get(sent);
    if (!list) out.set(sent, [q]);
    else if (list[list.length - 1] !== q) list.push(q);
  };
  for (const q of quotes) {
    put(parsed.tokens[q.openToken]?.sent, q);
    put(parsed.tokens[q.closeToken]?.sent, q);
  }
  return out;
}

export const TIME_AFTER_CUE =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|last|this|next|earlier|later|on|in|at|during|after|before|while|when)$/;

/** `"...," Kirby said.` / `"...," said Kirby` / `"...," the official emphasized.` */
export function quoteSpeakerAfter(scan: Scan, q: Quote): void {
  const { parsed, quotes, index, ctx, add, used } = scan;
  const { tokens } = parsed;
  const s = parsed.sentences[tokens[q.closeToken]?.sent ?? 0];
  if (!s) return;
  // 'is "deeply concerned" by reports that ...': words quoted inside a sentence, not a quote that a speaker
  // after it closes with a comma or a stop.
  if (q.openToken > s.first && !/^[,.!?]$/.test(tokens[q.closeToken - 1]?.text ?? '')) return;
  // 'On ABC's "This Week," Rubio said that ...', "citing ''the unique magic of Trump,'' said": words quoted as the
  // object of a preposition, a possessive or a verb are named, not said by a speaker after them.
  if (q.openToken > s.first && /^(ADP|PART|VERB)$/.test(tokens[q.openToken - 1]?.pos ?? '')) return;
  // A closing mark written as two apostrophes ('') takes two tokens: the words after it start past both.
  const past = q.close > (tokens[q.closeToken]?.end ?? q.close) ? q.closeToken + 1 : q.closeToken;
  let k = past + 1;
  const sp = speakerSentenceAfter(parsed, q, s);
  if (appositionSpeaker(scan, q, past + 1, sp)) return;
  const stop = Math.min(sp.last, q.closeToken + 12);
  for (; k <= stop; k++) {
    const t = tokens[k] as Token;
    if (opensQuote(parsed.text, t) && k !== past + 1) break;
    const force = cueForce(t.lower, t.lemma) ?? stanceForce(t.lower, t.lemma);
    if (force === undefined) continue;
    // `"...," Rubio said that ...`: the verb reports the clause after it, not the quote before.
    if (tokens[k + 1]?.lower === 'that') return;
    // `"...," Sen. Marco Rubio (R-Fla.) said`: the speaker stands before the bracket.
    let np: Range | null = subjectBefore(tokens, bracketStart(tokens, k), past + 1);
    if (np && tokens[np.first]?.text === ',') np = { first: np.first + 1, last: np.last };
    if (!np || np.first <= past)
      np = npStartingAt(tokens, k + 1, sp.last) ?? nameAfter(tokens, k + 1, sp.last);
    // `"...," he said Saturday night`: a time after the verb is not who speaks.
    if (np && np.first > k && TIME_AFTER_CUE.test(tokens[np.first]?.lower ?? '')) return;
    const source = np && resolveSource(np, parsed, index, ctx);
    if (!source) return;
    used.add(k);
    addQuote(add, ctx, source, t, force, q);
    // `"...," Singh said, "and ..."`: the quote that goes on right after the speaker is the speaker's too.
    const after = Math.max(k, np ? np.last : k) + 1;
    const more = tokens[after]?.text === ',' ? quoteOpeningAt(quotes, after + 1) : undefined;
    if (more) addQuote(add, ctx, source, t, force, more);
    return;
  }
}

/**
 * `"...," said Will Doyle, an analyst.`: capitalised words after the verb up to a comma or the stop are a name,
 * whatever wink tags them ("Will" as a modal, "Rose" as a verb).
 */
function nameAfter(tokens: readonly Token[], from: number, last: number): Range | null {
  let j = from;
  while (j <= last && j - from < 4 && /^\p{Lu}[\p{L}'’.-]*$/u.test(tokens[j]?.text ?? '')) j++;
  if (j === from || j - from < 2 || !/^[,.;(]$/.test(tokens[j]?.text ?? '')) return null;
  return { first: from, last: j - 1 };
}

/**
 * `"...," Robert Peck, an analyst at SunTrust, told me.`, `"...," Trent Lott, who was majority leader, told
 * lawmakers`: the name right after the quote speaks when an apposition or relative clause set off by commas
 * runs from it to the reporting verb, however long it is.
 */
function appositionSpeaker(scan: Scan, q: Quote, from: number, sp: Sentence): boolean {
  const { parsed, quotes, index, ctx, add, used } = scan;
  const { tokens } = parsed;
  const head = npStartingAt(tokens, from, sp.last);
  if (!head || tokens[head.last + 1]?.text !== ',' || tokens[head.first]?.pos === 'PRON') return false;
  if (!mentionAt(index, head.last) && tokens[head.last]?.pos !== 'PROPN') return false;
  for (let j = head.last + 3; j <= Math.min(sp.last, head.last + 45); j++) {
    const t = tokens[j] as Token;
    if (opensQuote(parsed.text, t) || CLOSERS.has(t.text) || t.text === ';') return false;
    if (tokens[j - 1]?.text !== ',' || t.pos !== 'VERB') continue;
    const force = cueForce(t.lower, t.lemma);
    if (force === undefined) continue;
    if (tokens[j + 1]?.lower === 'that') return false;
    const source = resolveSource(head, parsed, index, ctx);
    if (!source) return false;
    used.add(j);
    addQuote(add, ctx, source, t, force, q);
    const more = tokens[j + 1]?.text === ',' ? quoteOpeningAt(quotes, j + 2) : undefined;
    if (more) addQuote(add, ctx, source, t, force, more);
    return true;
  }
  return false;
}

/** `X said: "..."` */
export function quoteSpeakerBefore(scan: Scan, q: Quote): void {
  const { parsed, index, ctx, add, used } = scan;
  const { tokens } = parsed;
  let k = q.openToken - 1;
  if (tokens[k]?.text === ':' || tokens[k]?.text === ',') k--;
  const t = tokens[k];
  if (!t || t.sent !== tokens[q.openToken]?.sent) return;
  const force = cueForce(t.lower, t.lemma);
  if (force === undefined || used.has(k)) return;
  const s = parsed.sentences[t.sent];
  const np = subjectBefore(tokens, k, s?.first ?? 0);
  const source = (s && clauseSpeaker(scan, s, k)) || (np && resolveSource(np, parsed, index, ctx));
  if (!source) return;
  used.add(k);
  addQuote(add, ctx, source, t, force, q);
}

/** Records a quote's attribution to its speaker, who is then "we" and "I" inside it and "he" after it. */
function addQuote(add: Add, ctx: SourceContext, source: Source, cue: Token, force: CueForce, q: Quote): void {
  add({
    source,
    cue: cue.text,
    cueStart: cue.start,
    cueEnd: cue.end,
    mode: 'direct_quote',
    force,
    contentStart: q.open + 1,
    contentEnd: q.close - 1,
    viaPublication: false,
    documentLevel: false,
  });
  if (source.kind === 'person') ctx.lastPerson = source;
  ctx.speaker = source;
}

/** `"...," Budanov said. "It is also ..."`: a quote that opens the next sentence, unattributed, goes on with the speaker. */
export function quotesGoingOn(
  parsed: Parsed,
  quotes: readonly Quote[],
  attrs: readonly Attr[],
  add: Add,
): void {
  const { tokens, sentences } = parsed;
  if (quotes.length === 0) return;
  // Built on the first quote that opens a sentence: most quotes do not, and many documents have none.
  let inBody: SpanIndex<Attr> | undefined;
  // The latest attribution (in the order found) whose cue ends before each quote: quotes come in text order.
  const byCueEnd = attrs
    .flatMap((a, i) => (a.documentLevel ? [] : [i]))
    .sort((x, y) => (attrs[x] as Attr).cueEnd - (attrs[y] as Attr).cueEnd);
  let next = 0;
  let latest = -1;
  // The quote last carried on, and the sentence it closes in: a third quote in a row goes on with it too.
  let carried = null as { readonly attr: Attr; readonly sent: number } | null;
  for (const q of quotes) {
    for (; next < byCueEnd.length && (attrs[byCueEnd[next] as number] as Attr).cueEnd <= q.open; next++)
      latest = Math.max(latest, byCueEnd[next] as number);
    const s = sentences[tokens[q.openToken]?.sent ?? -1];
    if (!s || s.first !== q.openToken) continue;
    inBody ??= new SpanIndex(attrs.filter((a) => !a.documentLevel));
    if (inBody.holding(q.open + 1).length > 0) continue;
    const before = attrs[latest];
    const cueSent = before && sentenceHolding(sentences, before.cueStart);
    const from: Attr | null =
      before?.mode === 'direct_quote' && cueSent?.i === s.i - 1
        ? before
        : carried?.sent === s.i - 1
          ? carried.attr
          : null;
    if (!from) continue;
    add({ ...from, contentStart: q.open + 1, contentEnd: q.close - 1 });
    carried = { attr: from, sent: tokens[q.closeToken]?.sent ?? s.i };
  }
}

/**
 * `"...," she said, adding, "..."`, `said Michael Tyler, a spokesman, explaining why ...`: a participle after a
 * comma speaks for the speaker of the reporting verb its clause already gave a speaker, when no other verb
 * stands between them.
 */
export function clauseSpeaker(scan: Scan, s: Sentence, k: number): Source | null {
  const { tokens } = scan.parsed;
  const t = tokens[k] as Token;
  if (!t.lower.endsWith('ing') || tokens[k - 1]?.text !== ',') return null;
  for (let j = k - 2; j >= s.first; j--) {
    const w = tokens[j] as Token;
    const said = scan.used.has(j) ? scan.byCue.get(w.start) : undefined;
    if (said && !said.documentLevel && !said.writer) return said.source;
    if (w.pos === 'VERB' || w.pos === 'AUX') return null;
  }
  return null;
}
