import { z } from 'zod';
import { nounForms } from './inflect.js';
import { PackExample } from './schema.js';

/** A noun whose phrase "in X" or "of X" makes it stand for the state X ("the junta in Niger"). */
export const StateBody = z.object({
  lemma: z.string().regex(/^[a-z][a-z-]*$/),
  /** The prepositions that name its state; "in" and "of" when absent. */
  preps: z.array(z.enum(['in', 'of', 'from'])).optional(),
  examples: z.array(PackExample).min(1),
});
export type StateBody = z.infer<typeof StateBody>;

/**
 * Heads that name the rulers or armed forces of the state in their in- or of-phrase: "supplied jets to
 * the junta in Myanmar" arms Myanmar. "Forces" name their state only in an of-phrase ("the armed forces
 * of Tajikistan"): "Russian forces in Ukraine" are not Ukraine's; "troops" are left out.
 */
export const stateBodies: readonly StateBody[] = z.array(StateBody).parse([
  {
    lemma: 'junta',
    examples: [
      {
        text: 'Russia supplied fighter jets to the junta in Myanmar.',
        claims: ['transfer RUS>MMR [aircraft] asserted'],
      },
    ],
  },
  {
    lemma: 'government',
    examples: [
      {
        text: 'Turkey sold armed drones to the government of Niger.',
        claims: ['transfer TUR>NER [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'regime',
    examples: [
      { text: 'Iran sent drones to the regime in Sudan.', claims: ['transfer IRN>SDN [drone] asserted'] },
    ],
  },
  {
    lemma: 'army',
    examples: [
      {
        text: 'China delivered armoured vehicles to the army of Burkina Faso.',
        claims: ['transfer CHN>BFA [armored_vehicle] asserted'],
      },
    ],
  },
  {
    lemma: 'military',
    examples: [
      {
        text: 'Russia armed the military in Mali with attack helicopters.',
        claims: ['transfer RUS>MLI [aircraft] asserted'],
      },
    ],
  },
  {
    lemma: 'force',
    preps: ['of'],
    examples: [
      {
        text: 'Iran will produce drones for the armed forces of Tajikistan.',
        claims: ['transfer IRN>TJK [drone] planned'],
      },
      {
        text: 'Iran sent drones to Russian forces in Ukraine.',
        claims: ['transfer IRN>RUS [drone] asserted'],
      },
    ],
  },
  // Firms act for the state they are in, as the trade and sanctions news counts them ("Chinese companies").
  {
    lemma: 'company',
    preps: ['in', 'from'],
    examples: [
      {
        text: 'Companies in China supplied drone components to Russia.',
        claims: ['transfer CHN>RUS [other] asserted'],
      },
    ],
  },
  {
    lemma: 'firm',
    preps: ['in', 'from'],
    examples: [
      {
        text: 'Firms from Turkey shipped machine tools to Russia.',
        claims: ['transfer TUR>RUS [other] asserted'],
      },
    ],
  },
  {
    lemma: 'entity',
    preps: ['in', 'from'],
    examples: [
      {
        text: 'Entities in China supplied drone components to Russian manufacturers.',
        claims: ['transfer CHN>RUS [other] asserted'],
      },
    ],
  },
  {
    lemma: 'navy',
    examples: [
      {
        text: 'France sold submarines to the navy of Brazil.',
        claims: ['transfer FRA>BRA [naval] asserted'],
      },
    ],
  },
  {
    lemma: 'authority',
    examples: [
      {
        text: 'Serbia shipped ammunition to the authorities in Kyiv.',
        claims: ['transfer SRB>UKR [artillery_ammunition] asserted'],
      },
    ],
  },
  {
    lemma: 'administration',
    examples: [
      {
        text: 'Beijing sold drones to the administration in Addis Ababa.',
        claims: ['transfer CHN>ETH [drone] asserted'],
      },
    ],
  },
]);

/**
 * The prepositions that name the state of each state body, by lemma and by each noun form (wink gives a
 * capitalised "Companies" at a sentence's start no lemma of its own), for the frame pass.
 */
export const stateBodyPreps: ReadonlyMap<string, readonly string[]> = new Map(
  stateBodies.flatMap((b) => nounForms(b.lemma).map((form) => [form, b.preps ?? ['in', 'of']] as const)),
);
