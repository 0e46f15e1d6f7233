/**
 * The phrases around a trigger that the roles pass reads: the subject and possessor left of it, and
 * right of it the party after each preposition, its direct object and its first object.
 */
import { opponentOf } from '../lexicon.js';
import { type Mention, mentionAt } from '../mentions.js';
import type { Token } from '../text.js';
import { parentheticalStart, verbGroupBetween } from './clause.js';
import { firstParty, partyAt, pastDeterminers } from './parties.js';
import type { Party, Site } from './types.js';
import { pronounParty, speakerParty } from './voices.js';

/** Words before a party that make it an object, not the subject. */
const PREP_ROLE = new Set([
  'after',
  'than',
  'like',
  'unlike',
  'including',
  'to',
  'from',
  'against',
  'on',
  'with',
  'for',
  'by',
  'between',
  'into',
  'at',
  'of',
  'in',
  'toward',
  'towards',
  'upon',
  'before',
]);
/** Words after an auxiliary that keep a noun's own phrase going ("shipments were sent to Russia"). */
const PASSIVE_PARTICIPLE = /(ed|en|sent|sold|bought|brought|made)$/;

/** Nouns of an effort whose owner is the one who acts in the infinitive after them. */
const AIMING = /^(negotiations|talks|efforts?|attempts?|bid|plans?|push|drive|campaign|quest|race)$/;

/** What stands left of a trigger: its subject and a possessor ("Iran's deliveries", "Iranian arms transfers"). */
export interface Left {
  subject: Party;
  possessive: Party;
}

/** What stands right of a trigger: the party after each preposition, the direct object and the first object. */
export interface Right {
  readonly byPrep: ReadonlyMap<string, Party>;
  readonly direct: Party;
  readonly firstObject: Party;
}

/** The subject and possessor left of the trigger, within its clause. */
export function leftRoles(site: Site, passive: boolean, nounUse: boolean): Left {
  const { input, k, clause } = site;
  const { index, parsed } = input;
  const { tokens } = parsed;
  const found: Left = { subject: null, possessive: null };
  for (let j = k - 1; j >= clause.first; ) {
    const m = partyAt(index, j, tokens);
    if (m) {
      leftParty(site, m, found);
      j = m.first - 1;
      continue;
    }
    const next = leftWord(site, j, found, passive, nounUse);
    if (next === null) break;
    j = next;
  }
  // "sanctioned Turkey over its purchase", "protested to Berlin over its sale": the party blamed, the
  // nearest before the reason's "its", owns the noun; not one in a by-phrase ("criticised by Russia for its").
  if (nounUse && /^(its|their)$/.test(tokens[k - 1]?.lower ?? '') && REASON.test(tokens[k - 2]?.lower ?? ''))
    found.possessive ??= blamed(site, k - 3);
  // "Denmark has not confirmed the timing of its transfer": the subject owns the noun.
  if (nounUse && /^(its|their)$/.test(tokens[k - 1]?.lower ?? '') && found.subject)
    found.possessive ??= found.subject;
  // "Iranian arms transfers", "North Korean weapons shipments": a country adjective in the noun phrase.
  for (let j = k - 1; nounUse && j >= Math.max(clause.first, k - 3); j--) {
    const m = mentionAt(index, j);
    if (m?.kind === 'country' && m.entity && tokens[j]?.pos !== 'PART') {
      found.possessive ??= m.entity;
      break;
    }
    if (!/^(NOUN|ADJ|PROPN)$/.test(tokens[j]?.pos ?? '')) break;
  }
  // "accused Pyongyang of supplying shells": the one accused is the one who supplies.
  const accused = tokens[k - 1]?.lower === 'of' ? partyAt(index, k - 2, tokens) : undefined;
  if (accused) found.subject = accused.entity;
  return found;
}

/** Prepositions of a reason that blames a party for an act of its own. */
const REASON = /^(over|for|about)$/;

/** The nearest party at or before `j` in the clause that no by- or from-phrase holds (the source of the blame). */
function blamed(site: Site, j: number): Party {
  const { index, parsed } = site.input;
  const { tokens } = parsed;
  for (let i = j; i >= site.clause.first; i--) {
    const m = partyAt(index, i, tokens);
    if (!m) continue;
    let before = m.first - 1;
    while (before > site.clause.first && tokens[before]?.pos === 'DET') before--;
    if (!/^(by|from)$/.test(tokens[before]?.lower ?? '')) return m.entity;
    i = m.first;
  }
  return null;
}

/** A party left of the trigger: a possessor right before it, else the subject unless a preposition governs it. */
function leftParty(site: Site, m: Mention, found: Left): void {
  const { k, clause } = site;
  const { tokens } = site.input.parsed;
  let before = m.first - 1;
  while (before > clause.first && tokens[before]?.pos === 'DET') before--;
  const prep = tokens[before]?.lower ?? '';
  const after = tokens[m.last + 1]?.lower ?? '';
  // "The Philippines' purchase": a name in -s takes a bare apostrophe.
  const bare = (after === "'" || after === '’') && /s$/i.test(tokens[m.last]?.text ?? '');
  if (after === "'s" || after === '’s' || bare) {
    // The possessor of the noun itself: only its modifiers between ("Iran's drone deliveries"), no verb
    // ("Burkina Faso's army took delivery": the army's state receives, see possessedSubject).
    const ownNoun = tokens.slice(m.last + 2, k).every((t) => /^(NOUN|ADJ|NUM|PROPN)$/.test(t.pos));
    if (m.last + 1 >= k - 3 && ownNoun) found.possessive ??= m.entity;
    // "Russia's negotiations with Iran to acquire missiles": whose efforts they are does what they aim at.
    else if (
      found.subject === null &&
      tokens[k - 1]?.lower === 'to' &&
      AIMING.test(tokens[m.last + 2]?.lower ?? '')
    )
      found.subject = m.entity;
    // "Russia's military is in talks", "Iran's foreign minister denied sending": a state's body as subject.
    else if (found.subject === null && possessedSubject(tokens, m.last + 2, k)) found.subject = m.entity;
  } else if (found.subject === null && (!PREP_ROLE.has(prep) || conjunctionSubject(tokens, prep, m.last)))
    found.subject = m.entity;
}

/**
 * A word left of the trigger that is no known party: it may skip a parenthetical, stand for the speaker's
 * side, or end the search. Gives the next token to look at, or null to stop.
 */
function leftWord(site: Site, j: number, found: Left, passive: boolean, nounUse: boolean): number | null {
  const { input, k, clause } = site;
  const { index, parsed } = input;
  const { tokens } = parsed;
  const p = tokens[j] as Token;
  // "North Korea, Blinken said, sent shells": the subject stands before a parenthetical attribution.
  if (p.text === ',' && found.subject === null) {
    const c = parentheticalStart(tokens, j, clause.first);
    if (c < j) return c - 1;
  }
  // "The Kremlin said the West sent tanks": a name the gazetteer does not know, standing as the verb's subject,
  // is the subject still; the state before it is not.
  if (found.subject === null && !nounUse && p.pos === 'PROPN' && verbGroupBetween(tokens, j, k)) {
    let f = j;
    while (f > clause.first && /^(PROPN|ADJ|DET)$/.test(tokens[f - 1]?.pos ?? '')) f--;
    let named = false;
    for (let n = f; n <= j && !named; n++) named = partyAt(index, n, tokens) !== undefined;
    if (!named) return null;
  }
  // "the enemy has used 24 missiles", "the occupiers fired": the speaker's state's opponent.
  if (
    found.subject === null &&
    /^(enemy|occupiers|invaders|aggressor)$/.test(p.lower) &&
    tokens[j - 1]?.lower === 'the'
  ) {
    found.subject = opponentOf(speakerParty(input, j));
    return j - 2;
  }
  // "his country would deliver", "our government will send": the speaker's own state.
  if (
    found.subject === null &&
    /^(country|government|state|nation)$/.test(p.lower) &&
    /^(his|her|its|their|our|my)$/.test(tokens[j - 1]?.lower ?? '')
  ) {
    found.subject = speakerParty(input, j);
    return j - 2;
  }
  if (
    p.pos === 'PRON' &&
    found.subject === null &&
    /^(we|i|our|they|he|she|it)$/.test(p.lower) &&
    !/^(with|to|from|for)$/.test(tokens[j - 1]?.lower ?? '')
  ) {
    found.subject = pronounParty(input, p, j);
    // "information we have that they're considering": an unresolved "they" is still the subject; the
    // "we" before it is not.
    if (found.subject === null && p.lower === 'they' && !passive) return null;
  }
  return j - 1;
}

/** The parties right of the trigger, by the preposition before each, and its direct and first objects. */
export function rightRoles(site: Site, nounUse: boolean): Right {
  const { input, k, clause } = site;
  const { index, parsed } = input;
  const { tokens } = parsed;
  const byPrep = new Map<string, Party>();
  let direct: Party = null;
  for (let j = k + 1; j <= clause.last; j++) {
    // "the supply of missiles to Kiev will require a response from the military": a noun's phrase ends at
    // the verb it is the subject of; "Germany's acquisition of the system was approved by the US": also at a
    // passive one, whose by-phrase is its own.
    if (
      nounUse &&
      (tokens[j]?.pos === 'AUX' ||
        (tokens[j]?.pos === 'VERB' &&
          !PASSIVE_PARTICIPLE.test(tokens[j]?.lower ?? '') &&
          !/ing$/.test(tokens[j]?.lower ?? '')))
    )
      break;
    const m = partyAt(index, j, tokens);
    if (!m) continue;
    const p = pastDeterminers(tokens, m, k, /^(the|a|an|its|their)$/);
    const prep = tokens[p]?.lower ?? '';
    if (PREP_ROLE.has(prep)) {
      // "station weapons on Belarusian territory": a state's territory is where the weapons go.
      if (
        /^(on|in|into)$/.test(prep) &&
        /^(territory|soil)$/.test(tokens[m.last + 1]?.lower ?? '') &&
        !byPrep.has('to')
      )
        byPrep.set('to', m.entity);
      if (!byPrep.has(prep)) byPrep.set(prep, m.entity);
      if (prep === 'between') {
        const second = firstParty(index, m.last + 1, clause.last, () => true);
        if (second) byPrep.set('and', second.entity);
      }
    } else if (direct === null && p === k) direct = m.entity;
    j = m.last;
  }
  // "missiles supplied by the United States": a preposition may stand before the determiner.
  const firstObject =
    firstParty(
      index,
      k + 1,
      clause.last,
      (m) => !/^(from|with|by)$/.test(tokens[pastDeterminers(tokens, m, k, /^(the|a|an)$/)]?.lower ?? ''),
    )?.entity ?? null;
  return { byPrep, direct, firstObject };
}

/** "a day after Washington imposed sanctions": a word that is a preposition elsewhere opens a clause here. */
export function conjunctionSubject(tokens: readonly Token[], prep: string, last: number): boolean {
  return /^(after|before|since|until|as)$/.test(prep) && /^(AUX|VERB)$/.test(tokens[last + 1]?.pos ?? '');
}

/** Whether the words from `j` are a short noun phrase followed by its verb, before the trigger at `k`. */
export function possessedSubject(tokens: readonly Token[], j: number, k: number): boolean {
  let n = 0;
  while (n < 3 && j + n < k && /^(NOUN|ADJ|PROPN)$/.test(tokens[j + n]?.pos ?? '')) n++;
  if (n === 0 || j + n >= k || !/^(AUX|VERB)$/.test(tokens[j + n]?.pos ?? '')) return false;
  // "Russia's defence ministry claimed that a Kinzhal had destroyed": the subject of reported words is theirs.
  return !tokens.slice(j + n, k).some((w) => /^(that|which|who|,)$/.test(w.lower));
}
