/**
 * Whether a trigger's frame can change its drafts, decided before the sentence's syntax is read (the
 * costliest pass). A frame's parties are parties the sentence names (each is read through `partyAt` from a
 * chunk of the sentence), so when the sentence names at most one, every reading a frame could give is
 * tried on the drafts: if none changes them, the syntax is not worth reading for this trigger.
 */
import type { FrameReading } from '../frame-roles.js';
import type { Sentence } from '../text.js';
import { framed } from './merge.js';
import { partyAt } from './parties.js';
import type { ClaimInputs, Draft } from './types.js';

/**
 * The parties named by the last sentence asked about, as the frames read parties: sentences are read one after
 * another, so one slot (keyed by the sentence's frame cache) serves all of a sentence's triggers.
 */
let lastSentence: object | undefined;
let last: SentenceParties = { parties: [], into: false };

/** What the gate reads of a sentence: the parties it names, and whether it has the word "into". */
interface SentenceParties {
  readonly parties: readonly string[];
  readonly into: boolean;
}

function partiesNamed(input: ClaimInputs, s: Sentence, perSentence: object): SentenceParties {
  if (lastSentence === perSentence) return last;
  const { index, parsed } = input;
  const parties: string[] = [];
  let into = false;
  for (let j = s.first; j <= s.last; j++) {
    const entity = partyAt(index, j, parsed.tokens)?.entity;
    if (entity && !parties.includes(entity)) parties.push(entity);
    if (parsed.tokens[j]?.lower === 'into') into = true;
  }
  lastSentence = perSentence;
  last = { parties, into };
  return last;
}

/** The relations a frame may read for one role over a single party: none, or the party (once or twice), explicit or not. */
function rolesOver(parties: readonly string[]): readonly { list: readonly string[]; explicit: boolean }[] {
  const p = parties[0];
  if (p === undefined) return [{ list: [], explicit: false }];
  return [
    { list: [], explicit: false },
    { list: [p], explicit: false },
    { list: [p], explicit: true },
    { list: [p, p], explicit: false },
    { list: [p, p], explicit: true },
  ];
}

/**
 * Whether reading the frame of the trigger could change `drafted`: true when the sentence names more than
 * one party, when a transfer "into" a place may be dropped (`intoMatters` and the word "into"), or when any
 * frame over the one party it names gives other drafts. `perSentence` is an object kept for the sentence (its frame cache).
 */
export function frameCanChange(
  input: ClaimInputs,
  s: Sentence,
  perSentence: object,
  drafted: readonly Draft[],
  intoMatters: boolean,
): boolean {
  const { parties, into } = partiesNamed(input, s, perSentence);
  // A place moved "into" is read from an into-phrase, which only the word itself opens.
  if (intoMatters && into) return true;
  if (parties.length > 1) return true;
  const roles = rolesOver(parties);
  for (const a of roles)
    for (const t of roles) {
      const frame: FrameReading = {
        actors: a.list,
        targets: t.list,
        explicitActors: a.explicit,
        explicitTargets: t.explicit,
        intoPlace: false,
      };
      const out = framed(drafted as Draft[], frame);
      if (out.length !== drafted.length || out.some((d, i) => d !== drafted[i])) return true;
    }
  return false;
}
