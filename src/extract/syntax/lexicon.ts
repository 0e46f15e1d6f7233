import type { Grammar } from '../../knowledge/en/grammar-schema.js';
import type { Meaning } from './types.js';

/** A table of one- or multi-word phrases, looked up at a token by its first word, longest first. */
export class PhraseTable<T> {
  // Each entry carries its answer, built once: a match is looked up for every token and allocates nothing.
  private readonly byFirst = new Map<
    string,
    { words: readonly string[]; hit: { readonly length: number; readonly value: T } }[]
  >();

  add(phrase: string, value: T): void {
    const words = phrase.split(' ');
    const key = words[0] ?? '';
    const list = this.byFirst.get(key) ?? [];
    list.push({ words, hit: { length: words.length, value } });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(key, list);
  }

  /** The longest phrase starting at `k` (words read through `word`, up to `end`), with its length. */
  match(
    word: (i: number) => string,
    k: number,
    end: number,
  ): { readonly length: number; readonly value: T } | null {
    const list = this.byFirst.get(word(k));
    if (list === undefined) return null;
    for (const entry of list) {
      const n = entry.words.length;
      if (k + n - 1 > end) continue;
      let ok = true;
      for (let j = 1; j < n && ok; j++) ok = word(k + j) === entry.words[j];
      if (ok) return entry.hit;
    }
    return null;
  }
}

/** A catenative's complement and meaning. */
export interface CatenativeUse {
  readonly via: 'to' | 'ing';
  readonly meaning: Meaning;
}

/** The grammar compiled into lookups, built once per grammar. */
export interface Lexicon {
  readonly auxiliaries: ReadonlyMap<
    string,
    { lemma: 'be' | 'have' | 'do' | 'get'; tense: 'past' | 'present' | 'none' }
  >;
  readonly modals: ReadonlyMap<string, Meaning>;
  readonly negators: PhraseTable<'negation' | 'focus'>;
  readonly catenatives: ReadonlyMap<string, readonly CatenativeUse[]>;
  readonly subordinators: PhraseTable<string>;
  /** Subordinators that also serve as prepositions ("after", "since"). */
  readonly prepositional: ReadonlySet<string>;
  readonly inversions: ReadonlySet<string>;
  readonly complementVerbs: ReadonlyMap<string, string>;
  readonly prepositions: PhraseTable<boolean>;
  readonly coordinators: PhraseTable<{ readonly lemma: string; readonly joinsChunks: boolean }>;
  /** Relative pronouns ("which", "who", "that"), never a chunk of their own. */
  readonly relatives: ReadonlySet<string>;
  readonly quantifiers: PhraseTable<'number' | 'noun'>;
  readonly possessives: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  /** Verb and particle pairs beyond the particle list ("hand over"). */
  readonly phrasalVerbs: ReadonlySet<string>;
  readonly ditransitives: ReadonlySet<string>;
  readonly negativeDeterminers: ReadonlySet<string>;
  readonly pronominals: ReadonlySet<string>;
  readonly objectControl: ReadonlySet<string>;
  readonly gerundControl: ReadonlySet<string>;
}

/** Compiles the grammar tables into the lookups the passes read. */
export function compileLexicon(g: Grammar): Lexicon {
  const auxiliaries = new Map<
    string,
    { lemma: 'be' | 'have' | 'do' | 'get'; tense: 'past' | 'present' | 'none' }
  >();
  for (const e of g.auxiliaries)
    for (const f of e.forms) auxiliaries.set(f, { lemma: e.lemma, tense: e.tense });
  const modals = new Map<string, Meaning>();
  for (const e of g.modals) for (const l of e.lemmas) modals.set(l, e.meaning);
  const negators = new PhraseTable<'negation' | 'focus'>();
  for (const e of g.negators) for (const w of e.words) negators.add(w, e.kind);
  const catenatives = new Map<string, CatenativeUse[]>();
  for (const e of g.catenatives) {
    for (const l of e.lemmas)
      catenatives.set(l, [...(catenatives.get(l) ?? []), { via: e.via, meaning: e.meaning }]);
  }
  const subordinators = new PhraseTable<string>();
  for (const e of g.subordinators) for (const w of e.words) subordinators.add(w, e.kind);
  const prepositional = new Set(g.subordinators.flatMap((e) => e.prepositional));
  const complementVerbs = new Map<string, string>();
  for (const e of g.complementVerbs) for (const l of e.lemmas) complementVerbs.set(l, e.kind);
  const prepositions = new PhraseTable<boolean>();
  for (const e of g.prepositions) for (const w of e.words) prepositions.add(w, e.nominal);
  const coordinators = new PhraseTable<{ lemma: string; joinsChunks: boolean }>();
  for (const e of g.coordinators) {
    for (const w of e.words) coordinators.add(w, { lemma: w.split(' ')[0] ?? w, joinsChunks: e.joinsChunks });
  }
  const relatives = new Set(g.subordinators.filter((e) => e.kind === 'relative').flatMap((e) => e.words));
  const quantifiers = new PhraseTable<'number' | 'noun'>();
  for (const e of g.quantifiers) for (const w of e.words) quantifiers.add(w, e.before);
  const set = (xs: readonly { forms?: readonly string[]; lemmas?: readonly string[] }[]) =>
    new Set(xs.flatMap((e) => [...(e.forms ?? []), ...(e.lemmas ?? [])]));
  return {
    auxiliaries,
    modals,
    negators,
    catenatives,
    subordinators,
    prepositional,
    relatives,
    inversions: set(g.inversions),
    complementVerbs,
    prepositions,
    coordinators,
    quantifiers,
    possessives: set(g.possessives),
    particles: set(g.particles),
    phrasalVerbs: set(g.phrasalVerbs),
    ditransitives: set(g.ditransitives),
    negativeDeterminers: set(g.negativeDeterminers),
    pronominals: set(g.pronominals),
    objectControl: set(g.objectControl),
    gerundControl: new Set(g.gerundControl.flatMap((e) => e.words)),
  };
}
