import type { Claim } from '../domain/extraction.js';
import { claimTypes } from '../knowledge/claim-types.js';
import type { Attr } from './attributions.js';
import { answerStanceTime, type StanceTime } from './claims/stance-time.js';
import { tokenRange } from './status.js';
import { analyzeSentence } from './syntax/index.js';
import type { Parsed } from './text.js';

/**
 * The claim an answer that names nothing ("declined to comment", "I'd refer you to ...") speaks of:
 * the main one of `earlier` (the claims others made, picked by `main`), unless the answering state is no
 * party to it; then the main one of the claims that name that state in their own sentence ("Germany's
 * economy ministry declined to comment" answers for Germany's licence, not for China's sale), even
 * when another voice of that state told it ("Germany refused to export the engines").
 */
export function answeredBy(
  a: Attr,
  earlier: readonly Claim[],
  reach: readonly Claim[],
  byId: ReadonlyMap<string, Attr>,
  main: (pool: readonly Claim[]) => Claim | undefined,
): Claim | undefined {
  const picked = main(earlier);
  const party = a.source.kind === 'outlet' ? null : (a.source.country ?? a.source.entity);
  if (party === null || party === undefined || picked === undefined) return picked;
  if (picked.actor === party || picked.target === party) return picked;
  const own = reach.filter((c) => {
    // The party must be named in the claim's own sentence, not filled in from the story.
    const named =
      (c.actor === party && !c.inferred?.includes('actor')) ||
      (c.target === party && !c.inferred?.includes('target'));
    if (!claimTypes[c.type].answerable || !named) return false;
    const by = c.source ? byId.get(c.source) : undefined;
    return by === undefined || (by.source.name !== a.source.name && by.cueStart < a.cueStart);
  });
  return own.length > 0 ? main(own) : picked;
}

/**
 * An earlier claim as an answer takes it: with the answer's status and the time of the answer's own
 * stance (not the first claim's), and a halt only when it denies.
 */
export function answerOf(claim: Claim, status: Claim['status'], time: StanceTime = {}): Claim {
  const { halted, stated: _stated, retrospective: _retrospective, ...rest } = claim;
  return {
    ...rest,
    status,
    ...(status === 'denied' && halted ? { halted } : {}),
    ...(time.stated === undefined ? {} : { stated: time.stated }),
    ...(time.retrospective ? { retrospective: true as const } : {}),
  };
}

/** When the answer whose cue starts at character `cueStart` took its stance ("at first denied the reports"). */
export function answerTime(parsed: Parsed, cueStart: number, published: string | null): StanceTime {
  const [k] = tokenRange(parsed, cueStart, cueStart);
  const sent = parsed.tokens[k]?.sent;
  if (sent === undefined) return {};
  const syntax = analyzeSentence(parsed, sent);
  return k <= syntax.last ? answerStanceTime(parsed, syntax, k, published) : {};
}

/**
 * Whether the words of an answer that withholds confirmation tell an event of their own in a
 * "that" clause ("could not confirm that Iran sent drones"), rather than point back at one ("not aware
 * of the case and that Beijing controls exports", "I'd refer you to Pakistan on that").
 */
export function tellsOwnEvent(content: string): boolean {
  // A "that" after "and" or "but" opens a second thing said, not the object of the withheld confirmation;
  // a "that" closing the words is a pronoun.
  const first = content.split(/\s(?:and|but)\s+that\b/i)[0] ?? content;
  return /\bthat\s+\w/i.test(first);
}
