import { z } from 'zod';

/** A sentence that shows a writer's cue: the words the attribution's content must hold. */
export const WriterCueExample = z.object({
  text: z.string().min(8),
  cue: z.string().min(1),
  /** Words the content holds. */
  content: z.string().min(1),
  /** Set when the sentence must give no attribution with this cue (the construction's limit). */
  none: z.boolean().default(false),
});

/**
 * A verb by which the writer, not a named speaker, frames what a sentence says: a raising verb ("the
 * donors appear to have ties", "it seems that"), an expectation in the passive ("Sanders is expected to
 * win") or a question put to someone ("Asked whether he would run, Reid said"). PolNeAR annotates each as
 * an attribution without a source; the extractor gives it the writer's voice, which governs no claim.
 */
export const WriterCue = z.object({
  lemma: z.string().regex(/^[a-z]+$/),
  forms: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  /** `raising`: subject + verb + one of `follows`; `passive`: a form of "be" + verb + one of `follows`;
   * `question`: the verb opens a clause (sentence start, "when", "was") and a question word follows. */
  construction: z.enum(['raising', 'passive', 'question']),
  /** Words one of which must come next (an adverb between allowed). */
  follows: z.array(z.string().min(1)).min(1),
  examples: z.array(WriterCueExample).min(1),
});
export type WriterCue = z.infer<typeof WriterCue>;

const RAISING_NEXT = ['to', 'that', 'like'];

/** The writer's cues of English news, each with sentences that show where it attributes and where it does not. */
export const writerCueData: readonly z.input<typeof WriterCue>[] = [
  {
    lemma: 'seem',
    forms: ['seem', 'seems', 'seemed'],
    construction: 'raising',
    follows: RAISING_NEXT,
    examples: [
      {
        text: 'The court seemed to send an assertive signal to the administration.',
        cue: 'seemed',
        content: 'to send an assertive signal',
      },
      {
        text: 'It seems that the senator has changed his mind on trade.',
        cue: 'seems',
        content: 'the senator has changed his mind',
      },
      {
        text: 'The senator seemed tired after the long debate.',
        cue: 'seemed',
        content: 'tired',
        none: true,
      },
    ],
  },
  {
    lemma: 'appear',
    forms: ['appear', 'appears', 'appeared'],
    construction: 'raising',
    follows: RAISING_NEXT,
    examples: [
      {
        text: 'The donors appear to have ties to a religious movement.',
        cue: 'appear',
        content: 'to have ties to a religious movement',
      },
      {
        text: 'The governor appeared at a rally in Ohio on Monday.',
        cue: 'appeared',
        content: 'at a rally',
        none: true,
      },
    ],
  },
  {
    lemma: 'expect',
    forms: ['expected'],
    construction: 'passive',
    follows: ['to', 'that'],
    examples: [
      {
        text: 'Sanders is expected to win the primary in New Hampshire.',
        cue: 'expected',
        content: 'to win the primary',
      },
      {
        text: 'A decision is expected in mid-May in the voter ID case.',
        cue: 'expected',
        content: 'in mid-May',
        none: true,
      },
    ],
  },
  {
    lemma: 'ask',
    forms: ['asked'],
    construction: 'question',
    follows: ['whether', 'if', 'about', 'why', 'what', 'how', 'when', 'who', 'which', 'where'],
    examples: [
      {
        text: 'Asked whether he would counsel Clinton, Reid said he would not give her advice.',
        cue: 'Asked',
        content: 'whether he would counsel Clinton',
      },
      {
        text: 'Christie said yes when asked about a quarantine for travelers from Brazil.',
        cue: 'asked',
        content: 'about a quarantine',
      },
    ],
  },
];

/** The writer's cues, checked when the module is first read. */
export const writerCues: readonly WriterCue[] = writerCueData.map((d) => WriterCue.parse(d));
