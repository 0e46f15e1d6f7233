import { particleVerbs } from '../knowledge/en/stance-more.js';
import { cueForce } from './lexicon.js';
import type { Parsed } from './text.js';

const PARTICLES = new Map(Object.entries(particleVerbs));
const GOVERNING = /^(decline|refuse)$/;

/** Whether a verb that attributes only with a particle ("pointed to", "talked about") has it after it. */
export function particleFollows(parsed: Parsed, k: number, lemma: string): boolean {
  const wanted = PARTICLES.get(lemma);
  if (!wanted) return true;
  const { tokens } = parsed;
  const next = tokens[k + 1]?.pos === 'ADV' ? tokens[k + 2] : tokens[k + 1];
  return next !== undefined && wanted.includes(next.lower);
}

/** Whether the verb at `k` is a particle verb with its particle after it ("was referring to Trump"). */
export function takesParticle(parsed: Parsed, k: number, lemma: string | undefined): boolean {
  return lemma !== undefined && PARTICLES.has(lemma) && particleFollows(parsed, k, lemma);
}

/** "declined to say whether": the reporting verb the refusal governs carries the words, not the refusal. */
export function governsSpeech(parsed: Parsed, k: number, lemma: string): boolean {
  if (!GOVERNING.test(lemma)) return false;
  const { tokens } = parsed;
  const verb = tokens[k + 1]?.lower === 'to' ? tokens[k + 2] : undefined;
  return verb !== undefined && cueForce(verb.lower, verb.lemma) !== undefined;
}

/** The first token of the words after a particle verb's particles ("lashed out at | his critics"). */
export function afterParticle(parsed: Parsed, c: number, lemma: string | undefined): number {
  const wanted = lemma ? PARTICLES.get(lemma) : undefined;
  if (!wanted) return c;
  const { tokens } = parsed;
  let j = tokens[c]?.pos === 'ADV' && wanted.includes(tokens[c + 1]?.lower ?? '') ? c + 1 : c;
  if (!wanted.includes(tokens[j]?.lower ?? '')) return c;
  j++;
  // "lashed out at", "spoke out against": a preposition after "out" opens the words too.
  if (tokens[j - 1]?.lower === 'out' && tokens[j]?.pos === 'ADP') j++;
  return j;
}
