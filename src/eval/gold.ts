import { z } from 'zod';

/** A value pattern of a gold file: `a|b` alternatives, `*` for anything, `null` (or JSON null) for a null. */
const Pattern = z.string().nullable().default(null);

/** One expected claim of a gold file (see the contract's GOLD.md). */
export const GoldClaim = z.object({
  type: z.string(),
  actor: Pattern,
  target: Pattern,
  /** One slot per expected weapon; each slot is a pattern over weapon classes. Empty: no weapon. */
  weapons: z.array(z.string().nullable()).nullable().default([]),
  status: z.string(),
  source: Pattern,
  optional: z.boolean().optional(),
  note: z.string().optional(),
  event: z.string().optional(),
  quantity: z.unknown().optional(),
  systems: z.array(z.string()).optional(),
});
export type GoldClaim = z.infer<typeof GoldClaim>;

/** What a careful analyst finds in one document: the `NAME.gold.json` file beside it. */
export const Gold = z.object({
  file: z.string().optional(),
  published: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  entities: z.array(z.string()).default([]),
  sources: z.array(z.string()).default([]),
  claims: z.array(GoldClaim).default([]),
});
export type Gold = z.infer<typeof Gold>;
