/**
 * The parties behind words: the state of whoever speaks at a token, what "we", "it" and "they"
 * stand for, and the two states who speak together of one deal.
 */
import type { Attr } from '../attributions.js';
import { cueForce } from '../lexicon.js';
import { mentionWithin, sameReport, sentenceHolding, spanIndexOf } from '../span-index.js';
import type { Sentence, Token } from '../text.js';
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
    // "played down a claim by the White House that it is about to supply": the claim's "it" is the one it concerns.
    const nominal = a !== undefined && /^(reports?|claims?|accusations?|allegations?)$/i.test(a.cue);
    if (a && !nominal && a.mode !== 'direct_quote' && /^(government|organization)$/.test(a.source.kind))
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

const SAYING = /^(said|says|say|told|tells|added|adds|wrote|writes|stated|explained|continued)$/i;
/** A clause after the reporting verb that goes on with the speaker's words: `, but Russian forces would "..."`. */
const GOES_ON =
  /^[^.;:]*?,\s*(?:but|and)\s+(?=(?:[^.;]|\.(?!\s+[A-Z"“]))*(?:\b(?:would|could|will|can|might|had)\b|["“”]))/;

/**
 * The speaker who governs a sentence whose words about an event stand outside every reported span: one
 * whose plain saying stands before the event, in a relative clause on the sentence's subject ("The
 * shipment, which one of the sources said included Fath-360s, was carried across the Caspian") or
 * followed by a clause that goes on in their words (`"...," he said, but Russian forces would "repel
 * these attacks"`; `Kirby said, "...", and the U.S. would raise the matter`). A verb of denial, belief or
 * announcement judges its own words only, and a speaker after the event reports another clause.
 */
export function sentenceSpeaker(
  attrs: readonly Attr[],
  sent: { readonly start: number; readonly end: number },
  at: number,
  text: string,
): Attr | undefined {
  let best: Attr | undefined;
  for (const a of attrs) {
    if (a.documentLevel || a.carrier || a.force !== 'say' || !SAYING.test(a.cue)) continue;
    if (a.cueStart < sent.start || a.cueEnd > sent.end) continue;
    const named = a.source.mention?.start ?? a.cueStart;
    // A relative clause set off on the phrase that opens the sentence: "The shipment, which X said ..., was".
    const relative = /^[^,;:]*,\s*(?:which|who)\s+$/i.test(text.slice(sent.start, named));
    if (!relative && (a.cueEnd > at || !GOES_ON.test(text.slice(Math.max(a.cueEnd, a.contentEnd), at))))
      continue;
    if (!best || a.cueStart > best.cueStart) best = a;
  }
  return best;
}

/** The nouns by which a denier names the claims of others it rejects: "rejected Western media reports that ...". */
const CLAIMANT_CUE = /^(reports?|claims?|accusations?|allegations?|assertions?|charges?)$/i;

/**
 * The denier who rejects a claimant's words: "Kanaani rejected Western media reports that Iran has delivered
 * missiles" gives the media's words (asserted) inside Kanaani's (denied).
 */
export function judgeOf(attrs: readonly Attr[], claimant: Attr): Attr | undefined {
  if (!CLAIMANT_CUE.test(claimant.cue)) return undefined;
  return attrs.find(
    (b) =>
      b !== claimant &&
      b.force === 'deny' &&
      b.cueStart < claimant.cueStart &&
      b.contentStart <= claimant.contentStart &&
      b.contentEnd >= claimant.contentEnd,
  );
}

/**
 * "Washington, London, Paris and Berlin announced fresh sanctions": a state that announces sanctions imposes
 * them, an act the outlet tells in its own voice; "said they would cancel" stays the speakers' plan, and "the
 * US Treasury announced" is a body's word on its own measures.
 */
export function announcesOwnAct(
  index: ClaimInputs['index'],
  a: Attr,
  d: Pick<Draft, 'type' | 'status' | 'actor'>,
): boolean {
  if (d.type !== 'sanction' || d.status !== 'asserted' || !/^announc/i.test(a.cue)) return false;
  const m = a.source.mention;
  if (!m || d.actor === null || a.source.entity !== d.actor) return false;
  const named = mentionWithin(index.mentions, m.start, m.end, (x) => x.kind === 'country');
  return named !== undefined && named.end >= m.end - 1;
}

/**
 * The speaker of words in quotation marks that no attribution holds: `"...," Araghchi wrote on X. "Iran has
 * NOT delivered ballistic missiles."` goes on with whoever was quoted last, when nobody else spoke in between
 * and the quote stands in the same paragraph as that speaker's cue, in the same sentence or the next.
 */
export function quotedSpeaker(
  attrs: readonly Attr[],
  quotes: readonly { readonly open: number; readonly close: number }[],
  sentences: readonly Sentence[],
  at: number,
): Attr | undefined {
  const q = quotes.find((x) => x.open < at && at < x.close);
  if (!q) return undefined;
  let last: Attr | undefined;
  for (const a of attrs) {
    if (a.documentLevel || a.carrier || a.cueEnd > q.open) continue;
    if (!last || a.cueEnd > last.cueEnd) last = a;
  }
  if (last?.mode !== 'direct_quote') return undefined;
  const cue = sentenceHolding(sentences, last.cueStart);
  const here = sentenceHolding(sentences, q.open);
  if (!cue || !here || cue.para !== here.para || here.i - cue.i > 1) return undefined;
  return last;
}

/** Verbs a refusal may take that still say something: "declined to comment", "refused to elaborate". */
const SAYING_REFUSED =
  /^(comment|elaborate|discuss|specify|disclose|answer|reply|respond|speculate|identify|name)$/i;

/**
 * "Germany refused to export the engines, the navy said": a refusal to act is the act the claim tells (its
 * status is the refusal's), not a statement of the refuser's; the claim's voice is whoever reports it.
 * "declined to comment" and "refused to confirm" still speak.
 */
export function refusesToAct(a: Attr, text: string): boolean {
  if (!/^(refus|declin)/i.test(a.cue)) return false;
  const verb = /^\s+to\s+([a-z]+)/i.exec(text.slice(a.cueEnd, a.cueEnd + 40))?.[1]?.toLowerCase();
  if (!verb) return false;
  return !SAYING_REFUSED.test(verb) && cueForce(verb, verb) === undefined;
}

/**
 * `Kirby told reporters ..., calling the transfer "a significant escalation"`: words a stance verb judges
 * govern no claim of their own, but an event they name is still told by that speaker, in the reporting
 * verb's voice when the same speaker reports in the sentence.
 */
export function stanceSpeaker(
  attrs: readonly Attr[],
  speaking: readonly Attr[],
  sent: { readonly start: number; readonly end: number },
  at: number,
): Attr | undefined {
  // The words the stance judges, or the clause it opens after its cue.
  const stance = attrs.find(
    (a) =>
      a.governs === false &&
      !a.documentLevel &&
      ((a.contentStart <= at && at < a.contentEnd) ||
        (a.cueStart >= sent.start && a.cueEnd <= at && at < sent.end)),
  );
  if (!stance) return undefined;
  return speaking.find(
    (b) =>
      b.source.name === stance.source.name &&
      b.cueStart >= sent.start &&
      b.cueEnd <= sent.end &&
      b.cueStart < stance.cueStart,
  );
}

/**
 * "the Pentagon announced a $1 billion package that will include artillery rounds": an event named between a
 * speaker's verb and the words that follow it is the speaker's too (the object of "announced", "unveiled").
 */
export function objectSpeaker(
  attrs: readonly Attr[],
  sent: { readonly start: number; readonly end: number },
  at: number,
): Attr | undefined {
  return attrs.find(
    (a) =>
      !a.documentLevel &&
      /^announc|^unveil|^present/i.test(a.cue) &&
      a.cueStart >= sent.start &&
      a.cueEnd <= at &&
      at < a.contentStart &&
      a.contentStart <= sent.end,
  );
}
