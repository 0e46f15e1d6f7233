import { z } from 'zod';
import { PackExample } from './schema.js';

/** A word before an event noun that tells a further batch of a deal told before ("further shipments"). */
export const StoryCue = z.object({
  word: z.string().regex(/^[a-z]+$/),
  examples: z.array(PackExample).min(1),
});
export type StoryCue = z.infer<typeof StoryCue>;

/**
 * Words that make an event noun continue the story's deal (claims/licence.ts): the batch they tell goes
 * between the parties of the deal told before, which then fill the roles its sentence leaves empty.
 */
export const continuationCues: readonly StoryCue[] = z.array(StoryCue).parse([
  {
    word: 'further',
    examples: [
      {
        text: 'Belarus sent ammunition to Russia in May. Analysts expect further shipments this year.',
        claims: ['transfer BLR>RUS [artillery_ammunition] asserted', 'transfer BLR>RUS [*] *'],
      },
    ],
  },
  {
    word: 'additional',
    examples: [
      {
        text: 'Turkey sold armed drones to Niger in 2022. Officials said additional deliveries were likely.',
        claims: ['transfer TUR>NER [drone] asserted', 'transfer TUR>NER [*] *'],
      },
    ],
  },
  {
    word: 'new',
    examples: [
      {
        text: 'China delivered drones to Serbia last year. Analysts say new shipments could follow.',
        claims: ['transfer CHN>SRB [drone] asserted', 'transfer CHN>SRB [*] *'],
      },
    ],
  },
]);

/** The continuation words, for lookup. */
export const continuationWords: ReadonlySet<string> = new Set(continuationCues.map((c) => c.word));
