/**
 * The parties behind words: the state of whoever speaks at a token, what "we", "it" and "they"
 * stand for, and the two states who speak together of one deal.
 */
import type { Attr } from '../attributions.js';
import { mentionWithin, sameReport, spanIndexOf } from '../span-index.js';
import type { Token } from '../text.js';
import { partyAt } from './parties.js';
import type { ClaimInputs, Draft, Party } from './types.js';

/** The state or group of the one whose words hold the token at `k`, if the words have a speaker. */
export function speakerParty(input: ClaimInputs, k: number): Party {
  const t = input.parsed.tokens[k] as Token;
  const a = innermost(input.attrs, t.start);
  // An outlet's citation of another outlet ("..., Ukrinform reports") gives no speaker a state.
  if (!a || a.documentLevel || a.source.kind === 'outlet') return null;
  const party = a.source.country ?? (a.source.kind === 'government' ? a.source.entity : null);
  if (party || !a.source.mention) return party;
  // "Senior Houthi official Mohammed Abdulsalam": a group named in the speaker's description.
  const { start, end } = a.source.mention;
  return mentionWithin(input.index.mentions, start, end, (m) => m.kind === 'group')?.entity ?? null;
}

/** The party a pronoun stands for: "we" is the speaker's side; "they" at the start of reported words is the source. */
export function pronounParty(input: ClaimInputs, p: Token, j: number): Party {
  if (/^(we|i|our)$/.test(p.lower)) return speakerParty(input, j);
  if (p.lower === 'it' && input.parsed.sentences[p.sent]?.first === j) {
    // "Germany ... . It has become Ukraine's second-largest donor": the state that opened the sentence before.
    const prev = input.parsed.sentences[p.sent - 1];
    for (let k = prev?.first ?? 0; prev && k <= prev.last; k++) {
      const m = partyAt(input.index, k, input.parsed.tokens);
      if (m?.kind === 'country' && m.form === 'name') return m.entity;
    }
  }
  if (p.lower === 'it' && /^(if|unless|once)$/.test(input.parsed.tokens[j - 1]?.lower ?? '')) {
    // "sanctions on Iran if it sends missiles": a condition's "it" is the state named last before it.
    const first = input.parsed.sentences[p.sent]?.first ?? 0;
    for (let k = j - 2; k >= first; k--) {
      const m = partyAt(input.index, k, input.parsed.tokens);
      if (m?.kind === 'country' && m.form !== 'adjective') return m.entity;
    }
  }
  if (p.lower === 'it') {
    // "The G7 warned that should Iran proceed, it was prepared to respond": a body's reported words say "it".
    const a = innermost(input.attrs, p.start);
    if (a && a.mode !== 'direct_quote' && /^(government|organization)$/.test(a.source.kind))
      return a.source.country ?? a.source.entity;
  }
  if (p.lower === 'they') {
    const a = innermost(input.attrs, p.start);
    // "They are considering ...," Blinken said: in a quote, "they" are others, the speaker says "we".
    if (a?.mode === 'direct_quote') return null;
    if (a && a.contentStart >= (input.parsed.tokens[j - 2]?.start ?? 0))
      return a.source.country ?? a.source.entity;
  }
  return null;
}

/** The innermost attribution whose content holds a text offset. */
export function innermost(attrs: readonly Attr[], offset: number): Attr | undefined {
  return spanIndexOf(attrs).innermost(offset);
}

/**
 * "Both Moscow and Pyongyang have denied any arms dealings": two states who speak together of a deal
 * without parties are its parties, in the direction the document already gave them, else as named.
 */
export function jointSpeakers(
  input: ClaimInputs,
  k: number,
  drafts: readonly Draft[],
): { actor: Party; target: Party } | undefined {
  const at = input.parsed.tokens[k]?.start ?? 0;
  const inner = innermost(input.attrs, at);
  if (!inner) return undefined;
  const states = sameReport(input.attrs, inner)
    .map((a) => a.source.country ?? (a.source.kind === 'government' ? a.source.entity : null))
    .filter((p, i, all): p is string => p !== null && all.indexOf(p) === i);
  if (states.length !== 2) return undefined;
  const [a, b] = states as [string, string];
  const count = (x: string, y: string) =>
    drafts.filter((d) => d.type === 'transfer' && d.actor === x && d.target === y).length;
  return count(b, a) > count(a, b) ? { actor: b, target: a } : { actor: a, target: b };
}
