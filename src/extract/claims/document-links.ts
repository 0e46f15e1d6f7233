/**
 * The document-links pass: what an event's sentence leaves out is filled from the document: the weapons
 * and parties of the events it points back at, the story's main pair, the recipient it names most, the
 * speakers of a denial, the actor of a condition.
 */
import type { Weapon } from '../../domain/extraction.js';
import { claimTypes } from '../../knowledge/claim-types.js';
import { opponentOf, triggerFor } from '../lexicon.js';
import { type MentionIndex, mentionAt } from '../mentions.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { originBefore, overTransfer, supplierFromWeapons, userFromWeapons } from './parties.js';
import { dealRoleFromStory, storyPair } from './story.js';
import type { Draft, Party, Site } from './types.js';
import { speakerParty } from './voices.js';
import {
  definiteBefore,
  narrowedByEarlier,
  nearLeft,
  personnelNear,
  sharesClass,
  toWeapons,
  type WeaponReading,
} from './weapons.js';

/** The events told before that a new one may point back at. */
export interface Antecedents {
  /** The last transfer or talks told. */
  readonly prevTransfer: Draft | undefined;
  /** The use "the strikes" points back at. */
  readonly prevUse: Draft | undefined;
  /** The last transfer or use with named weapons, for a use of "them". */
  readonly lastArmed: Draft | undefined;
  /** The event the new one's weapons come from when it points back. */
  readonly antecedent: Draft | undefined;
}

/** The roles and weapons of a claim while the document's earlier events fill what the sentence left out. */
export interface Cast {
  actor: Party;
  target: Party;
  weapons: Weapon[];
  /** The roles filled from outside the sentence's grammar: earlier events, the story's parties. */
  inferred: ('actor' | 'target')[];
}

/** The events told before the site that it may point back at. */
export function antecedentsOf(site: Site, reading: WeaponReading): Antecedents {
  const { drafts, trig, k } = site;
  const { anaphoric } = reading;
  const prevTransfer = drafts.findLast((d) => d.type === 'transfer' || d.type === 'negotiate_transfer');
  // "the strikes" refers back to the use already reported, other words to the transfer.
  const prevUse =
    trig.noun && trig.type === 'military_use' && definiteBefore(site.input.parsed.tokens, k)
      ? drafts.findLast((d) => d.type === 'military_use')
      : undefined;
  // "Russia has fired them at Ukraine": a pronoun after a verb of use names the weapons told last, used or sent.
  const named = (d: Draft): boolean => d.weapons.some((w) => w.class !== 'unspecified');
  const lastArmed =
    trig.type === 'military_use' && anaphoric && !prevUse
      ? drafts.findLast((d) => (d.type === 'transfer' || d.type === 'military_use') && named(d))
      : undefined;
  // "the deliveries" after "we may export weapons to any country": the transfer whose weapons were named.
  const namedTransfer = anaphoric
    ? (drafts.findLast((d) => d.type === trig.type && named(d)) ??
      drafts.findLast((d) => (d.type === 'transfer' || d.type === 'negotiate_transfer') && named(d)))
    : undefined;
  return {
    prevTransfer,
    prevUse,
    lastArmed,
    antecedent: prevUse ?? lastArmed ?? namedTransfer ?? prevTransfer,
  };
}

/** The weapons of the claim: its own, else those of the event it points back at, else the troops sent. */
export function claimWeapons(site: Site, reading: WeaponReading, ants: Antecedents): Weapon[] {
  const { trig, t, drafts } = site;
  const { parsed } = site.input;
  const { weapons, anaphoric, troops } = reading;
  const { antecedent, prevUse } = ants;
  // What "the strikes" destroyed were their targets; their weapons are those of the use told before.
  let weaponList = !claimTypes[trig.type].weapons || prevUse ? [] : toWeapons(parsed, weapons);
  if (
    anaphoric &&
    antecedent &&
    claimTypes[trig.type].weapons &&
    (weaponList.length === 0 || weaponList.every((w) => w.class === 'unspecified'))
  ) {
    const classes = new Set(antecedent.weapons.map((w) => w.class));
    weaponList =
      classes.size === 1
        ? antecedent.weapons.slice(0, 1)
        : [{ class: 'unspecified', system: null, text: t.text }];
  }
  if (troops >= 0 && weaponList.length === 0)
    weaponList = [{ class: 'other', system: null, text: (parsed.tokens[troops] as Token).text }];
  return narrowedByEarlier(parsed.tokens, weapons, weaponList, drafts);
}

/**
 * The document-links pass: roles the sentence leaves empty are filled from the events told before, the
 * story's parties and the speakers. Gives false when the event has no parties to speak of.
 */
export function linkRoles(site: Site, reading: WeaponReading, ants: Antecedents, cast: Cast): boolean {
  const { trig } = site;
  if (trig.type === 'transfer' || trig.type === 'negotiate_transfer')
    transferFromWeapons(site, reading, cast);
  if (trig.type === 'military_use') {
    if (trig.roles === 'reverse' && !cast.actor) interceptedFrom(site, reading, cast);
    const acting = useFromStory(site, reading, ants, cast);
    storyPair(site, reading, cast);
    if (site.key === 'destroy' && site.t.pos === 'VERB' && !destroyedOwner(site, acting, cast)) return false;
  } else storyPair(site, reading, cast);
  if (cast.target === cast.actor) cast.target = null;
  // No one fires at or sanctions the United Nations: "in breach of U.N. sanctions" names a regime.
  if ((trig.type === 'military_use' || trig.type === 'sanction') && cast.target?.startsWith('igo:un'))
    cast.target = null;
  if (trig.type === 'sanction' && !sanctionedFromStory(site, ants, cast)) return false;
  if (trig.type === 'threaten') threatFromStory(site, cast);
  if (cast.target === cast.actor) cast.target = null;
  const { antecedent } = ants;
  // "All six were intercepted": a use told again with no party named is the use told before.
  if (
    trig.type === 'military_use' &&
    reading.anaphoric &&
    !cast.actor &&
    !cast.target &&
    antecedent?.type === 'military_use'
  ) {
    cast.actor = antecedent.actor;
    cast.target = antecedent.target;
  }
  return cast.actor !== null || cast.target !== null;
}

/** A transfer's supplier from the weapons' origin, and roles from earlier transfers and the story's recipient. */
function transferFromWeapons(site: Site, reading: WeaponReading, cast: Cast): void {
  const { trig, k, clause } = site;
  const { parsed, index } = site.input;
  const { weapons, troops } = reading;
  // "Russia's negotiations with Iran to acquire missiles": the party that negotiates to acquire receives.
  if (
    trig.type === 'negotiate_transfer' &&
    trig.roles === 'forward' &&
    cast.actor &&
    cast.target &&
    toAcquire(parsed, k, clause.last)
  )
    [cast.actor, cast.target] = [cast.target, cast.actor];
  // "India signed a contract with Russia for S-400 systems": a deal's two sides are told alike; the
  // weapons' maker is the side that supplies.
  if (trig.type === 'negotiate_transfer' && cast.actor && cast.target) {
    const maker = supplierFromWeapons(index, weapons, parsed.tokens);
    if (maker === cast.target) [cast.actor, cast.target] = [cast.target, cast.actor];
  }
  if (troops >= 0 && !cast.actor) cast.actor = originBefore(index, troops);
  // "Russian troops and armoured vehicles were sent into Kupiansk": weapons sent with a state's troops are
  // its own forces, moved by it.
  const escort =
    !cast.actor && troops < 0 && weapons.length > 0 ? personnelNear(parsed, clause, k, reading.passive) : -1;
  if (escort >= 0) cast.actor = originBefore(index, escort);
  if (!cast.actor) {
    const supplier = supplierFromWeapons(index, weapons, parsed.tokens);
    if (supplier && supplier !== cast.target) cast.actor = supplier;
  }
  dealRoleFromStory(site, reading, cast);
}

/** Who fired what was intercepted: the recipient of those weapons, else their origin or maker. */
function interceptedFrom(site: Site, reading: WeaponReading, cast: Cast): void {
  const { s, drafts } = site;
  const { index, parsed } = site.input;
  const weaponList = cast.weapons;
  const target = cast.target;
  const earlier = [...drafts].reverse();
  let actor =
    earlier.find(
      (d) => d.type === 'military_use' && d.sent === s.i && d.actor && sharesClass(d.weapons, weaponList),
    )?.actor ??
    earlier.find(
      (d) => d.type === 'transfer' && d.target && d.target !== target && sharesClass(d.weapons, weaponList),
    )?.target ??
    // "Russia launched 100 drones ... air defenses downed most of the drones": the use told before.
    earlier.find(
      (d) =>
        d.type === 'military_use' &&
        d.actor &&
        (target === null || d.target === target) &&
        sharesClass(d.weapons, weaponList),
    )?.actor ??
    // "Ukrainian air defenses downed 30 Shahed drones": fired by the side at war with the defender.
    opponentOf(target) ??
    supplierFromWeapons(index, reading.weapons, parsed.tokens);
  if (actor === target) actor = null;
  cast.actor = actor;
  // "Air defenses downed most of the drones": no defender named, the one attacked in that use.
  if (actor && !target)
    cast.target =
      earlier.find(
        (d) => d.type === 'military_use' && d.actor === actor && sharesClass(d.weapons, weaponList),
      )?.target ?? null;
}

/**
 * A use's roles from its weapons and the story: the state whose adjective the weapons bear, the use "the
 * strikes" points back at, whoever fired the weapon that acts, or whoever received the weapons used.
 * Gives the weapons that act ("a Kinzhal had destroyed ..."), if any.
 */
function useFromStory(site: Site, reading: WeaponReading, ants: Antecedents, cast: Cast): Weapon[] {
  const { trig, k, drafts } = site;
  const { index, parsed } = site.input;
  const { tokens } = parsed;
  const { weapons, passive, weaponsRight, weaponsLeft } = reading;
  const { prevUse, lastArmed, prevTransfer } = ants;
  // "Russian missiles struck power plants": the weapons' own adjective names who fired them.
  // Not when that state supplied weapons in the story ("US missiles struck" after the US sent them to Ukraine).
  if (!cast.actor && trig.roles === 'forward') {
    const user = userFromWeapons(index, weapons);
    if (user && !drafts.some((d) => d.type === 'transfer' && d.actor === user)) cast.actor = user;
  }
  // "the strikes" are the use told before, whoever's words name them ("Russia's ministry did not comment on the strikes").
  if (prevUse) {
    cast.actor = prevUse.actor;
    cast.target = prevUse.target;
  }
  // "a Kinzhal had destroyed a Patriot system": a weapon that acts was fired by whoever fired such weapons.
  const acting =
    !cast.actor && !passive && weaponsRight.length > 0 ? toWeapons(parsed, nearLeft(weaponsLeft, k, 4)) : [];
  if (acting.length > 0)
    cast.actor =
      drafts.findLast((d) => d.type === 'military_use' && d.actor && sharesClass(d.weapons, acting))?.actor ??
      null;
  // "Has this ammunition been fired at Ukraine? ... it has not been used so far": the use of "it" told before.
  if (
    !cast.actor &&
    lastArmed?.type === 'military_use' &&
    lastArmed.actor &&
    lastArmed.actor !== cast.target &&
    // "should such weapons be used against it": aimed at someone the words leave unresolved, so not the same use.
    !tokens.slice(k + 1, k + 3).some((w) => w.lower === 'against')
  ) {
    cast.actor = lastArmed.actor;
    cast.target ??= lastArmed.target;
  }
  // "has this North Korean ammunition been fired?": whoever received the weapons from the state they are named
  // for, else the recipient of the transfer told last.
  if (!cast.actor && prevTransfer) {
    const origin = userFromWeapons(index, weapons);
    cast.actor =
      (origin && drafts.findLast((d) => d.type === 'transfer' && d.actor === origin && d.target)?.target) ||
      prevTransfer.target;
  }
  if (!cast.target) {
    const actor = cast.actor;
    cast.target =
      drafts.findLast((d) => d.type === 'military_use' && d.target && d.actor === actor)?.target ?? null;
  }
  return acting;
}

/** "claimed to have destroyed HIMARS": the attack is on whoever fields the weapons destroyed; false if no one. */
function destroyedOwner(site: Site, acting: Weapon[], cast: Cast): boolean {
  const owner = site.drafts.findLast(
    (d) =>
      d.type === 'transfer' && d.target && d.target !== cast.actor && sharesClass(d.weapons, cast.weapons),
  );
  cast.target = owner?.target ?? null;
  if (!cast.target) return false;
  // What destroyed them is the weapon used.
  if (acting.length > 0 && cast.actor) cast.weapons = acting;
  return true;
}

/** Those sanctioned when the words name no one: who made the transfer sanctioned, or the earlier sanctions'. */
function sanctionedFromStory(site: Site, ants: Antecedents, cast: Cast): boolean {
  const { k, key, clause, drafts } = site;
  // "imposed new sanctions over the alleged transfer": those sanctioned are who made the transfer.
  if (!cast.target && overTransfer(site.input.parsed.tokens, k, clause.last))
    cast.target = ants.prevTransfer?.actor ?? null;
  // "announced matching measures": the same targets as the sanctions told before.
  if (!cast.target && key === 'measures') {
    const actor = cast.actor;
    cast.target =
      drafts.findLast((d) => d.type === 'sanction' && d.target && d.target !== actor)?.target ?? null;
  }
  // "due in part to sanctions": sanctions in passing name no one sanctioned.
  return cast.target !== null;
}

/** "they will become legitimate targets for us": a threat in someone's words is their state's, aimed at the condition's actor. */
function threatFromStory(site: Site, cast: Cast): void {
  const { input, k, s, drafts } = site;
  if (!cast.actor) cast.actor = speakerParty(input, k);
  if (!cast.target) cast.target = site.condActor ?? threatened(input.index, s, cast.actor, drafts);
}

/** Whether the talks at `k` are "to acquire", "to buy", "to obtain" something: a purpose of receiving. */
export function toAcquire(parsed: Parsed, k: number, last: number): boolean {
  const { tokens } = parsed;
  for (let j = k + 1; j < last; j++)
    if (tokens[j]?.lower === 'to' && triggerFor(tokens[j + 1]?.lemma ?? '')?.roles === 'reverse') return true;
  return false;
}

/** Whom a threat answers: another party the sentence names, else the last other party that acted. */
export function threatened(index: MentionIndex, s: Sentence, actor: Party, drafts: readonly Draft[]): Party {
  for (let k = s.first; k <= s.last; k++) {
    const m = mentionAt(index, k);
    if (m?.entity && m.entity !== actor && (m.kind === 'country' || m.kind === 'igo' || m.kind === 'group'))
      return m.entity;
  }
  return drafts.findLast((d) => d.actor && d.actor !== actor)?.actor ?? null;
}

/** A use whose target the sentence leaves out is aimed where the same actor's other uses in the document are. */
export function fillUseTargets(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.type !== 'military_use' || !d.actor || d.target) continue;
    const counts = new Map<string, number>();
    for (const o of drafts) {
      if (o.type === 'military_use' && o.actor === d.actor && o.target)
        counts.set(o.target, (counts.get(o.target) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [target, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = target;
    // Else the state the actor is at war with.
    d.target = best ?? opponentOf(d.actor);
  }
}
