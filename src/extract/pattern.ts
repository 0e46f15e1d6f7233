/** What a token pattern reads of a token: its lower-case form, its lemma and its tag. */
export interface PatternToken {
  readonly lower: string;
  readonly lemma: string;
  readonly pos: string;
}

interface Step {
  /** Lower-case forms, lemmas (`@`) and tags (`#`) any one of which the token must have. */
  readonly forms: ReadonlySet<string>;
  readonly lemmas: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
  readonly any: boolean;
  readonly optional: boolean;
}

/** A compiled token pattern: a sequence of steps, matched forwards from a token. */
export interface TokenPattern {
  readonly source: string;
  readonly steps: readonly Step[];
}

/**
 * Compiles a token pattern once. Steps are separated by spaces; a step is alternatives joined by `|`,
 * each a lower-case form (`confirm`), a lemma (`@confirm`), a tag (`#ADV`) or any token (`_`); a
 * trailing `?` makes the step optional. "could|can not|n't @confirm" matches "could not confirm".
 */
export function compilePattern(source: string): TokenPattern {
  const steps = source
    .trim()
    .split(/\s+/)
    .map((raw): Step => {
      const optional = raw.length > 1 && raw.endsWith('?');
      const body = optional ? raw.slice(0, -1) : raw;
      const forms = new Set<string>();
      const lemmas = new Set<string>();
      const tags = new Set<string>();
      let any = false;
      for (const alt of body.split('|')) {
        if (alt === '_') any = true;
        else if (alt.startsWith('@')) lemmas.add(alt.slice(1));
        else if (alt.startsWith('#')) tags.add(alt.slice(1));
        else forms.add(alt);
      }
      return { forms, lemmas, tags, any, optional };
    });
  if (steps.length === 0 || steps.every((s) => s.optional))
    throw new Error(`empty token pattern: "${source}"`);
  return { source, steps };
}

function fits(step: Step, t: PatternToken): boolean {
  return step.any || step.forms.has(t.lower) || step.lemmas.has(t.lemma) || step.tags.has(t.pos);
}

/**
 * The index after the last token of a match that starts at `from` and ends by `end` (exclusive), or
 * -1. Optional steps are tried both ways; the set of positions reached is a bit mask of offsets from
 * `from` (patterns are a few steps long), so a match allocates nothing and stays linear.
 */
export function matchAt(p: TokenPattern, tokens: readonly PatternToken[], from: number, end: number): number {
  let states = 1;
  for (const step of p.steps) {
    let next = step.optional ? states : 0;
    for (let off = 0; off < 31 && states >>> off !== 0; off++) {
      if ((states & (1 << off)) === 0) continue;
      const t = from + off < end ? tokens[from + off] : undefined;
      if (t && fits(step, t)) next |= 1 << (off + 1);
    }
    if (next === 0) return -1;
    states = next;
  }
  return from + (31 - Math.clz32(states));
}

/**
 * Patterns indexed by what their first step asks for, so that a token is tried only against the
 * patterns that can start on it.
 */
export interface PatternSet {
  readonly byForm: ReadonlyMap<string, readonly TokenPattern[]>;
  readonly byLemma: ReadonlyMap<string, readonly TokenPattern[]>;
  readonly byTag: ReadonlyMap<string, readonly TokenPattern[]>;
  /** Patterns whose first step is optional or matches any token. */
  readonly always: readonly TokenPattern[];
}

/** Compiles patterns once into a set indexed by their first step. */
export function compilePatternSet(sources: readonly string[]): PatternSet {
  const byForm = new Map<string, TokenPattern[]>();
  const byLemma = new Map<string, TokenPattern[]>();
  const byTag = new Map<string, TokenPattern[]>();
  const always: TokenPattern[] = [];
  const put = (map: Map<string, TokenPattern[]>, key: string, p: TokenPattern) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const source of sources) {
    const p = compilePattern(source);
    const first = p.steps[0] as Step;
    if (first.optional || first.any) {
      always.push(p);
      continue;
    }
    for (const f of first.forms) put(byForm, f, p);
    for (const l of first.lemmas) put(byLemma, l, p);
    for (const t of first.tags) put(byTag, t, p);
  }
  return { byForm, byLemma, byTag, always };
}

function tryAll(
  list: readonly TokenPattern[] | undefined,
  tokens: readonly PatternToken[],
  i: number,
  end: number,
) {
  if (list) for (const p of list) if (matchAt(p, tokens, i, end) > i) return true;
  return false;
}

/** Whether any pattern of the set matches within tokens [from, end). */
export function anyMatch(
  set: PatternSet,
  tokens: readonly PatternToken[],
  from: number,
  end: number,
): boolean {
  for (let i = Math.max(0, from); i < end; i++) {
    const t = tokens[i] as PatternToken;
    if (
      tryAll(set.byForm.get(t.lower), tokens, i, end) ||
      tryAll(set.byLemma.get(t.lemma), tokens, i, end) ||
      tryAll(set.byTag.get(t.pos), tokens, i, end) ||
      tryAll(set.always, tokens, i, end)
    )
      return true;
  }
  return false;
}

/** Whether any pattern of the set matches starting at token `i`, ending by `end`. */
export function matchesAt(set: PatternSet, tokens: readonly PatternToken[], i: number, end: number): boolean {
  const t = tokens[i];
  if (t === undefined || i >= end) return false;
  return (
    tryAll(set.byForm.get(t.lower), tokens, i, end) ||
    tryAll(set.byLemma.get(t.lemma), tokens, i, end) ||
    tryAll(set.byTag.get(t.pos), tokens, i, end) ||
    tryAll(set.always, tokens, i, end)
  );
}
