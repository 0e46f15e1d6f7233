import type { ClaimType, Weapon, WeaponClass } from '../domain/extraction.js';
import type { Phase } from './merge.js';

/** What a title is made of: the parties, the kind of event, its weapons (most named first) and its dates. */
export interface TitleParts {
  readonly type: ClaimType;
  readonly phase: Phase;
  readonly actor: string | null;
  readonly target: string | null;
  readonly weapons: readonly Weapon[];
  readonly eventTime: string | null;
  readonly firstReported: string | null;
}

/** Turns an entity id into a name a reader knows (IRN -> Iran); null is an unnamed party. */
export type NameOf = (id: string | null) => string;

// How a class reads in a title, plural where a shipment is counted.
const CLASS_WORDS: Readonly<Record<WeaponClass, string>> = {
  drone: 'drones',
  missile: 'missiles',
  ballistic_missile: 'ballistic missiles',
  cruise_missile: 'cruise missiles',
  guided_bomb: 'guided bombs',
  artillery_ammunition: 'artillery ammunition',
  rocket_artillery: 'rocket artillery',
  air_defense: 'air defence systems',
  aircraft: 'aircraft',
  armored_vehicle: 'armoured vehicles',
  small_arms: 'small arms',
  naval: 'naval vessels',
  other: 'weapons',
  unspecified: 'weapons',
};

// What an event of each type is about; a transfer is the default reading and says only what moved.
const TYPE_WORDS: Readonly<Record<ClaimType, string>> = {
  transfer: '',
  negotiate_transfer: 'talks on',
  military_use: 'use of',
  sanction: 'sanctions over',
  threaten: 'threat of',
  refer_international: 'referral over',
  coordinate: 'coordination on',
  other: 'other:',
};

const TYPE_ALONE: Readonly<Record<ClaimType, string>> = {
  transfer: 'weapons transfer',
  negotiate_transfer: 'talks on a transfer',
  military_use: 'military use',
  sanction: 'sanctions',
  threaten: 'threat',
  refer_international: 'international referral',
  coordinate: 'coordination',
  other: 'other event',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date's month as a title writes it ("Sep 2024"); a bare year stays a year; anything else is dropped. */
export function titleMonth(date: string | null): string | null {
  const m = date?.match(/^(\d{4})(?:-(\d{2}))?/);
  if (!m) return null;
  const month = m[2] === undefined ? undefined : MONTHS[Number(m[2]) - 1];
  return month === undefined ? (m[1] as string) : `${month} ${m[1]}`;
}

/** The weapon most named, as "Fath-360 ballistic missiles" or "drones", with how many others follow. */
function weaponWords(weapons: readonly Weapon[], name: NameOf): string | null {
  const [first] = weapons;
  if (first === undefined) return null;
  const words = CLASS_WORDS[first.class];
  const lead = first.system ? `${name(first.system)} ${words}` : words;
  return weapons.length > 1 ? `${lead} (+${weapons.length - 1} more)` : lead;
}

/**
 * A title that says what happened: "Iran → Russia: Fath-360 ballistic missiles, Sep 2024" (the parties,
 * the most named system or class, the month it happened or, failing that, was first reported).
 */
export function eventTitle(event: TitleParts, name: NameOf): string {
  const weapons = weaponWords(event.weapons, name);
  const what =
    weapons === null ? TYPE_ALONE[event.type] : [TYPE_WORDS[event.type], weapons].filter(Boolean).join(' ');
  const planned = event.phase === 'planned' ? ' (planned)' : '';
  const month = titleMonth(event.eventTime ?? event.firstReported);
  return `${name(event.actor)} → ${name(event.target)}: ${what}${planned}${month === null ? '' : `, ${month}`}`;
}
