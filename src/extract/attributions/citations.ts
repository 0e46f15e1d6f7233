import type { Source } from '../../domain/extraction.js';
import { type Mention, type MentionIndex, mentionAt } from '../mentions.js';
import { npStartingAt, type Range } from '../phrases.js';
import { resolveSource, type SourceContext } from '../sources.js';
import type { Parsed, Sentence, Token } from '../text.js';

/** Words that name the source a report cites. */
export const CITING = /^(citing|quoting)$/;

/** A source cited next to a reporting verb: "X, citing Y, said", "X said, citing Y", with the cited words' end. */
export function citationNear(
  parsed: Parsed,
  s: Sentence,
  from: number,
  k: number,
  index: MentionIndex,
  ctx: SourceContext,
): { source: Source; cue: Token; end: number } | null {
  const { tokens } = parsed;
  for (let j = Math.max(from, s.first); j <= Math.min(s.last, k + 3); j++) {
    if (j === k) continue;
    const w = tokens[j] as Token;
    if (!CITING.test(w.lower)) continue;
    const np = coordinated(parsed, index, wholeMentions(index, npStartingAt(tokens, j + 1, s.last)));
    const source = np && resolveSource(np, parsed, index, ctx);
    if (!np || !source) return null;
    return { source, cue: w, end: tokens[np.last]?.end ?? w.end };
  }
  return null;
}

/** "U.S. and European officials": a phrase that ends in a country joins the noun phrase after "and". */
export function coordinated(parsed: Parsed, index: MentionIndex, np: Range | null): Range | null {
  const { tokens } = parsed;
  if (!np || tokens[np.last + 1]?.lower !== 'and' || mentionAt(index, np.last)?.kind !== 'country') return np;
  const s = parsed.sentences[tokens[np.last]?.sent ?? 0];
  const next = npStartingAt(tokens, np.last + 2, s ? s.last : np.last);
  return next && tokens[next.last]?.pos === 'NOUN' ? { first: np.first, last: next.last } : np;
}

/** A phrase widened to hold whole names at its edges ("Al-Monitor", cut at "Monitor" tagged a verb). */
export function wholeMentions(index: MentionIndex, np: Range | null): Range | null {
  if (!np) return null;
  const a = mentionAt(index, np.first);
  const b = mentionAt(index, np.last);
  return { first: Math.min(np.first, a?.first ?? np.first), last: Math.max(np.last, b?.last ?? np.last) };
}

/** The named parties joined by "and" or commas right before a subject. */
export function joinedBefore(parsed: Parsed, index: MentionIndex, first: number, floor: number): Range[] {
  const { tokens } = parsed;
  const out: Range[] = [];
  let p = first - 1;
  // "Moscow, Tehran and Pyongyang denied": a list ends in "and", "or" or "nor" ("Neither Washington nor NATO has
  // confirmed"); "In a comment to Xinhua, Ryabkov" is none.
  if (!/^(and|or|nor)$/.test(tokens[p]?.lower ?? '')) return out;
  while (p > floor && /^(and|,|or|nor)$/.test(tokens[p]?.lower ?? '')) {
    const m = mentionAt(index, p - 1) ?? ownedBody(parsed, index, p - 1, floor);
    if (!m?.entity || m.kind === 'weapon_system' || m.kind === 'term') break;
    out.push({ first: m.first, last: p - 1 });
    p = m.first - 1;
    while (p > floor && tokens[p]?.pos === 'DET') p--;
  }
  return out;
}

/** "Iran's defence ministry": the state that owns a body named by common nouns ending at `last`. */
function ownedBody(parsed: Parsed, index: MentionIndex, last: number, floor: number): Mention | undefined {
  const { tokens } = parsed;
  let j = last;
  while (j > floor && j > last - 3 && tokens[j]?.pos === 'NOUN') j--;
  if (j === last || !/^['’]s$/.test(tokens[j]?.text ?? '')) return undefined;
  const owner = mentionAt(index, j - 1);
  return owner?.kind === 'country' ? owner : undefined;
}
