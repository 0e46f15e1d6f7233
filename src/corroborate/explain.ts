import type { EventStatus, Grade } from '../domain/event.js';
import type { Phase } from './merge.js';
import { countStances, type OriginStance } from './status.js';

/** A rule of docs/STATUS.md that decided a status or a credibility, and what it says in words. */
export interface RuleExplained {
  readonly rule: string;
  readonly words: string;
}

/**
 * The status rule of docs/STATUS.md (S1-S8) that holds first for these origins, with the status it
 * gives: the same order as `deriveStatus`, which a test keeps in step.
 */
export function statusRule(
  type: string,
  phase: Phase,
  origins: readonly OriginStance[],
): RuleExplained & { readonly status: EventStatus } {
  const c = countStances(origins);
  if (c.supporting === 0 && c.denying > 0)
    return { rule: 'S1', status: 'denied', words: 'no origin supports the event and at least one denies it' };
  if (type === 'threaten') return { rule: 'S2', status: 'threatened', words: 'the event is a threat' };
  if (phase === 'planned')
    return { rule: 'S3', status: 'planned', words: 'the claims announce it as planned or conditional' };
  if (c.officialSupporting > 0 && c.officialDenying === 0)
    return {
      rule: 'S4',
      status: 'officially_confirmed',
      words: 'a government of the actor or target supports it and no such government denies it',
    };
  if (c.supporting > 0 && c.denying > 0)
    return {
      rule: 'S5',
      status: 'disputed',
      words: 'at least one origin supports it and at least one denies it',
    };
  if (c.supporting >= 2)
    return { rule: 'S6', status: 'corroborated', words: 'two or more independent origins support it' };
  if (c.supporting === 1)
    return {
      rule: 'S7',
      status: 'claimed',
      words: 'exactly one origin supports it, however many outlets repeat it',
    };
  return {
    rule: 'S8',
    status: 'unconfirmed',
    words: 'no origin asserts or denies; they decline to confirm or hedge',
  };
}

/** The credibility rule of docs/STATUS.md (C1-C6) for these origins; the same branches as `credibility`. */
export function credibilityRule(
  origins: readonly OriginStance[],
): RuleExplained & { readonly credibility: number } {
  const c = countStances(origins);
  if (c.supporting === 0)
    return c.denying > 0
      ? { rule: 'C5', credibility: 5, words: 'none supports it and some deny it' }
      : { rule: 'C6', credibility: 6, words: 'nobody supports or denies it' };
  if (c.denying >= c.supporting)
    return { rule: 'C4', credibility: 4, words: 'some support it, and at least as many deny it' };
  if (c.supporting >= 2)
    return c.denying === 0
      ? { rule: 'C1', credibility: 1, words: 'two or more independent origins support it and none denies it' }
      : { rule: 'C2', credibility: 2, words: 'two or more support it and fewer deny it' };
  return c.officialSupporting > 0
    ? { rule: 'C2', credibility: 2, words: 'one official origin supports it and none denies it' }
    : { rule: 'C3', credibility: 3, words: 'one non-official origin supports it and none denies it' };
}

/** What each Admiralty reliability letter means. */
export const RELIABILITY_WORDS: Readonly<Record<Grade['reliability'], string>> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** What each Admiralty credibility digit means. */
export const CREDIBILITY_WORDS: Readonly<Record<number, string>> = {
  1: 'confirmed',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};
