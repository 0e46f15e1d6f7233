/**
 * The shallow syntax layer (issue 13): per sentence, noun chunks (with possessors and coordination),
 * verb groups (voice, tense, aspect, modal and catenative chains, negation), clauses (with kinds,
 * spans and parents) and the roles of each verb group (subject, agent, patient, objects, prepositional
 * attachments, the gap a relative clause's antecedent fills), plus nominals ("Iran's transfer of
 * drones to Russia").
 *
 * Design. It reads wink's tokens, tags and lemmas from `parse()`; it is not a parser but a cascade of
 * left-to-right passes, each linear in the sentence: fix a few wink tags (context) -> verb groups ->
 * noun chunks -> coordination -> units (chunk, group, preposition, subordinator, coordinator,
 * punctuation) -> clauses (a stack; a bounded look-ahead of at most a few units) -> roles per clause.
 * Every closed-class word it needs comes from `src/knowledge/en/grammar.ts`; the code names only
 * punctuation and the few words that define a construction (infinitival "to", genitive "of" and "'s",
 * the passive "by", "whose"). Sentences longer than `MAX_TOKENS` are read up to the
 * cap and marked `truncated`. It decides nothing about claims: scope, status and frames are later
 * passes that read this structure (a negation or hedge governs its clause and the clauses whose
 * `parent` chain leads to it, see `governs`).
 *
 * Use:
 *   const parsed = parse(text);
 *   const s = analyzeSentence(parsed, 0, (first) => mentionEnds.get(first)); // { last, actor } | undefined
 *   for (const v of s.verbs) if (v.lemma === 'send' && !v.negated) use(v.roles.agent, v.roles.patient);
 *   governs(s, s.verbs[0].clause, s.verbs[1].clause); // does the first verb's clause embed the second's?
 *   describeSentence(parsed, s); // text, one line per clause, verb, nominal and chunk
 * Tests and debugging read one sentence with `explainText('Iran sent drones.', ['Iran'])`.
 */
export { analyzeDocument, analyzeSentence, governs, membersOf, spanText } from './analyze.js';
export { MAX_TOKENS } from './context.js';
export { describeSentence } from './describe.js';
export { explainText, mentionsOf } from './explain.js';
export { belongsTo, clauseAt, embeds, governing, reaches } from './reach.js';
export type * from './types.js';
