import { z } from 'zod';

const Phrase = z.string().regex(/^[a-z'-]+( [a-z'-]+)*$/);
const Phrases = z.array(Phrase).min(1).readonly();

/** A sentence that shows an entry at work, with lines its described syntax must contain. */
export const GrammarExample = z.object({
  text: z.string().min(1),
  shows: z.array(z.string().min(1)).min(1).readonly(),
});

const examples = z.array(GrammarExample).min(1).readonly();

const Meaning = z.enum([
  'future',
  'conditional',
  'possibility',
  'ability',
  'necessity',
  'expectation',
  'plan',
  'intention',
  'agreement',
  'refusal',
  'attempt',
  'desire',
  'phase',
  'failure',
  'consideration',
  'report',
  'denial',
  'admission',
]);

/** Forms of an auxiliary (be, have, do, get) with the tense each gives the group. */
export const AuxiliaryEntry = z.object({
  lemma: z.enum(['be', 'have', 'do', 'get']),
  tense: z.enum(['past', 'present', 'none']),
  forms: Phrases,
  examples,
});

/** Modal auxiliaries and what they add. */
export const ModalEntry = z.object({ lemmas: Phrases, meaning: Meaning, examples });

/** Words that negate a verb group ("not", "never", "no longer") or look like it and do not ("not only"). */
export const NegatorEntry = z.object({ words: Phrases, kind: z.enum(['negation', 'focus']), examples });

/** Verbs and adjectives that take a verb after them as a chain ("expected to supply", "ruled out sending"). */
export const CatenativeEntry = z.object({
  lemmas: Phrases,
  via: z.enum(['to', 'ing']),
  meaning: Meaning,
  examples,
});

/**
 * Words that open a subordinate clause, with the clause's kind; `prepositional` ones also serve as
 * prepositions ("after the war") and open a clause only when a chunk and a verb follow.
 */
export const SubordinatorEntry = z.object({
  words: Phrases,
  prepositional: z.array(Phrase).readonly().default([]),
  kind: z.enum(['conditional', 'temporal', 'causal', 'concessive', 'purpose', 'complement', 'relative']),
  examples,
});

/** Auxiliaries that open an inverted conditional when they start a clause ("Should Iran send ..."). */
export const InversionEntry = z.object({ forms: Phrases, examples });

/** Verbs whose object can be a clause: speech ("said"), judging ("denied") and knowing ("believe"). */
export const ComplementVerbEntry = z.object({
  lemmas: Phrases,
  kind: z.enum(['speech', 'judging', 'belief']),
  examples,
});

/** Prepositions; `nominal` ones keep attaching to a noun that has an of-phrase or a possessor. */
export const PrepositionEntry = z.object({ words: Phrases, nominal: z.boolean(), examples });

/** Coordinators of verb groups and clauses; `joinsChunks` ones also make one chunk of two ("drones and missiles"). */
export const CoordinatorEntry = z.object({ words: Phrases, joinsChunks: z.boolean(), examples });

/** Words before a number ("at least 200 drones") or a noun ("hundreds of drones") that belong to its chunk. */
export const QuantifierEntry = z.object({ words: Phrases, before: z.enum(['number', 'noun']), examples });

/** Possessive pronouns and determiners ("its sale"). */
export const PossessiveEntry = z.object({ forms: Phrases, examples });

/** Particles that belong to the verb before them ("shot down", "ruled out"). */
export const ParticleEntry = z.object({ forms: Phrases, examples });

/** Verbs with a particle the particle list does not cover ("handed over", "sent in"). */
export const PhrasalVerbEntry = z.object({ lemmas: Phrases, examples });

/** Verbs that take two bare objects ("sent Russia drones"). */
export const DitransitiveEntry = z.object({ lemmas: Phrases, examples });

/** Determiners that negate their chunk ("no drones"). */
export const NegativeDeterminerEntry = z.object({ forms: Phrases, examples });

/** Quantity words that head a chunk when no noun follows ("more could follow"). */
export const PronominalEntry = z.object({ forms: Phrases, examples });

/** Verbs whose object does what the infinitive after it says ("urged Berlin to deliver"). */
export const ObjectControlEntry = z.object({ lemmas: Phrases, examples });

/** Prepositions whose -ing clause is done by the object before them ("accused China of supplying"). */
export const GerundControlEntry = z.object({ words: Phrases, examples });

/** The whole closed-class grammar the syntax layer reads. */
export const Grammar = z.object({
  auxiliaries: z.array(AuxiliaryEntry).readonly(),
  modals: z.array(ModalEntry).readonly(),
  negators: z.array(NegatorEntry).readonly(),
  catenatives: z.array(CatenativeEntry).readonly(),
  subordinators: z.array(SubordinatorEntry).readonly(),
  inversions: z.array(InversionEntry).readonly(),
  complementVerbs: z.array(ComplementVerbEntry).readonly(),
  prepositions: z.array(PrepositionEntry).readonly(),
  coordinators: z.array(CoordinatorEntry).readonly(),
  quantifiers: z.array(QuantifierEntry).readonly(),
  possessives: z.array(PossessiveEntry).readonly(),
  particles: z.array(ParticleEntry).readonly(),
  phrasalVerbs: z.array(PhrasalVerbEntry).readonly(),
  ditransitives: z.array(DitransitiveEntry).readonly(),
  negativeDeterminers: z.array(NegativeDeterminerEntry).readonly(),
  pronominals: z.array(PronominalEntry).readonly(),
  objectControl: z.array(ObjectControlEntry).readonly(),
  gerundControl: z.array(GerundControlEntry).readonly(),
});
export type Grammar = z.infer<typeof Grammar>;
export type GrammarExample = z.infer<typeof GrammarExample>;
