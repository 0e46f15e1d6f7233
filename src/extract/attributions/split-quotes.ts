import type { Attr } from './types.js';

/**
 * `"We did not," she said, "send a single drone."` and `"...," Trump said. "The crime numbers are worse."`:
 * the quotes one cue carries for one speaker are one statement, so their attributions become one whose words
 * run from the first quote to the last. The list is changed in place; ids are given again in the order found, without gaps.
 */
export function mergeSplitQuotes(attrs: Attr[]): void {
  const first = new Map<string, Attr>();
  const merged = new Set<Attr>();
  for (const a of attrs) {
    if (a.documentLevel || a.mode !== 'direct_quote') continue;
    const key = `${a.cueStart}:${a.source.name}`;
    const head = first.get(key);
    if (!head) {
      first.set(key, a);
      continue;
    }
    head.contentEnd = Math.max(head.contentEnd, a.contentEnd);
    head.contentStart = Math.min(head.contentStart, a.contentStart);
    merged.add(a);
  }
  if (merged.size === 0) return;
  const kept = attrs.filter((a) => !merged.has(a));
  attrs.length = 0;
  for (const a of kept) {
    a.id = `a${attrs.length + 1}`;
    attrs.push(a);
  }
}
