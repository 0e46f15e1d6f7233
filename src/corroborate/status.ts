import type { EventStatus, Origin } from '../domain/event.js';
import type { ClaimStatus } from '../domain/extraction.js';
import type { Phase } from './merge.js';

/** How an origin stands on an event, by the status of its latest claim. */
export type Stance = Origin['stance'];

/** One origin's latest stance on an event, and whether it is a government of the actor or target. */
export interface OriginStance {
  readonly name: string;
  readonly stance: Stance;
  readonly official: boolean;
}

/** The stance a claim status expresses. */
export function stanceOf(status: ClaimStatus): Stance {
  switch (status) {
    case 'asserted':
      return 'asserts';
    case 'denied':
      return 'denies';
    case 'unconfirmed':
      return 'unconfirmed';
    case 'possible':
      return 'hedges';
    case 'planned':
      return 'plans';
    case 'conditional':
      return 'conditional';
  }
}

/** Whether a stance says the event happened (or, for a planned event or a threat, that it was announced). */
export function supports(stance: Stance): boolean {
  return stance === 'asserts' || stance === 'plans' || stance === 'conditional';
}

/** Counts of origins by what they say, as status and grade read them. */
export interface StanceCounts {
  readonly supporting: number;
  readonly denying: number;
  readonly doubting: number;
  readonly officialSupporting: number;
  readonly officialDenying: number;
}

/** Counts origins that support, deny and only doubt (decline to confirm, hedge) an event. */
export function countStances(origins: readonly OriginStance[]): StanceCounts {
  let supporting = 0;
  let denying = 0;
  let doubting = 0;
  let officialSupporting = 0;
  let officialDenying = 0;
  for (const o of origins) {
    if (supports(o.stance)) {
      supporting += 1;
      if (o.official) officialSupporting += 1;
    } else if (o.stance === 'denies') {
      denying += 1;
      if (o.official) officialDenying += 1;
    } else doubting += 1;
  }
  return { supporting, denying, doubting, officialSupporting, officialDenying };
}

/**
 * An event's status from its independent origins' latest stances, by the rules of docs/STATUS.md,
 * applied in order: denied, threatened, planned, officially confirmed, disputed, corroborated,
 * claimed, unconfirmed.
 */
export function deriveStatus(type: string, phase: Phase, origins: readonly OriginStance[]): EventStatus {
  const c = countStances(origins);
  // S1: only denials.
  if (c.supporting === 0 && c.denying > 0) return 'denied';
  // S2: a threat stays a threat, whoever repeats it.
  if (type === 'threaten') return 'threatened';
  // S3: an announced, not yet reported, delivery or action.
  if (phase === 'planned') return 'planned';
  // S4: a party to the event says it happened and no party denies it.
  if (c.officialSupporting > 0 && c.officialDenying === 0) return 'officially_confirmed';
  // S5: some say it happened, others deny it.
  if (c.supporting > 0 && c.denying > 0) return 'disputed';
  // S6: two or more independent origins.
  if (c.supporting >= 2) return 'corroborated';
  // S7: one origin, however many outlets repeat it.
  if (c.supporting === 1) return 'claimed';
  // S8: nobody asserts or denies; they decline to confirm or only hedge.
  return 'unconfirmed';
}
