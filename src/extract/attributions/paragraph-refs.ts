import { cueForce } from '../lexicon.js';
import { mentionAt } from '../mentions.js';
import { npStartingAt, type Range, subjectBefore } from '../phrases.js';
import { resolveSource } from '../sources.js';
import type { Sentence } from '../text.js';
import type { Scan } from './types.js';

const FOLLOWING =
  /\bthe following\s+(?:[a-z]+\s+){0,2}(?:answer|statement|comment|comments|remarks|reply|message)\b/i;

/**
 * How many paragraphs a statement introduced by "the following answer:" runs over at most: an answer to a
 * question is a few paragraphs, and a long text (a feed of many articles) must not give one speaker the rest of it.
 */
const FOLLOWING_PARAGRAPHS = 20;

/**
 * "A spokesperson for the Foreign Ministry gave the following answer to a question ...:": what follows, to
 * the end of the document or over at most FOLLOWING_PARAGRAPHS paragraphs, is the speaker's.
 */
export function followingStatement(scan: Scan, s: Sentence): void {
  const { parsed, index, ctx, add, used } = scan;
  const { tokens, text, sentences } = parsed;
  if (tokens[s.last]?.text !== ':' || !FOLLOWING.test(text.slice(s.start, s.end))) return;
  const verb = tokens.slice(s.first, s.last).find((w) => w.pos === 'VERB' && !used.has(w.i));
  const np = verb ? subjectBefore(tokens, verb.i, s.first) : null;
  const source = np ? resolveSource(np, parsed, index, ctx) : null;
  let last = s;
  for (
    let i = s.i + 1;
    i < sentences.length && (sentences[i] as Sentence).para - s.para <= FOLLOWING_PARAGRAPHS;
    i++
  )
    last = sentences[i] as Sentence;
  if (!verb || !source || last.i === s.i) return;
  used.add(verb.i);
  add({
    source,
    cue: verb.text,
    cueStart: verb.start,
    cueEnd: verb.end,
    mode: 'indirect',
    force: 'say',
    contentStart: sentences[s.i + 1]?.start ?? s.end,
    contentEnd: last.end,
    viaPublication: false,
    documentLevel: false,
  });
  ctx.speaker = source;
}

/** "This statement was made on Thursday ... by John Kirby": the previous paragraph is Kirby's. */
export function backReference(scan: Scan, s: Sentence): void {
  const { parsed, index, ctx, add, used } = scan;
  const { tokens, sentences } = parsed;
  const a = tokens[s.first];
  const b = tokens[s.first + 1];
  if (
    !a ||
    !b ||
    !/^(this|these|the)$/.test(a.lower) ||
    !/^(statement|statements|remarks|comments|assessment|words)$/.test(b.lower)
  )
    return;
  let by = -1;
  for (let j = s.first + 2; j <= s.last; j++) if (tokens[j]?.lower === 'by') by = j;
  if (by < 0) return;
  // Only "was made / issued / delivered ... by": "The statement said attacks were carried out with
  // missiles provided by Pyongyang" reports words of its own.
  const group = tokens.slice(s.first + 2, by);
  if (
    !group.some((w) => /^(make|issue|deliver|give|release|publish|voice|express|read)$/.test(w.lemma)) ||
    group.some((w) => w.pos === 'VERB' && cueForce(w.lower, w.lemma) !== undefined)
  )
    return;
  let person: Range | null = null;
  for (let j = by + 1; j <= s.last; j++) {
    const m = mentionAt(index, j);
    if (m?.kind === 'person') {
      person = { first: m.first, last: m.last };
      break;
    }
  }
  const np = person ?? npStartingAt(tokens, by + 1, s.last);
  const source = np && resolveSource(np, parsed, index, ctx);
  if (!source) return;
  const prev = sentences.filter((x) => x.para === s.para - 1);
  const p0 = prev[0];
  const p1 = prev[prev.length - 1];
  if (!p0 || !p1) return;
  used.add(by);
  // "statement was made ... by": the noun, its verb group and "by", without the words between.
  const verbs = tokens.slice(s.first + 2, by).filter((w) => w.pos === 'AUX' || w.pos === 'VERB');
  add({
    source,
    cue: [b.text, ...verbs.map((w) => w.text), 'by'].join(' '),
    cueStart: b.start,
    cueEnd: tokens[by]?.end ?? b.end,
    mode: 'indirect',
    force: 'say',
    contentStart: p0.start,
    contentEnd: p1.end,
    viaPublication: false,
    documentLevel: false,
  });
  if (source.kind === 'person') ctx.lastPerson = source;
}
