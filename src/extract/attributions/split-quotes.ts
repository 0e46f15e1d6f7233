import type { Token } from '../text.js';
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

const QUOTE_MARK = /^["“”]$/;
const AUXILIARY =
  /^(do|does|did|have|has|had|will|would|shall|should|can|could|may|might|must|is|are|was|were|never|not|n't|ca|wo)$/;

/**
 * `"We did not," she said, "send a single drone."`: the verb group that ends the first half of a split quote,
 * which the verb opening the second half (at `k`, or a word or two after the quote mark) goes on from; empty
 * when `k` opens no second half. The tokens are the first half's ("did", "not"), for the status to read.
 */
export function splitQuoteGroup(tokens: readonly Token[], k: number): readonly Token[] {
  let open = k - 1;
  while (open > k - 3 && !QUOTE_MARK.test(tokens[open]?.text ?? '')) open--;
  if (!QUOTE_MARK.test(tokens[open]?.text ?? '') || tokens[open - 1]?.text !== ',') return [];
  // The cue between the halves: "she said", "said Mr. Day", "the minister told reporters".
  for (let c = open - 2; c >= Math.max(0, open - 10); c--) {
    if (!QUOTE_MARK.test(tokens[c]?.text ?? '')) continue;
    if (!/^[,.]$/.test(tokens[c - 1]?.text ?? '') && !AUXILIARY.test(tokens[c - 1]?.lower ?? '')) return [];
    const end = tokens[c - 1]?.text === ',' ? c - 2 : c - 1;
    let first = end;
    while (first > end - 3 && AUXILIARY.test(tokens[first - 1]?.lower ?? '')) first--;
    // The first half must end on its verb group ("We did not,"), not on a whole clause ("We are ready,").
    if (!AUXILIARY.test(tokens[end]?.lower ?? '')) return [];
    return tokens.slice(first, end + 1);
  }
  return [];
}
