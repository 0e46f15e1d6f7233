import type { Attribution, Extraction } from '../../src/domain/extraction.js';

/** The attribution whose source has this name; fails the test when there is none. */
export function attributionOf(ex: Extraction, name: string): Attribution {
  const a = ex.attributions.find((x) => x.source.name === name);
  if (!a)
    throw new Error(`no attribution for ${name}: ${ex.attributions.map((x) => x.source.name).join(', ')}`);
  return a;
}

/** The source names from an attribution outwards through its parents, outermost first. */
export function parentNames(ex: Extraction, a: Attribution): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let cur: Attribution | undefined = a; cur && !seen.has(cur.id); ) {
    seen.add(cur.id);
    names.unshift(cur.source.name);
    const parent = cur.parent;
    cur = parent ? ex.attributions.find((x) => x.id === parent) : undefined;
  }
  return names;
}

/** Each attribution as "name | kind | cue | mode". */
export function attributionLines(ex: Extraction): string[] {
  return ex.attributions.map((a) => `${a.source.name} | ${a.source.kind} | ${a.cue} | ${a.mode}`);
}

/** The span of the first occurrence of `words` in the text (after `from`), as the contract writes spans. */
export function spanOf(text: string, words: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}
