/**
 * The story fills of a deal (a transfer or talks about one): a role its sentence leaves empty is taken
 * from an earlier event only when the sentence continues that event's story (licence.ts), and every role
 * so taken is listed as inferred.
 */

import { claimTypes } from '../../knowledge/claim-types.js';
import { continuationWords } from '../../knowledge/en/story-cues.js';
import { opponentOf, triggerFor } from '../lexicon.js';
import { STORY_REACH } from '../span-index.js';
import type { Token } from '../text.js';
import type { Cast } from './document-links.js';
import { type Kept, latestLicensed, placeNamed, sameKind } from './licence.js';
import { coordinated, partyAt, storyCountry } from './parties.js';
import type { Draft, Site } from './types.js';
import { innermost, jointSpeakers, speakerParty } from './voices.js';
import type { WeaponReading } from './weapons.js';

/** Whether a draft tells a deal: a transfer or talks about one (the claim-type table's `deal`). */
const isDeal = (d: Draft): boolean => claimTypes[d.type].deal;

/** Determiners that make an event noun point back at one told before ("the shipment", "such deliveries"). */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);

/** What the sentence itself gives the claim, before any story fill. */
function keptOf(site: Site, cast: Cast, reading: WeaponReading): Kept {
  // "The shipment may include drones": a definite event noun points back, whatever weapons it names;
  // "further shipments" tell a batch of the deal told before (the pack's continuation words).
  const { tokens } = site.input.parsed;
  const before = (j: number): string => tokens[site.k - j]?.lower ?? '';
  const definite =
    reading.nounUse &&
    (DEFINITE.has(before(1)) || continuationWords.has(before(1)) || continuationWords.has(before(2)));
  return {
    actor: cast.actor,
    target: cast.target,
    weapons: cast.weapons,
    anaphoric: reading.anaphoric || reading.bareAmount || definite,
  };
}

/** Marks a role as taken from outside the sentence's grammar. */
export function infer(cast: Cast, role: 'actor' | 'target'): void {
  if (!cast.inferred.includes(role)) cast.inferred.push(role);
}

/**
 * One role of a deal from the events told before: the supplier of the last deal with the same recipient,
 * the recipient of the last deal with the same supplier, else the recipient of the deal (or the user of
 * the weapons) the sentence continues ("Paris would deliver Scalp missiles" after Storm Shadows for Kyiv),
 * else the state the document names most.
 */
export function dealRoleFromStory(site: Site, reading: WeaponReading, cast: Cast): void {
  const kept = keptOf(site, cast, reading);
  if (!cast.actor && cast.target) {
    const target = cast.target;
    const d = latestLicensed(site, kept, (x) => isDeal(x) && x.target === target && x.actor !== null);
    if (d?.actor) {
      cast.actor = d.actor;
      infer(cast, 'actor');
    }
    return;
  }
  // "sent into Kupiansk": the sentence says where they went, and it is no party.
  if (!cast.actor || cast.target || placeNamed(site)) return;
  const supplier = cast.actor;
  // "India and Russia are in talks on the sale of S-400 systems": the other side of a deal of the same sentence.
  const partner = site.drafts.findLast(
    (x) =>
      x.sent === site.s.i &&
      isDeal(x) &&
      x.actor !== null &&
      x.target !== null &&
      (x.actor === supplier || x.target === supplier),
  );
  const side = partner
    ? partner.actor === supplier
      ? partner.target
      : partner.actor
    : talksPartner(site, supplier);
  if (side) {
    cast.target = side;
    return;
  }
  const same = latestLicensed(site, kept, (x) => isDeal(x) && x.actor === supplier && x.target !== null);
  const other =
    same ??
    latestLicensed(site, kept, (x) => x.type === 'transfer' && x.target !== null && x.target !== supplier);
  // Whoever used weapons of the same kind received them.
  const user = other
    ? undefined
    : latestLicensed(
        site,
        kept,
        (x) =>
          x.type === 'military_use' &&
          x.actor !== null &&
          x.actor !== supplier &&
          sameKind(x.weapons, cast.weapons),
      );
  const target = other?.target ?? user?.actor ?? storyCountry(site.input.index, supplier);
  if (target) {
    cast.target = target;
    infer(cast, 'target');
  }
}

/**
 * A deal with no parties named: the two who deny it together ("Moscow and Pyongyang deny any arms
 * dealings"), else the pair of the batch just told or the story's main pair, when the sentence continues it.
 */
export function storyPair(site: Site, reading: WeaponReading, cast: Cast): void {
  const { trig, key, k, drafts } = site;
  if (!claimTypes[trig.type].deal) return;
  const prevTransfer = drafts.findLast(isDeal);
  // An arms deal denied in general terms is between the two who deny it, else about the pair in the story.
  const joint =
    !cast.actor && !cast.target ? jointSpeakers(site.input, k, drafts.slice(-STORY_REACH)) : undefined;
  if (joint && !prevTransfer) ({ actor: cast.actor, target: cast.target } = joint);
  if (!prevTransfer) return;
  if (!cast.actor && !cast.target && !placeNamed(site)) {
    const kept = keptOf(site, cast, reading);
    // "more would follow": the batch after the transfer just told.
    const batch = key === 'follow' || reading.bareAmount;
    const main = batch ? prevTransfer : joint ? undefined : storyDraft(drafts.slice(-STORY_REACH));
    const pair =
      joint ??
      (main &&
        latestLicensed(site, kept, (x) => isDeal(x) && x.actor === main.actor && x.target === main.target));
    if (pair) {
      ({ actor: cast.actor, target: cast.target } = pair);
      if (!joint) {
        infer(cast, 'actor');
        infer(cast, 'target');
      }
    }
  }
  // Talks are symmetric: orient them as the transfers between the same two parties already reported.
  if (
    !joint &&
    trig.type === 'negotiate_transfer' &&
    trig.roles === 'forward' &&
    cast.actor === prevTransfer.target &&
    cast.target === prevTransfer.actor
  )
    [cast.actor, cast.target] = [cast.target, cast.actor];
}

/** The last event of the pair of parties the story has reported most often so far, else the last deal told. */
export function storyDraft(drafts: readonly Draft[]): Draft | undefined {
  const counts = new Map<string, { n: number; last: Draft }>();
  for (const d of drafts) {
    if (d.type !== 'transfer' || !d.actor || !d.target) continue;
    const key = `${d.actor}>${d.target}`;
    const c = counts.get(key) ?? { n: 0, last: d };
    c.n++;
    c.last = d;
    counts.set(key, c);
  }
  let best: { n: number; last: Draft } | undefined;
  for (const c of counts.values()) if (!best || c.n >= best.n) best = c;
  return best?.last ?? drafts.findLast(isDeal);
}

/**
 * "Zelensky posted that Denmark would send F-16 jets", "Biden told Zelenskyy the U.S. will send ATACMS": a
 * supply promised with no recipient named is made to the state of the one told, else of the speaker, when
 * that state receives arms in the story (or is at war) and supplies none.
 */
export function promisedTo(site: Site, cast: Cast): void {
  if (cast.target || !cast.actor || site.trig.type !== 'transfer') return;
  const { input, t, drafts } = site;
  const a = innermost(input.attrs, t.start);
  if (!a || a.documentLevel) return;
  const receives = (p: string): boolean =>
    p !== cast.actor &&
    !drafts.some((d) => isDeal(d) && d.actor === p) &&
    (opponentOf(p) !== null || drafts.some((d) => isDeal(d) && d.target === p));
  for (const p of [addressee(site, a.cueEnd), speakerParty(input, site.k)]) {
    if (p && receives(p)) {
      cast.target = p;
      infer(cast, 'target');
      return;
    }
  }
}

/** The party told, after a reporting cue and before its words ("told Ukrainian President Zelenskyy ... that"). */
function addressee(site: Site, cueEnd: number): string | null {
  const { index, parsed } = site.input;
  let seen = 0;
  for (let j = site.s.first; j <= site.s.last && seen < 12; j++) {
    const w = parsed.tokens[j] as Token;
    if (w.start < cueEnd) continue;
    if (w.lower === 'that' || w.pos === 'VERB' || w.pos === 'AUX' || w.text === ':') break;
    seen++;
    const m = partyAt(index, j, parsed.tokens);
    if (m?.entity) return m.entity;
  }
  return null;
}

/** "India and Russia are in talks on the sale of S-400 systems": the other of the two sides of the talks that hold the deal. */
function talksPartner(site: Site, supplier: string): string | null {
  const { tokens } = site.input.parsed;
  for (let j = site.k - 1; j >= site.clause.first; j--) {
    const w = tokens[j] as Token;
    if ((triggerFor(w.lower) ?? triggerFor(w.lemma))?.type !== 'negotiate_transfer') continue;
    const sides = coordinated(site.input.index, tokens, j, site.clause.first, supplier);
    return sides.length === 2 ? (sides.find((p) => p !== supplier) ?? null) : null;
  }
  return null;
}
