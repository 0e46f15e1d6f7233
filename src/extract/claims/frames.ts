/**
 * The frame pass of claim finding: a trigger's frame read from the shallow syntax of its sentence,
 * which is analysed once, at the first trigger of the sentence that drafts a claim.
 */
import type { Trigger } from '../../knowledge/en/index.js';
import { stateBodyPreps } from '../../knowledge/en/state-bodies.js';
import { type FrameReading, mentionSpans, readFrame } from '../frame-roles.js';
import { triggerFor } from '../lexicon.js';
import { mentionAt } from '../mentions.js';
import { analyzeSentence, type MentionSpans, type NounChunk, type SentenceSyntax } from '../syntax/index.js';
import type { Sentence } from '../text.js';
import { partyAt } from './parties.js';
import type { ClaimInputs } from './types.js';

/** What the frame pass keeps over a document: the spans of its names and how a chunk names parties. */
export interface FrameSource {
  readonly spans: MentionSpans;
  readonly partiesIn: (chunk: NounChunk) => string[];
}

/** The frame pass's view of a document. */
export function frameSource(input: ClaimInputs): FrameSource {
  const { parsed, index } = input;
  // A member names a party when a party's name covers its head, or, for a head that names no party
  // ("North Korean officials", "Russian entities"), a state adjective before it; a weapon's origin
  // ("Iranian drones") is no party. "France 12 drones" (a gapped clause read as a member) names none.
  const partiesIn = (chunk: NounChunk): string[] =>
    (chunk.members.length > 0 ? chunk.members : [chunk]).flatMap((m) => {
      const head = partyAt(index, m.head, parsed.tokens);
      if (head?.entity) return [head.entity];
      if (mentionAt(index, m.head)) return [];
      for (const j of m.modifiers) {
        const p = partyAt(index, j, parsed.tokens);
        if (p?.entity && p.kind === 'country' && p.form === 'adjective') return [p.entity];
      }
      return bodyOf(input, m);
    });
  return { spans: mentionSpans(index), partiesIn };
}

/** The state a state body stands for: "the junta in Niger", "the army of Mali", "Mali's army" (the pack's state bodies). */
function bodyOf(input: ClaimInputs, m: NounChunk): string[] {
  const { tokens } = input.parsed;
  const preps = stateBodyPreps.get(m.lemma);
  if (!preps) return [];
  // "Burkina Faso's army": the possessor's state.
  const owner = m.possessor ? partyAt(input.index, m.possessor.head, tokens) : undefined;
  if (owner?.entity && owner.kind === 'country') return [owner.entity];
  const prep = tokens[m.last + 1]?.lower;
  if (prep === undefined || !preps.includes(prep)) return [];
  const j = tokens[m.last + 2]?.lower === 'the' ? m.last + 3 : m.last + 2;
  const p = partyAt(input.index, j, tokens);
  return p?.entity && p.kind === 'country' && p.form !== 'adjective' ? [p.entity] : [];
}

/** One sentence's syntax, analysed when first asked for, and whether the sentence names a party at all. */
export interface SentenceFrames {
  syntax: SentenceSyntax | undefined;
  namesParty: boolean | undefined;
  hasInto: boolean | undefined;
}

/** The reading of a frame that finds no party: what a sentence that names none gives every trigger. */
const NO_PARTIES: FrameReading = {
  actors: [],
  targets: [],
  explicitActors: false,
  explicitTargets: false,
  intoPlace: false,
};

/**
 * The frame reading of the trigger at `k`, analysing the sentence's syntax if not yet done. A sentence
 * that names no party gives no frame a party, so its syntax is worth reading only for a transfer "into"
 * a place that none of the trigger's drafts gives a recipient (the syntax layer is the costliest pass).
 */
export function frameAt(
  input: ClaimInputs,
  source: FrameSource,
  s: Sentence,
  k: number,
  trig: Trigger,
  cache: SentenceFrames,
  untargeted: boolean,
): FrameReading | undefined {
  if (cache.syntax === undefined) {
    cache.namesParty ??= namesParty(input, s);
    if (!cache.namesParty) {
      cache.hasInto ??= hasInto(input, s);
      if (!(cache.hasInto && trig.type === 'transfer' && untargeted)) return NO_PARTIES;
    }
  }
  cache.syntax ??= analyzeSentence(input.parsed, s.i, source.spans);
  return readFrame(cache.syntax, k, trig, source.partiesIn, triggerFor);
}

/** Whether any token of the sentence names a party as the frames read parties (see frameSource). */
function namesParty(input: ClaimInputs, s: Sentence): boolean {
  const { index, parsed } = input;
  for (let j = s.first; j <= s.last; j++) if (partyAt(index, j, parsed.tokens)?.entity) return true;
  return false;
}

/** Whether the sentence has the word "into", which a frame may read as a place moved into. */
function hasInto(input: ClaimInputs, s: Sentence): boolean {
  const { tokens } = input.parsed;
  for (let j = s.first; j <= s.last; j++) if (tokens[j]?.lower === 'into') return true;
  return false;
}
