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
 * -1. Optional steps are tried both ways; patterns are a few steps long, so this stays linear in
 * the tokens read.
 */
export function matchAt(p: TokenPattern, tokens: readonly PatternToken[], from: number, end: number): number {
  let states = [from];
  for (const step of p.steps) {
    const next: number[] = [];
    for (const at of states) {
      if (step.optional && !next.includes(at)) next.push(at);
      const t = at < end ? tokens[at] : undefined;
      if (t && fits(step, t) && !next.includes(at + 1)) next.push(at + 1);
    }
    if (next.length === 0) return -1;
    states = next;
  }
  return Math.max(...states);
}

/** The first match of any of the patterns within tokens [from, end), as [start, end), or null. */
export function findPattern(
  patterns: readonly TokenPattern[],
  tokens: readonly PatternToken[],
  from: number,
  end: number,
): readonly [number, number] | null {
  for (let i = Math.max(0, from); i < end; i++) {
    for (const p of patterns) {
      const stop = matchAt(p, tokens, i, end);
      if (stop > i) return [i, stop];
    }
  }
  return null;
}
