import { z } from 'zod';
import { Signature } from '../paraphrase/case.js';

/** A claim the document must give, and optionally who must be its innermost source. */
const Expectation = z.object({
  claim: Signature,
  /** Compared as the gold scorer compares sources: case-insensitive, one name containing the other as whole words. */
  source: z.string().min(1).optional(),
  /** The quantity's lower bound ("about 400" is 400, "hundreds" 200). */
  quantity: z.number().int().positive().optional(),
  /** The start of the claim's time, as a prefix: "2026-02" for "last month" in a text of March 2026. */
  time: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .optional(),
});

/**
 * A short news text written from one class of issues 13 and 14 (a story our corpora do not tell), with
 * what a careful analyst reads from it: each expectation is one check, and no claim may meet a
 * signature of `forbid`. Unlike the paraphrase suite, a case is a whole text: it tests what context
 * does to a sentence (a speaker named two sentences back, a story that changed paragraph, a headline).
 */
export const BehaviourCase = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The class of failure the case probes, as the issues name it. */
    probes: z.string().min(1),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    text: z.string().min(1),
    expect: z.array(Expectation),
    forbid: z.array(Signature).optional(),
  })
  .refine((c) => c.expect.length + (c.forbid ?? []).length > 0, {
    message: 'a case expects some claim or forbids one',
  });
export type BehaviourCase = z.infer<typeof BehaviourCase>;
