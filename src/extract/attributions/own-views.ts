import { stanceLemma } from '../../knowledge/en/speech.js';
import type { Attr } from './types.js';

/** Characters between the start of the words and the inner speaker's mention that still count as opening them. */
const OPENING = 2;

/**
 * "Most of the candidates said they support ...", "Aftergood said he thought the attention was overblown":
 * what a speaker says they think, want or back is what they say, one statement (PolNeAR annotates the
 * saying alone). An attribution by a view or stance verb whose speaker opens the words of the same
 * speaker's reporting verb is dropped; one by a reporting verb ("said he told ...") stays. The list is
 * changed in place; ids are given again in the order found.
 */
export function dropOwnViews(attrs: Attr[]): void {
  const dropped = new Set<Attr>();
  for (const a of attrs) {
    const m = a.source.mention;
    if (a.documentLevel || a.carrier || !m || a.mode !== 'indirect') continue;
    if (a.force !== 'think' && stanceLemma(a.cue.toLowerCase(), '') === undefined) continue;
    const holder = attrs.find(
      (b) =>
        b !== a &&
        !dropped.has(b) &&
        !b.documentLevel &&
        !b.carrier &&
        b.source.name === a.source.name &&
        b.contentStart <= m.start &&
        m.start - b.contentStart <= OPENING &&
        a.cueEnd <= b.contentEnd,
    );
    if (holder) dropped.add(a);
  }
  if (dropped.size === 0) return;
  const kept = attrs.filter((a) => !dropped.has(a));
  attrs.length = 0;
  for (const a of kept) {
    a.id = `a${attrs.length + 1}`;
    attrs.push(a);
  }
}
