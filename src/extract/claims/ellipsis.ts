/**
 * Verb-phrase ellipsis: "France supplied howitzers to Ukraine, as did Denmark", "..., and so did Poland",
 * "..., and Iran did too": a state with a stranded auxiliary repeats the event just told, as its actor.
 */
import type { Sentence, Token } from '../text.js';
import { repeatable } from './echoes.js';
import { partyAt } from './parties.js';
import type { ClaimInputs, Draft } from './types.js';

/** Auxiliaries that stand for a verb phrase left out. */
const STANDING = new Set([
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
  'will',
  'would',
  'is',
  'are',
  'was',
  'were',
]);
/** What may close the elided clause: its end, or an adverb of addition before it. */
const CLOSES = new Set(['.', ',', ';', '!']);
const ADDING = new Set(['too', 'also']);

/**
 * The draft an elided clause at the auxiliary `k` repeats for its own subject, or null: "as/so + aux +
 * party" or "party + aux + too / as well" with nothing else after, and a transfer, talks or use told
 * earlier in the same sentence by another actor.
 */
export function elided(input: ClaimInputs, s: Sentence, k: number, drafts: readonly Draft[]): Draft | null {
  const { tokens } = input.parsed;
  if (!STANDING.has(tokens[k]?.lower ?? '')) return null;
  const actor = inverted(input, tokens, k, s.last) ?? plain(input, tokens, k, s);
  if (actor === null) return null;
  const told = drafts.findLast((d) => d.sent === s.i && d.trigger < k && !d.echo && repeatable(d));
  if (!told || told.actor === actor || told.target === actor) return null;
  return { ...told, actor, trigger: k, quantity: null, anaphoric: true, echo: true };
}

// "as did Denmark", "and so has Poland": the auxiliary before its subject, which ends the clause.
function inverted(input: ClaimInputs, tokens: readonly Token[], k: number, last: number): string | null {
  const before = tokens[k - 1]?.lower;
  if (before !== 'as' && before !== 'so') return null;
  const m = partyAt(input.index, k + 1, tokens) ?? partyAt(input.index, k + 2, tokens);
  if (!m?.entity || m.last >= last + 1) return null;
  return CLOSES.has(tokens[m.last + 1]?.text ?? '.') ? m.entity : null;
}

// "and Iran did too", "and Belarus has as well", "Iran did, too": the subject, the auxiliary, an adverb of addition.
function plain(input: ClaimInputs, tokens: readonly Token[], k: number, s: Sentence): string | null {
  const m = partyAt(input.index, k - 1, tokens);
  if (!m?.entity || m.first <= s.first) return null;
  let j = k + 1;
  if (tokens[j]?.text === ',') j++;
  if (ADDING.has(tokens[j]?.lower ?? '')) j++;
  else if (tokens[j]?.lower === 'as' && tokens[j + 1]?.lower === 'well') j += 2;
  else return null;
  return CLOSES.has(tokens[j]?.text ?? '.') || j > s.last ? m.entity : null;
}
