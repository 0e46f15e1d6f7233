import { z } from 'zod';
import { parseSignature } from '../../src/eval/claim-signature.js';

/** A claim signature ("transfer IRN>RUS [drone] asserted") that parses. */
export const Signature = z.string().refine(
  (s) => {
    try {
      parseSignature(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a claim signature' },
);

/**
 * One sentence in its base form and in paraphrases that say the same thing, with the claims a careful
 * analyst would read from each: every signature in `claims` must be met by some claim, none in
 * `notClaims` may be, and each name in `sources` must be the innermost source of some claim.
 */
export const ParaphraseCase = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    base: z.string().min(1),
    paraphrases: z.array(z.string().min(1)).min(1),
    claims: z.array(Signature),
    notClaims: z.array(Signature).optional(),
    sources: z.array(z.string()).optional(),
  })
  .refine((c) => c.claims.length + (c.notClaims ?? []).length > 0, {
    message: 'a case expects some claim or forbids one',
  });
export type ParaphraseCase = z.infer<typeof ParaphraseCase>;

/** A theme of the suite: a name and its cases. */
export interface Theme {
  readonly theme: string;
  readonly cases: readonly ParaphraseCase[];
}
