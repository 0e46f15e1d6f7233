/**
 * The parties of claims: which mentions name a state, body or group that can act, where a weapon
 * comes from, and the parties listed, joined or counted around a trigger.
 */
import { triggerFor } from '../lexicon.js';
import { type Mention, type MentionIndex, mentionAt } from '../mentions.js';
import type { Token } from '../text.js';
import type { Party } from './types.js';

/** Participles that, after a country and a hyphen, say where a weapon comes from ("US-supplied"). */
const MADE = /^(supplied|made|built|provided|donated|designed|produced|manufactured|delivered|sourced)$/;
/** The titles of people who act for their state. */
const STATE_ROLE =
  /\b(president|prime minister|premier|chancellor|minister|supreme leader|leader|king|emir|secretary of (?:state|defen[cs]e))\b/i;

/** The party a mention at `k` names: a state, an IGO or a group, or the state a person or body acts for. */
export function partyAt(index: MentionIndex, k: number, tokens?: readonly Token[]): Mention | undefined {
  const m = mentionAt(index, k);
  if (!m?.entity) return undefined;
  if (originOf(index, m, tokens) !== null) return undefined;
  if (m.kind === 'person') {
    // "Putin will station weapons in Belarus": a head of state or minister acts for the state.
    const info = index.entities.get(m.entity);
    return info?.country && STATE_ROLE.test(info.role ?? '') ? { ...m, entity: info.country } : undefined;
  }
  if (m.kind === 'organization') {
    // A state body (the Treasury, the IRGC) acts for its state; a body of no known state is no party.
    const country = index.entities.get(m.entity)?.country;
    return country ? { ...m, entity: country } : undefined;
  }
  return m.kind === 'country' || m.kind === 'igo' || m.kind === 'group' ? m : undefined;
}

/** "Ukrainian air defenses downed ...": the state whose adjective heads the interceptors is the one attacked. */
export function defendersAdjective(
  index: MentionIndex,
  tokens: readonly Token[],
  k: number,
  first: number,
): Party {
  for (let j = k - 1; j >= first && /^(NOUN|ADJ|PROPN)$/.test(tokens[j]?.pos ?? ''); j--) {
    const m = mentionAt(index, j);
    if (m?.kind === 'country') return m.entity;
  }
  return null;
}

/** A country adjective that says where a weapon comes from ("Iranian drones", "Iranian-made Shahed"). */
export function originOf(index: MentionIndex, m: Mention, tokens?: readonly Token[]): string | null {
  if (m.kind !== 'country') return null;
  // "US-supplied HIMARS", "Iranian-made drones"
  if (tokens && tokens[m.last + 1]?.text === '-' && MADE.test(tokens[m.last + 2]?.lower ?? ''))
    return m.entity;
  if (m.form !== 'adjective') return null;
  // Only within the weapon's own noun phrase: "Iranian close-range missiles", not "Russian troops launch drones".
  for (let j = m.last + 1; j <= m.last + 4; j++) {
    const n = mentionAt(index, j);
    if (n?.weaponClass) return m.entity;
    if (n) return null;
    const w = index.tokens[j];
    if (
      !w ||
      !/^(ADJ|NOUN|PROPN|PUNCT|NUM|VERB)$/.test(w.pos) ||
      (w.pos === 'VERB' &&
        (!/(ed|made|built)$/.test(w.lower) || /^(NOUN|PROPN)$/.test(index.tokens[j - 1]?.pos ?? '')))
    )
      return null;
  }
  return null;
}

/** The state whose plain adjective stands before the weapons ("Russian missiles", not "Iranian-made drones"). */
export function userFromWeapons(index: MentionIndex, weapons: readonly Mention[]): Party {
  for (const w of weapons) {
    const m = mentionAt(index, w.first - 1);
    if (m?.kind === 'country' && m.form === 'adjective' && index.tokens[m.last + 1]?.text !== '-')
      return m.entity;
  }
  return null;
}

/** The supplier that the weapons' own words give: an origin adjective, else a named system's maker. */
export function supplierFromWeapons(
  index: MentionIndex,
  weapons: readonly Mention[],
  tokens: readonly Token[],
): Party {
  for (const w of weapons) {
    for (let j = w.first - 1; j >= Math.max(0, w.first - 6); j--) {
      const m = mentionAt(index, j);
      if (m && originOf(index, m, tokens)) return m.entity;
      if (tokens[j]?.text === ',') break;
    }
  }
  // "Ballistic missiles from Iran", "shells made in Pakistan": an origin told after the weapon's name.
  for (const w of weapons) {
    let j = w.last + 1;
    if (MADE.test(tokens[j]?.lower ?? '') && /^(in|by)$/.test(tokens[j + 1]?.lower ?? '')) j += 2;
    else if (tokens[j]?.lower === 'from') j += 1;
    else continue;
    if (tokens[j]?.lower === 'the') j++;
    const m = partyAt(index, j, tokens);
    if (m?.entity && m.kind === 'country') return m.entity;
  }
  for (const w of weapons) {
    if (w.kind === 'weapon_system' && w.entity) {
      const origin = index.entities.get(w.entity)?.country;
      if (origin) return origin;
    }
  }
  return null;
}

/** The first party between `a` and `b` that `ok` accepts. */
export function firstParty(
  index: MentionIndex,
  a: number,
  b: number,
  ok: (m: Mention) => boolean,
): Mention | undefined {
  for (let k = a; k <= b; k++) {
    const m = partyAt(index, k);
    if (m && ok(m)) return m;
  }
  return undefined;
}

/** The position of the word before a mention, past the determiners that stand between (never before `floor`). */
export function pastDeterminers(
  tokens: readonly Token[],
  m: Mention,
  floor: number,
  determiners: RegExp,
): number {
  let p = m.first - 1;
  while (p > floor && determiners.test(tokens[p]?.lower ?? '')) p--;
  return p;
}

/** The states joined by "and" to the first mention of `party` after `k` ("from Danish and Dutch stocks"). */
export function joinedAfter(
  index: MentionIndex,
  tokens: readonly Token[],
  k: number,
  last: number,
  party: Party,
): Party[] {
  const first = firstParty(index, k + 1, last, (m) => m.entity === party);
  const out: Party[] = [];
  let j = first ? first.last + 1 : last + 1;
  while (j + 1 <= last && /^(and|,)$/.test(tokens[j]?.lower ?? '')) {
    const m = mentionAt(index, j + 1);
    if (m?.kind !== 'country' || !m.entity) break;
    out.push(m.entity);
    j = m.last + 1;
  }
  return out;
}

/** The state a country adjective right before a noun names: "North Korean special forces". */
export function originBefore(index: MentionIndex, j: number): Party {
  for (let i = j - 1; i >= Math.max(0, j - 4); i--) {
    const m = mentionAt(index, i);
    if (m?.kind === 'country' && m.form === 'adjective') return m.entity;
    if (index.tokens[i]?.text === ',') break;
  }
  return null;
}

/** The parties listed with the subject before the trigger ("Washington, London, Paris and Berlin"). */
export function coordinated(
  index: MentionIndex,
  tokens: readonly Token[],
  k: number,
  floor: number,
  subject: string,
): Party[] {
  let j = k - 1;
  while (j >= floor && !(partyAt(index, j)?.entity === subject)) j--;
  if (j < floor) return [];
  const out: Party[] = [];
  // A list is joined by "and" somewhere: "According to the Pentagon, Iran shipped" lists no one.
  let joined = false;
  let m = partyAt(index, j);
  // "Sweden, along with Finland, will send": a party joined after the subject acts with it.
  const along = m ? alongWith(index, tokens, m.last + 1, k) : undefined;
  if (m && along) return [m.entity, along];
  while (m) {
    out.push(m.entity);
    let p = m.first - 1;
    if (!/^(,|and|&)$/.test(tokens[p]?.lower ?? '')) break;
    if (tokens[p]?.lower !== ',') joined = true;
    p--;
    if (tokens[p]?.lower === ',' || tokens[p]?.lower === 'and') {
      if (tokens[p]?.lower === 'and') joined = true;
      p--;
    }
    while (p >= floor && /^(the)$/.test(tokens[p]?.lower ?? '')) p--;
    m = p >= floor ? partyAt(index, p) : undefined;
  }
  return out.length > 1 && joined ? out : [];
}

/** The state the document names most often besides `except`: the implicit recipient of its transfers. */
export function storyCountry(index: MentionIndex, except: Party): Party {
  const counts = new Map<string, number>();
  for (const m of index.mentions) {
    // Names and capitals, not adjectives: "Russian forces" says little about who receives.
    if (
      m.kind === 'country' &&
      m.entity &&
      m.entity !== except &&
      (m.form === 'name' || m.form === 'capital')
    ) {
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
  }
  let best: Party = null;
  let n = 1;
  for (const [id, c] of counts) {
    if (c > n) {
      best = id;
      n = c;
    }
  }
  return best;
}

/** Words that end the list of the sanctioned: what follows says why ("over its drone transfers to Russia"). */
const SANCTION_REASON =
  /^(over|for|because|after|that|which|who|whose|involved|facilitating|linked|accused|supplying|helping|to|as|while|amid|in connection)$/;

/** "sanctions over the alleged transfer", "penalties for the deliveries": sanctions that give a transfer as reason. */
export function overTransfer(tokens: readonly Token[], k: number, last: number): boolean {
  for (let j = k + 1; j <= Math.min(last, k + 4); j++) {
    if (!/^(over|for)$/.test(tokens[j]?.lower ?? '')) continue;
    for (let x = j + 1; x <= Math.min(last, j + 4); x++) {
      const trig = triggerFor(tokens[x]?.lower ?? '');
      if (trig?.type === 'transfer' && /^(NOUN|PROPN)$/.test(tokens[x]?.pos ?? '')) return true;
    }
  }
  return false;
}

/** The states, bodies and groups named among the objects of a sanction, in order. */
export function sanctionedParties(
  index: MentionIndex,
  tokens: readonly Token[],
  k: number,
  last: number,
): string[] {
  const out: string[] = [];
  for (let j = k + 1; j <= last; j++) {
    if (SANCTION_REASON.test(tokens[j]?.lower ?? '')) break;
    // "target Iran Air and cancel air agreements with the UK": another measure's partners are not sanctioned.
    if (tokens[j]?.pos === 'VERB' && /^(and|or)$/.test(tokens[j - 1]?.lower ?? '')) break;
    const m = partyAt(index, j, tokens);
    if (!m) continue;
    if (m.entity && !out.includes(m.entity)) out.push(m.entity);
    j = m.last;
  }
  return out;
}

/** The party of "along with X" or "together with X" that starts at `a`, before the trigger at `k`. */
function alongWith(index: MentionIndex, tokens: readonly Token[], a: number, k: number): Party | undefined {
  let j = tokens[a]?.lower === ',' ? a + 1 : a;
  if (!/^(along|together)$/.test(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'with') return undefined;
  j += 2;
  if (tokens[j]?.lower === 'the') j++;
  const m = j < k ? partyAt(index, j) : undefined;
  return m?.entity ?? undefined;
}
