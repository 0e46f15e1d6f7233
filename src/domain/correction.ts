import { z } from 'zod';
import { ClaimStatus, WeaponClass } from './extraction.js';

/**
 * A claim named by what survives re-extraction: its document (the content hash id), its evidence
 * offsets and its extracted type and parties, never its row id (`c3` may be another claim tomorrow).
 */
export const ClaimKey = z.object({
  document: z.string().min(1).max(100),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: z.string().min(1).max(50),
  actor: z.string().nullable(),
  target: z.string().nullable(),
});
export type ClaimKey = z.infer<typeof ClaimKey>;

/** What an analyst may set on a claim; a field left out keeps the extracted value. */
export const ClaimFix = z.object({
  /** The claim is plainly wrong: it leaves every event and every gold file. */
  wrong: z.boolean().optional(),
  status: ClaimStatus.optional(),
  /** The name of whoever makes the claim (a speaker, a government, an outlet). */
  source: z.string().trim().min(1).max(200).optional(),
  actor: z.string().trim().min(1).max(100).nullable().optional(),
  target: z.string().trim().min(1).max(100).nullable().optional(),
  weapons: z.array(WeaponClass).max(20).optional(),
});
export type ClaimFix = z.infer<typeof ClaimFix>;

/** Who asks for a change, and why: required with every correction. */
const Signed = {
  analyst: z.string().trim().min(1, 'the analyst name is required').max(100),
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
};

const ClaimRef = z.object({
  document: z.string().min(1).max(100),
  claim: z.string().min(1).max(50),
});

/** One correction as the API, the CLI and the page ask for it. */
export const CorrectionRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('claim'), ...Signed, ...ClaimRef.shape, fix: ClaimFix }),
  z.object({ kind: z.literal('exclude_document'), ...Signed, document: z.string().min(1).max(100) }),
  z.object({
    kind: z.literal('merge_events'),
    ...Signed,
    event: z.string().min(1).max(100),
    into: z.string().min(1).max(100),
  }),
  z.object({
    kind: z.literal('split_event'),
    ...Signed,
    event: z.string().min(1).max(100),
    claims: z.array(ClaimRef).min(1).max(1000),
  }),
]);
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;

/** The kinds of correction. */
export type CorrectionKind = CorrectionRequest['kind'];

/** One recorded correction: who, when, why, on what, and the values before and after. */
export const StoredCorrection = z.object({
  id: z.string(),
  at: z.string(),
  analyst: z.string(),
  reason: z.string(),
  kind: z.enum(['claim', 'exclude_document', 'merge_events', 'split_event']),
  /** The document it is about (null for a merge or split). */
  document: z.string().nullable(),
  /** The claim it is about, for a claim correction. */
  claim: ClaimKey.nullable(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
  /** The events it changed, before and after. */
  events: z.array(z.string()),
});
export type StoredCorrection = z.infer<typeof StoredCorrection>;
