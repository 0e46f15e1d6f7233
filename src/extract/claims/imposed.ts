/**
 * Sanctions held by a verb that imposes them: "Japan hit Russian entities with sanctions", "Germany put
 * Saudi Arabia under an arms embargo", "Niger was placed under sanctions by ECOWAS". The verb's agent
 * imposes the noun and the party it acts on bears it; the verbs are the pack's `imposer` light verbs.
 */
import { englishPack } from '../../knowledge/en/index.js';
import { mentionAt } from '../mentions.js';
import type { Token } from '../text.js';
import type { Party, Site } from './types.js';

const IMPOSING = englishPack().imposingVerbs;
const BEARING = englishPack().bearingVerbs;

/** "Belarus faces new sanctions from the EU", "Turkey risks sanctions": the bearer verb's subject bears the noun at `k`. */
export function bornRoles(site: Site, fromParty: Party): { actor: Party; target: Party } | null {
  const { k, clause } = site;
  const { tokens } = site.input.parsed;
  let j = k - 1;
  while (j >= clause.first && /^(DET|ADJ|NUM)$/.test((tokens[j] as Token).pos)) j--;
  // "faces the threat of sanctions": the threat's verb bears them.
  if (tokens[j]?.lower === 'of' && /^threats?$/.test(tokens[j - 1]?.lower ?? '')) {
    j -= 2;
    while (j >= clause.first && /^(DET|ADJ|NUM)$/.test((tokens[j] as Token).pos)) j--;
  }
  if (!bearsAt(tokens, j)) return null;
  const target = countryIn(site, clause.first, j - 1, 'last');
  return target ? { actor: fromParty === target ? null : fromParty, target } : null;
}

/** The roles of a noun of sanction held in an imposing verb's with- or under-phrase, or null when none holds it. */
export function imposedRoles(site: Site, byParty: Party): { actor: Party; target: Party } | null {
  const { k, clause } = site;
  const { tokens } = site.input.parsed;
  const prep = prepositionBefore(tokens, k, clause.first);
  if (prep < 0) return null;
  let verb = -1;
  for (let j = prep - 1; j >= Math.max(clause.first, prep - 8); j--)
    if (tokens[j]?.pos === 'VERB' && IMPOSING.has(tokens[j]?.lemma ?? '')) {
      verb = j;
      break;
    }
  if (verb < 0) return null;
  const between = countryIn(site, verb + 1, prep - 1, 'first');
  const before = countryIn(site, clause.first, verb - 1, 'last');
  // Active: "Japan hit Russian entities with ..."; passive: "Russian entities were hit with ... by Japan".
  if (between) return { actor: before, target: between };
  // "were added to the EU sanctions list": the list's owner imposes, when no by-phrase does.
  const owner = byParty ?? countryIn(site, prep + 1, k - 1, 'last');
  return before && owner !== before ? { actor: owner, target: before } : null;
}

/** Whether a bearer verb stands at `j`; wink tags "Turkey risks" as a noun after a name. */
function bearsAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.pos === 'VERB') return BEARING.has(t.lemma);
  return (
    t.pos === 'NOUN' &&
    tokens[j - 1]?.pos === 'PROPN' &&
    t.lower.endsWith('s') &&
    BEARING.has(t.lower.slice(0, -1))
  );
}

/** The "with", "under" or "to" before the noun at `k`, past its determiners and modifiers, or -1. */
function prepositionBefore(tokens: readonly Token[], k: number, floor: number): number {
  for (let j = k - 1; j >= Math.max(floor, k - 5); j--) {
    const t = tokens[j] as Token;
    if (t.lower === 'with' || t.lower === 'under' || t.lower === 'to') return j;
    // "to the Treasury's sanctions list": a possessor may stand between.
    if (!/^(DET|ADJ|NOUN|NUM|PROPN|PART|PRON)$/.test(t.pos) && t.text !== '-') return -1;
  }
  return -1;
}

/** The first or last state, group or organisation named between `a` and `b`, by name or adjective. */
function countryIn(site: Site, a: number, b: number, which: 'first' | 'last'): Party {
  const { index } = site.input;
  let found: Party = null;
  for (let j = a; j <= b; j++) {
    const m = mentionAt(index, j);
    if (!m?.entity || m.kind === 'person' || m.kind === 'term' || m.weaponClass !== undefined) continue;
    if (which === 'first') return m.entity;
    found = m.entity;
  }
  return found;
}
