/**
 * Threats named by a noun that a verb of promise holds: "Iran vowed a crushing response against Israel",
 * "Tehran warned Israel of a crushing response". The verb's subject threatens; the party it warns, or
 * the noun's against- or to-phrase, is threatened. The verbs are the pack's `promiser` light verbs.
 */
import { englishPack } from '../../knowledge/en/index.js';
import { mentionAt } from '../mentions.js';
import type { Token } from '../text.js';
import type { Party, Site } from './types.js';

const PROMISING = englishPack().promisingVerbs;

/** The verb of promise that holds the noun at `k` as its object or of-phrase, or -1. */
export function promiserOf(site: Site): number {
  const { k, clause } = site;
  const { tokens } = site.input.parsed;
  let j = k - 1;
  while (j >= clause.first && /^(DET|ADJ|NUM)$/.test((tokens[j] as Token).pos)) j--;
  // "warned Israel of a crushing response": past the of-phrase and the party warned.
  if (tokens[j]?.lower === 'of') {
    j--;
    while (j >= clause.first && j > k - 8 && !PROMISING.has(tokens[j]?.lemma ?? '')) j--;
  }
  return j >= clause.first && tokens[j]?.pos === 'VERB' && PROMISING.has(tokens[j]?.lemma ?? '') ? j : -1;
}

/** The roles of a threat held by the verb of promise at `v`: its subject threatens, the party warned or the against-phrase is threatened. */
export function promisedRoles(site: Site, v: number, against: Party): { actor: Party; target: Party } {
  const { k, clause } = site;
  return {
    actor: partyIn(site, clause.first, v - 1, 'last'),
    target: against ?? partyIn(site, v + 1, k - 1, 'first'),
  };
}

/** The first or last state, group or organisation named between `a` and `b`. */
function partyIn(site: Site, a: number, b: number, which: 'first' | 'last'): Party {
  let found: Party = null;
  for (let j = a; j <= b; j++) {
    const m = mentionAt(site.input.index, j);
    if (!m?.entity || m.kind === 'term' || m.weaponClass !== undefined) continue;
    const party = m.kind === 'person' ? null : m.entity;
    if (party && which === 'first') return party;
    if (party) found = party;
  }
  return found;
}
