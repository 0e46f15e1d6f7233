import { z } from 'zod';
import { PackExample } from './schema.js';

/** A noun whose owner does what its to-infinitive says ("Germany's decision to send tanks"). */
export const ControlNoun = z.object({
  lemma: z.string().regex(/^[a-z][a-z-]*$/),
  examples: z.array(PackExample).min(1),
});
export type ControlNoun = z.infer<typeof ControlNoun>;

/**
 * Nouns of deciding, asking, offering and trying: the owner of the noun (its possessor, "Poland's
 * request", or its by-phrase, "the plan by Germany") is the subject of the to-infinitive that follows
 * it, not the subject of the verb that holds the noun ("Berlin approved Poland's request to send
 * tanks": Poland sends).
 */
export const controlNouns: readonly ControlNoun[] = z.array(ControlNoun).parse([
  {
    lemma: 'decision',
    examples: [
      {
        text: "Germany's decision to send tanks to Ukraine angered Moscow.",
        claims: ['transfer DEU>UKR [armored_vehicle] asserted|planned'],
      },
    ],
  },
  {
    lemma: 'request',
    examples: [
      {
        text: "Berlin approved Poland's request to send Leopard tanks to Ukraine.",
        claims: ['transfer POL>UKR [armored_vehicle] planned'],
      },
    ],
  },
  {
    lemma: 'plan',
    examples: [
      {
        text: 'Moscow condemned the plan by Germany to send tanks to Ukraine.',
        claims: ['transfer DEU>UKR [armored_vehicle] *'],
      },
    ],
  },
  {
    lemma: 'offer',
    examples: [
      {
        text: "Kyiv welcomed Sweden's offer to supply Gripen jets to Ukraine.",
        claims: ['transfer SWE>UKR [aircraft] *'],
      },
    ],
  },
  {
    lemma: 'bid',
    examples: [
      {
        text: "Washington blocked Turkey's bid to buy F-35 jets from the United States.",
        claims: ['transfer USA>TUR [aircraft] *'],
      },
    ],
  },
  {
    lemma: 'move',
    examples: [
      {
        text: "Beijing criticised France's move to sell Rafale jets to India.",
        claims: ['transfer FRA>IND [aircraft] *'],
      },
    ],
  },
  {
    lemma: 'pledge',
    examples: [
      {
        text: "Kyiv welcomed Norway's pledge to donate F-16 jets to Ukraine.",
        claims: ['transfer NOR>UKR [aircraft] *'],
      },
    ],
  },
  {
    lemma: 'promise',
    examples: [
      {
        text: "Ukraine recalled Britain's promise to deliver Storm Shadow missiles to Kyiv.",
        claims: ['transfer GBR>UKR [cruise_missile] *'],
      },
    ],
  },
  {
    lemma: 'agreement',
    examples: [
      {
        text: "Seoul's agreement to export K2 tanks to Poland was signed in July.",
        claims: ['transfer KOR>POL [armored_vehicle] *'],
      },
    ],
  },
  {
    lemma: 'attempt',
    examples: [
      {
        text: "Customs foiled Iran's attempt to ship rifles to Yemen.",
        claims: ['transfer IRN>YEM [small_arms] *'],
      },
    ],
  },
  {
    lemma: 'effort',
    examples: [
      {
        text: "Officials described Russia's effort to buy drones from Iran.",
        claims: ['transfer IRN>RUS [drone] *'],
      },
    ],
  },
  {
    lemma: 'proposal',
    examples: [
      {
        text: "Parliament rejected Italy's proposal to sell frigates to Indonesia.",
        claims: ['transfer ITA>IDN [naval] *'],
      },
    ],
  },
]);

/** The lemmas of the control nouns, for frame reading. */
export const controlNounLemmas: ReadonlySet<string> = new Set(controlNouns.map((n) => n.lemma));
