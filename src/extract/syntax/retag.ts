import { lemmaAsVerb } from '../text.js';
import type { Context } from './context.js';

/** The tags and lemmas of a sentence, by token index from the sentence's first token; the rules rewrite them. */
export interface Tagging {
  readonly tags: string[];
  readonly lemmas: string[];
}

type Rule = (ctx: Context, t: Tagging, i: number) => boolean;

const at = (ctx: Context, t: Tagging, i: number): string =>
  i < ctx.first || i > ctx.last ? '' : (t.tags[i - ctx.first] ?? '');

function set(ctx: Context, t: Tagging, i: number, tag: string): true {
  t.tags[i - ctx.first] = tag;
  return true;
}

// "had sent drones", "were smuggled": wink reads the participle as an adjective; its verb lemma is asked
// for. After a form of be only an -ed or -en form is taken ("were ready" stays an adjective).
const participleAfterAuxiliary: Rule = (ctx, t, i) => {
  const tag = at(ctx, t, i);
  if ((tag !== 'ADJ' && tag !== 'NOUN') || at(ctx, t, i - 1) === 'NOUN') return false;
  const aux = ctx.lex.auxiliaries.get(ctx.word(i - 1))?.lemma;
  const w = ctx.word(i);
  if (aux !== 'have' && !((aux === 'be' || aux === 'get') && (w.endsWith('ed') || w.endsWith('en'))))
    return false;
  const verb = lemmaAsVerb(w);
  if (verb === ctx.word(i)) return false;
  t.lemmas[i - ctx.first] = verb;
  return set(ctx, t, i, 'VERB');
};

// "within reach": a verb form right after a preposition (not "to", not an -ing form) is a noun.
// Before a noun it modifies ("a list of designated terrorist groups").
const verbAfterPreposition: Rule = (ctx, t, i) =>
  at(ctx, t, i) === 'VERB' &&
  at(ctx, t, i - 1) === 'ADP' &&
  ctx.word(i - 1) !== 'to' &&
  !ctx.word(i).endsWith('ing') &&
  set(ctx, t, i, ['NOUN', 'PROPN', 'ADJ'].includes(at(ctx, t, i + 1)) ? 'ADJ' : 'NOUN');

// "resisted calls from Kyiv": a plural right after a main verb, read by wink as a verb.
const pluralAfterVerb: Rule = (ctx, t, i) =>
  at(ctx, t, i) === 'VERB' &&
  at(ctx, t, i - 1) === 'VERB' &&
  !ctx.lex.auxiliaries.has(ctx.word(i - 1)) &&
  ctx.word(i) === `${ctx.lemma(i)}s` &&
  set(ctx, t, i, 'NOUN');

// "Iran's transfer", "the guided missiles": a verb after a determiner or possessive is a noun or a modifier.
const verbAfterDeterminer: Rule = (ctx, t, i) => {
  if (at(ctx, t, i) !== 'VERB') return false;
  const prev = ctx.word(i - 1);
  const next = at(ctx, t, i + 1);
  // "four promised systems": after a number only before the noun it modifies.
  const number = at(ctx, t, i - 1) === 'NUM' && (next === 'NOUN' || next === 'PROPN' || next === 'ADJ');
  const det = number || at(ctx, t, i - 1) === 'DET' || prev === "'s" || ctx.lex.possessives.has(prev);
  if (!det) return false;
  return set(ctx, t, i, next === 'NOUN' || next === 'PROPN' ? 'ADJ' : 'NOUN');
};

// "Russia plans to buy": a catenative read by wink as a plural noun after a subject.
const catenativeNoun: Rule = (ctx, t, i) => {
  if (at(ctx, t, i) !== 'NOUN') return false;
  const prevTag = at(ctx, t, i - 1);
  const nominative = prevTag === 'PROPN' || (prevTag === 'PRON' && !ctx.lex.possessives.has(ctx.word(i - 1)));
  const uses = ctx.lex.catenatives.get(ctx.lemma(i));
  const to = ctx.word(i + 1) === 'to' && at(ctx, t, i + 2) === 'VERB';
  return nominative && to && uses?.some((u) => u.via === 'to') === true && set(ctx, t, i, 'VERB');
};

// "Deliveries of shells ...": a capitalised first word before "of" is a common noun, not a name.
const capitalisedFirst: Rule = (ctx, t, i) => {
  if (i !== ctx.first || at(ctx, t, i) !== 'PROPN' || ctx.word(i + 1) !== 'of') return false;
  const text = ctx.parsed.tokens[i]?.text ?? '';
  return text.slice(1) === text.slice(1).toLowerCase() && set(ctx, t, i, 'NOUN');
};

// "Iranian-made drones", "close-range missiles": a hyphenated modifier is one run of adjectives.
const hyphen: Rule = (ctx, t, i) => {
  const tokens = ctx.parsed.tokens;
  if (ctx.word(i) !== '-' || tokens[i]?.spaced || tokens[i + 1]?.spaced || i === ctx.first) return false;
  const before = at(ctx, t, i - 1);
  const after = at(ctx, t, i + 1);
  if (before === 'PUNCT' || after === 'PUNCT' || after === '') return false;
  const next = at(ctx, t, i + 2);
  // "a close-range" keeps its noun as the head.
  if ((after === 'NOUN' || after === 'PROPN') && next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ')
    return false;
  set(ctx, t, i - 1, 'ADJ');
  set(ctx, t, i + 1, 'ADJ');
  return set(ctx, t, i, 'ADJ');
};

// "could start firing them": an -ing form wink reads as a noun after a verb that takes one.
const gerundAfterCatenative: Rule = (ctx, t, i) => {
  if (at(ctx, t, i) !== 'NOUN' || !ctx.word(i).endsWith('ing') || at(ctx, t, i - 1) !== 'VERB') return false;
  if (!ctx.lex.catenatives.get(ctx.lemma(i - 1))?.some((u) => u.via === 'ing')) return false;
  const verb = lemmaAsVerb(ctx.word(i));
  if (verb === ctx.word(i)) return false;
  t.lemmas[i - ctx.first] = verb;
  return set(ctx, t, i, 'VERB');
};

// "Tehran arms the Houthis": a verb in -s read as a noun between a name and a determiner.
const verbBeforeDeterminer: Rule = (ctx, t, i) => {
  if (at(ctx, t, i) !== 'NOUN' || !ctx.word(i).endsWith('s') || at(ctx, t, i + 1) !== 'DET') return false;
  const prevTag = at(ctx, t, i - 1);
  // After a name, a subject pronoun, or a determined noun ("the country regards the provision").
  const determined = prevTag === 'NOUN' && at(ctx, t, i - 2) === 'DET';
  if (
    prevTag !== 'PROPN' &&
    !determined &&
    !(prevTag === 'PRON' && !ctx.lex.possessives.has(ctx.word(i - 1)))
  ) {
    return false;
  }
  const verb = lemmaAsVerb(ctx.word(i));
  if (verb === ctx.word(i)) return false;
  t.lemmas[i - ctx.first] = verb;
  return set(ctx, t, i, 'VERB');
};

// "Paused shipments resumed": a sentence that opens with an -ed form before a noun opens with a modifier.
const participleFirst: Rule = (ctx, t, i) =>
  i === ctx.first &&
  at(ctx, t, i) === 'VERB' &&
  ctx.word(i).endsWith('ed') &&
  (at(ctx, t, i + 1) === 'NOUN' || at(ctx, t, i + 1) === 'ADJ') &&
  set(ctx, t, i, 'ADJ');

// "would likely use Taurus": a base form after a modal (and an adverb) is a verb, whatever wink says.
// The modal follows its subject: "Should such a decision" opens an inverted conditional instead.
const baseAfterModal: Rule = (ctx, t, i) => {
  if (at(ctx, t, i) !== 'NOUN' || ctx.word(i) !== ctx.lemma(i)) return false;
  const between = at(ctx, t, i - 1);
  const modal = between === 'ADV' || between === 'ADJ' ? i - 2 : i - 1;
  const subject = at(ctx, t, modal - 1);
  if (subject !== 'NOUN' && subject !== 'PROPN' && subject !== 'PRON') return false;
  return at(ctx, t, modal) === 'AUX' && ctx.lex.modals.has(ctx.word(modal)) && set(ctx, t, i, 'VERB');
};

// "Should Beijing move ahead": a base form after an inverted auxiliary and its subject is a verb.
const baseAfterInversion: Rule = (ctx, t, i) => {
  if (at(ctx, t, i) !== 'NOUN' || ctx.word(i) !== ctx.lemma(i)) return false;
  const subject = at(ctx, t, i - 1);
  if (subject !== 'PROPN' && subject !== 'PRON') return false;
  const opens = i - 2 === ctx.first || at(ctx, t, i - 3) === 'PUNCT';
  return opens && ctx.lex.inversions.has(ctx.word(i - 2)) && set(ctx, t, i, 'VERB');
};

/** The tags some rule rewrites at the token it looks at. */
const RETAGGED: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);

const RULES: readonly Rule[] = [
  baseAfterInversion,
  baseAfterModal,
  verbBeforeDeterminer,
  participleFirst,
  gerundAfterCatenative,
  hyphen,
  participleAfterAuxiliary,
  verbAfterPreposition,
  pluralAfterVerb,
  verbAfterDeterminer,
  catenativeNoun,
  capitalisedFirst,
];

/** Fixes wink tags the chunker would trip on, each by the first rule that applies; mentions are left alone. */
export function retag(ctx: Context, t: Tagging): void {
  for (let i = ctx.first; i <= ctx.last; i++) {
    if (ctx.inMention(i)) continue;
    // Every rule but the hyphen's asks first for one of these tags at the token: the rest are passed by.
    const tag = at(ctx, t, i);
    if (!RETAGGED.has(tag) && ctx.word(i) !== '-') continue;
    for (const rule of RULES) if (rule(ctx, t, i)) break;
  }
}
