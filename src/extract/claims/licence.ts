/**
 * Which earlier event may lend its parties to a role that a sentence leaves empty: one whose story the
 * sentence continues. It continues an event's story when it names one of that event's parties (in any
 * place, a speaker too), names weapons of the same kind, or points back at it ("the deliveries"); and
 * when no deal between two other named parties (sharing neither) was told in between.
 */
import type { Weapon } from '../../domain/extraction.js';
import { claimTypes } from '../../knowledge/claim-types.js';
import { mentionAt } from '../mentions.js';
import type { Token } from '../text.js';
import { partyAt } from './parties.js';
import type { Draft, Party, Site } from './types.js';
import { NARROWER } from './weapons.js';

/** What the sentence itself gives: the roles its grammar fills, its weapons, and whether it points back. */
export interface Kept {
  readonly actor: Party;
  readonly target: Party;
  readonly weapons: readonly Weapon[];
  /** Whether the event's words point back at one told before ("the deliveries", "them", "more"). */
  readonly anaphoric: boolean;
}

/**
 * The latest earlier event that `wanted` accepts and whose story the site's sentence continues: the same
 * sentence's, else one the sentence links to, with no deal between two other named parties (sharing
 * neither) told after it (the story moved on).
 */
export function latestLicensed(site: Site, kept: Kept, wanted: (d: Draft) => boolean): Draft | undefined {
  const { drafts } = site;
  // The pairs of the named deals told in sentences after the one looked at (a deal of its own sentence is
  // part of its story): one between two other parties ends the earlier story.
  const later = new Set<string>();
  let pending: string[] = [];
  let sent = Number.POSITIVE_INFINITY;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (d.sent < sent) {
      for (const p of pending) later.add(p);
      pending = [];
      sent = d.sent;
    }
    if (wanted(d)) {
      if (d.sent === site.s.i) return d;
      // Another supplier to the same recipient, or the same supplier to another, is the same story.
      const moved = [...later].some((p) => !p.split('|').some((x) => x === d.actor || x === d.target));
      if (!moved && linked(site, kept, d)) return d;
    }
    const pair = namedPair(d);
    if (pair !== undefined) pending.push(pair);
  }
  return undefined;
}

/** The pair of a deal whose two parties its own sentence names, in either order. */
function namedPair(d: Draft): string | undefined {
  if (!claimTypes[d.type].deal) return undefined;
  if (d.actor === null || d.target === null || (d.inferred?.length ?? 0) > 0) return undefined;
  return pairKey(d);
}

/** Two parties as one key whichever gives: talks and deals between the same two are one story. */
function pairKey(d: Draft): string {
  return d.actor !== null && d.target !== null && d.actor > d.target
    ? `${d.target}|${d.actor}`
    : `${d.actor}|${d.target}`;
}

/** Whether the sentence links to `d`: one of its parties named, weapons of its kind, or words that point back. */
function linked(site: Site, kept: Kept, d: Draft): boolean {
  if (kept.actor !== null && kept.actor === d.actor) return true;
  if (kept.target !== null && kept.target === d.target) return true;
  if (sameKind(kept.weapons, d.weapons)) return true;
  // "The deliveries are continuing" points at deliveries told as happening, not at "would not supply weapons".
  if (kept.anaphoric && d.status !== 'denied') return true;
  return namesParty(site, d) || pronounParty(site);
}

/** Pronouns that stand for a party told before ("they're considering providing lethal support"). */
const PARTY_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them']);

/** Whether the trigger's clause holds a pronoun that stands for a party told before. */
function pronounParty(site: Site): boolean {
  const { tokens } = site.input.parsed;
  for (let j = site.clause.first; j <= site.clause.last; j++) {
    const t = tokens[j];
    // "it is the US that keeps pouring weapons": an "it" that opens a cleft stands for nothing.
    if (t?.pos === 'PRON' && PARTY_PRONOUNS.has(t.lower) && !cleft(tokens, j)) return true;
  }
  return false;
}

/** Whether two lists of weapons share a named kind, a generic word standing for its narrower kinds. */
export function sameKind(a: readonly Weapon[], b: readonly Weapon[]): boolean {
  const kinds = (w: Weapon): readonly string[] => [w.class, ...(NARROWER[w.class] ?? [])];
  return a.some(
    (x) =>
      x.class !== 'unspecified' && b.some((y) => kinds(x).includes(y.class) || kinds(y).includes(x.class)),
  );
}

/** Whether the site's sentence names a party of `d` anywhere: as a speaker, a possessor, a party to another clause. */
function namesParty(site: Site, d: Draft): boolean {
  const { index, parsed } = site.input;
  for (let j = site.s.first; j <= site.s.last; j++) {
    const m = partyAt(index, j, parsed.tokens);
    if (m?.entity && (m.entity === d.actor || m.entity === d.target)) return true;
  }
  return false;
}

/** Whether the "it" at `j` opens a cleft or an extraposed subject ("it is the US that", "it is clear that"). */
function cleft(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.lower === 'it' && tokens[j + 1]?.lemma === 'be';
}

/**
 * Whether the site's clause moves the weapons into a place that is no party ("sent into Kupiansk",
 * "pouring weapons into the battlefield"): the sentence leaves no recipient for the story to fill. A
 * to-phrase may name a place in the recipient's land ("transported to Vladivostok") and is left alone.
 */
export function placeNamed(site: Site): boolean {
  const { tokens } = site.input.parsed;
  const { index } = site.input;
  for (let j = site.k + 1; j < site.clause.last; j++) {
    // "such deliveries would draw the West into the conflict": another verb's phrase.
    if (/^(VERB|AUX)$/.test(tokens[j]?.pos ?? '')) return false;
    if (tokens[j]?.lower !== 'into') continue;
    let at = j + 1;
    while (at < j + 4 && /^(DET|ADJ)$/.test(tokens[at]?.pos ?? '') && !partyAt(index, at, tokens)) at++;
    const head = tokens[at];
    // "into Ukraine", "into the country": a party or a word for one.
    if (!head || partyAt(index, at, tokens) || mentionAt(index, at)) continue;
    if (head.pos === 'PROPN' || (head.pos === 'NOUN' && !PARTY_NOUNS.has(head.lemma))) return true;
  }
  return false;
}

/** Nouns that stand for a party told before ("into the country"). */
const PARTY_NOUNS = new Set(['country', 'state', 'nation', 'kingdom', 'republic', 'regime', 'government']);
