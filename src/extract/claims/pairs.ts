/**
 * Gapped coordination: "Egypt bought Rafale jets from France and submarines from Germany", "Saudi
 * Arabia turned to China for drones and to South Korea for air defence". When one trigger gives drafts
 * that differ in one role only, each party takes the weapons paired with it in the sentence, not all.
 */
import { mentionAt } from '../mentions.js';
import type { Sentence } from '../text.js';
import { partyAt } from './parties.js';
import type { ClaimInputs, Draft } from './types.js';

type Role = 'actor' | 'target';

/** A mention in the sentence: a party the drafts vary over, or a weapon of one of their classes. */
interface Item {
  readonly first: number;
  readonly last: number;
  readonly party?: string;
  readonly cls?: string;
}

/** Tokens that join two coordinated parties without a weapon between: "Russia and Belarus". */
const JOINERS = /^(and|or|,|both|either)$/;

/** The role the drafts differ in, when they agree on everything else and share their weapons. */
function varyingRole(ds: readonly Draft[]): Role | null {
  const [d] = ds;
  if (!d) return null;
  const same = (x: Draft) =>
    x.type === d.type && x.weapons.map((w) => w.class).join() === d.weapons.map((w) => w.class).join();
  if (!ds.every(same)) return null;
  if (new Set(ds.map((x) => x.actor)).size === ds.length && ds.every((x) => x.target === d.target))
    return 'actor';
  if (new Set(ds.map((x) => x.target)).size === ds.length && ds.every((x) => x.actor === d.actor))
    return 'target';
  return null;
}

/** The parties and weapon mentions of the sentence, in order. */
function itemsOf(
  input: ClaimInputs,
  s: Sentence,
  parties: ReadonlySet<string>,
  classes: ReadonlySet<string>,
) {
  const { index, parsed } = input;
  const items: Item[] = [];
  for (let j = s.first; j <= s.last; j++) {
    const w = mentionAt(index, j);
    if (w?.weaponClass && classes.has(w.weaponClass)) {
      const prev = items[items.length - 1];
      // "Stinger missiles": a generic word right after a named system is that system.
      if (!(prev?.cls && prev.last === w.first - 1))
        items.push({ first: w.first, last: w.last, cls: w.weaponClass });
      j = w.last;
      continue;
    }
    const p = partyAt(index, j, parsed.tokens);
    if (p?.entity && parties.has(p.entity)) {
      items.push({ first: p.first, last: p.last, party: p.entity });
      j = p.last;
    }
  }
  return items;
}

/** The classes each party mention is paired with, by the order the sentence names them in. */
function pairClasses(input: ClaimInputs, items: readonly Item[]): Map<Item, Set<string>> {
  const { tokens } = input.parsed;
  const partyItems = items.filter((x) => x.party);
  const firstParty = items.findIndex((x) => x.party);
  const firstWeapon = items.findIndex((x) => x.cls);
  const weaponFirst = firstWeapon < firstParty;
  const paired = new Map<Item, Set<string>>(partyItems.map((p) => [p, new Set<string>()]));
  for (const [i, w] of items.entries()) {
    if (!w.cls) continue;
    // "jets from France": the party after the weapon; "to China for drones": the party before it.
    const step = weaponFirst ? 1 : -1;
    for (let j = i + step; j >= 0 && j < items.length; j += step) {
      const p = items[j] as Item;
      if (p.party) {
        paired.get(p)?.add(w.cls);
        break;
      }
    }
  }
  // "from Russia and Belarus": a party joined to the one beside it shares that one's weapons.
  for (const [i, p] of partyItems.entries()) {
    if ((paired.get(p)?.size ?? 0) > 0) continue;
    for (const q of [partyItems[i - 1], partyItems[i + 1]]) {
      if (!q || (paired.get(q)?.size ?? 0) === 0) continue;
      const [a, b] = q.first < p.first ? [q, p] : [p, q];
      const between = tokens.slice(a.last + 1, b.first);
      if (between.length > 0 && between.every((t) => JOINERS.test(t.lower))) {
        for (const c of paired.get(q) ?? []) paired.get(p)?.add(c);
        break;
      }
    }
  }
  return paired;
}

/** The drafts of one trigger with each party's weapons paired, or the drafts as they were. */
export function pairWeapons(input: ClaimInputs, s: Sentence, ds: Draft[]): Draft[] {
  if (ds.length < 2) return ds;
  const role = varyingRole(ds);
  const classes = new Set(ds[0]?.weapons.map((w) => w.class));
  if (role === null || classes.size < 2) return ds;
  const parties = new Set(ds.map((d) => d[role] ?? ''));
  const items = itemsOf(input, s, parties, classes);
  const paired = pairClasses(input, items);
  const byParty = new Map<string, Set<string>>();
  for (const [p, cs] of paired) {
    const set = byParty.get(p.party ?? '') ?? new Set<string>();
    for (const c of cs) set.add(c);
    byParty.set(p.party ?? '', set);
  }
  // Every party must be paired with some weapon, and not every party with every one: else no pairs told.
  const sets = ds.map((d) => byParty.get(d[role] ?? '') ?? new Set<string>());
  if (sets.some((x) => x.size === 0) || sets.every((x) => x.size === classes.size)) return ds;
  return ds.map((d, i) => ({ ...d, weapons: d.weapons.filter((w) => sets[i]?.has(w.class)) }));
}
