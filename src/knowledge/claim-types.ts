import type { ClaimType } from '../domain/extraction.js';

/** What the stages do with the claims of one type: the one table that says it. */
export interface ClaimTypeInfo {
  /** Whether its claims name weapons (a sanction or a threat names none). */
  readonly weapons: boolean;
  /** Whether its triggers need weapons named (or pointed back at) to tell an event, unless a trigger says otherwise. */
  readonly triggersNeedWeapons: boolean;
  /** Whether an answer ("Moscow dismissed the reports") can deny or leave it unconfirmed: events, not the measures taken against them. */
  readonly answerable: boolean;
  /** A measure a state takes or threatens against another (a sanction, a threat, a referral, coordination). */
  readonly measure: boolean;
  /**
   * Whether its announcement and occurrence are distinct events (the planned and the delivered batch, the
   * expected and the reported use); a sanction or a threat announced and then imposed is one event.
   */
  readonly phased: boolean;
  /** Whether it is a phase of an arms deal (the talks, the plan, the delivery): deal types link across. */
  readonly deal: boolean;
  /**
   * Whether a claim of it needs a target: a deal with no recipient that its text or a story it continues
   * (claims/licence.ts) gives tells nothing an analyst records (gold never has one), and is dropped.
   */
  readonly needsRecipient: boolean;
}

const ARMS = { weapons: true, triggersNeedWeapons: true, answerable: true, measure: false, phased: true };
const DEAL = { ...ARMS, deal: true, needsRecipient: true };
const MEASURE = {
  weapons: false,
  triggersNeedWeapons: false,
  answerable: false,
  measure: true,
  phased: false,
  deal: false,
  needsRecipient: false,
};

/** The claim types and what each stage does with their claims. */
export const claimTypes: Readonly<Record<ClaimType, ClaimTypeInfo>> = {
  transfer: DEAL,
  negotiate_transfer: DEAL,
  military_use: { ...ARMS, deal: false, needsRecipient: false },
  sanction: MEASURE,
  threaten: MEASURE,
  refer_international: MEASURE,
  coordinate: MEASURE,
  other: {
    weapons: true,
    triggersNeedWeapons: false,
    answerable: false,
    measure: false,
    phased: false,
    deal: false,
    needsRecipient: false,
  },
};

/** The claim types that are phases of an arms deal, in the table's order. */
export const DEAL_TYPES: readonly ClaimType[] = (Object.keys(claimTypes) as ClaimType[]).filter(
  (t) => claimTypes[t].deal,
);
