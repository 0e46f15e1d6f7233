/**
 * The frame pass of claim finding: a trigger's frame read from the shallow syntax of its sentence,
 * which is analysed once, at the first trigger of the sentence that drafts a claim.
 */
import type { Trigger } from '../../knowledge/en/index.js';
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
      return [];
    });
  return { spans: mentionSpans(index), partiesIn };
}

/** One sentence's syntax, analysed when first asked for. */
export interface SentenceFrames {
  syntax: SentenceSyntax | undefined;
}

/** The frame reading of the trigger at `k`, analysing the sentence's syntax if not yet done. */
export function frameAt(
  input: ClaimInputs,
  source: FrameSource,
  s: Sentence,
  k: number,
  trig: Trigger,
  cache: SentenceFrames,
): FrameReading | undefined {
  cache.syntax ??= analyzeSentence(input.parsed, s.i, source.spans);
  return readFrame(cache.syntax, k, trig, source.partiesIn, triggerFor);
}
