// The value rules of GOLD.md, ported line by line from ../shared/eval/score.py (norm, alts, value_ok,
// source_ok, weapon_ok), so both give the same numbers.

// score.py turns each character outside `[\w\s:-]` into a space and then each whitespace run into one
// space: together, each run outside Python's Unicode `\w` (letters, numbers, underscore), `:` and `-`.
const NOT_WORD = /[^\p{L}\p{N}_:-]+/gu;
const ARTICLE = /^(the|a|an) /;

/** A name or id made comparable: lower case, punctuation to spaces, one space, no leading article. */
export function norm(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value).toLowerCase().replace(NOT_WORD, ' ').trim();
  return s.replace(ARTICLE, '');
}

/** The name an entity id stands for: `person:john-kirby` -> `john kirby`. */
export function slugName(entityId: string | null | undefined): string | null {
  if (!entityId) return null;
  const colon = entityId.indexOf(':');
  const tail = colon === -1 ? entityId : entityId.slice(colon + 1);
  return norm(tail.replaceAll('-', ' '));
}

/** The alternatives of a gold pattern; a JSON null is the single alternative `null`. */
export function alternatives(pattern: string | null): string[] {
  if (pattern === null) return ['null'];
  return pattern.split('|').map((a) => a.trim());
}

/** Whether a system value satisfies a gold pattern (`a|b`, `*`, `null`), compared after `norm`. */
export function valueOk(pattern: string | null, value: unknown): boolean {
  for (const a of alternatives(pattern)) {
    if (a === '*') return true;
    if (a === 'null') {
      if (value === null || value === undefined) return true;
      continue;
    }
    if (value !== null && value !== undefined && norm(a) === norm(value)) return true;
  }
  return false;
}

// Python's re.search("(^| )" + re.escape(small) + "( |$)", big) on normalised strings.
function wordsContain(big: string, small: string): boolean {
  return (
    big === small || big.startsWith(`${small} `) || big.endsWith(` ${small}`) || big.includes(` ${small} `)
  );
}

/** Whether one of a tuple's source names (name, entity slug) satisfies a gold source pattern. */
export function sourceOk(pattern: string | null, names: readonly (string | null | undefined)[]): boolean {
  for (const a of alternatives(pattern)) {
    if (a === '*') return true;
    if (a === 'null') {
      if (!names.some((n) => n)) return true;
      continue;
    }
    const g = norm(a) ?? '';
    for (const name of names) {
      if (!name) continue;
      const n = norm(name) ?? '';
      if (g === n || wordsContain(n, g) || wordsContain(g, n)) return true;
    }
  }
  return false;
}

/** Whether a weapon class fills a gold slot; a null slot (a claim without weapons) wants none or `unspecified`. */
export function weaponOk(slot: string | null, weaponClass: string | null): boolean {
  if (slot === null) return weaponClass === null || weaponClass === 'unspecified';
  return valueOk(slot, weaponClass) || slot === '*';
}

/**
 * A maximum bipartite matching by augmenting paths, in score.py's order, so the same pairs are
 * chosen: a map from right index to left index.
 */
export function maxMatching<L, R>(
  left: readonly L[],
  right: readonly R[],
  ok: (l: L, r: R) => boolean,
  prefers?: (l: L, r: R) => boolean,
): Map<number, number> {
  // Each left item tries first the right items it prefers, if a preference is given.
  const adjacent = left.map((l) => {
    const fits = right.flatMap((r, j) => (ok(l, r) ? [j] : []));
    if (!prefers) return fits;
    const preferred = fits.filter((j) => prefers(l, right[j] as R));
    return [...preferred, ...fits.filter((j) => !preferred.includes(j))];
  });
  const owner = new Map<number, number>();
  const augment = (i: number, seen: Set<number>): boolean => {
    for (const j of adjacent[i] ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      const current = owner.get(j);
      if (current === undefined || augment(current, seen)) {
        owner.set(j, i);
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < left.length; i += 1) augment(i, new Set());
  return owner;
}
