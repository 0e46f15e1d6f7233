import { z } from 'zod';
import { PackExample } from './schema.js';

/** A verb of making weapons, which tells a transfer only for another state or under another's licence. */
export const ProductionVerb = z.object({
  lemma: z.string().regex(/^[a-z][a-z-]*$/),
  examples: z.array(PackExample).min(1),
});
export type ProductionVerb = z.infer<typeof ProductionVerb>;

/**
 * Making weapons is a transfer in two shapes: for a state named in a for-phrase ("Iran will produce
 * drones for Tajikistan": Iran supplies Tajikistan), and under a licence (a licensee makes what the
 * licensor designed: "Egypt builds K9 howitzers under licence from South Korea" moves the design from
 * South Korea to Egypt). Making for oneself is no transfer.
 */
export const productionVerbs: readonly ProductionVerb[] = z.array(ProductionVerb).parse([
  {
    lemma: 'produce',
    examples: [
      {
        text: 'Iran will produce Ababil drones for Tajikistan.',
        claims: ['transfer IRN>TJK [drone] planned'],
      },
      {
        text: 'Egypt produces K9 howitzers under licence from South Korea.',
        claims: ['transfer KOR>EGY [other] asserted'],
      },
      { text: 'Russia produces thousands of drones every month.', claims: [] },
    ],
  },
  {
    lemma: 'manufacture',
    examples: [
      {
        text: 'India manufactures Russian rifles under a license from Moscow.',
        claims: ['transfer RUS>IND [small_arms] asserted'],
      },
    ],
  },
  {
    lemma: 'build',
    examples: [
      {
        text: 'Venezuela builds Iranian drones under licence.',
        claims: ['transfer IRN>VEN [drone] asserted'],
      },
      {
        text: 'South Korea will build frigates for the Philippines.',
        claims: ['transfer KOR>PHL [naval] planned'],
      },
    ],
  },
  {
    lemma: 'assemble',
    examples: [
      {
        text: 'Belarus assembles Chinese rocket launchers under a licence from Beijing.',
        claims: ['transfer CHN>BLR [rocket_artillery] asserted'],
      },
    ],
  },
]);

/** The lemmas of the production verbs, for trigger finding. */
export const productionLemmas: ReadonlySet<string> = new Set(productionVerbs.map((v) => v.lemma));
