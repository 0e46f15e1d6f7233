import { WeaponClass } from '../domain/extraction.js';
import type { Knowledge } from './index.js';

/** What a filter value must name: an actor or target (any entity), or a weapon (a system or a class). */
export type NameRole = 'entity' | 'weapon';

/** A name read as an id, or why it could not be, with the closest names the gazetteer knows. */
export type ResolvedName =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly reason: string; readonly suggestions: readonly string[] };

interface NameIndex {
  /** Normalised name -> id, the first table to claim a name keeping it. */
  readonly byName: ReadonlyMap<string, string>;
  /** Every id the index knows, upper-cased for countries as written, with a name to show. */
  readonly display: ReadonlyMap<string, string>;
}

const UNIT = /[\p{L}\p{N}]+/gu;
// An id of the extractor's own form: a prefix and a slug (group:houthis, weapon:fath-360).
const PREFIXED_ID = /^[a-z]+:[a-z0-9][a-z0-9.-]*$/;

/** The lookup key of a name, as the extraction gazetteer reads phrases: words lower-cased, no leading "the". */
export function nameKey(text: string): string {
  return (text.toLowerCase().match(UNIT) ?? []).join(' ').replace(/^the /, '');
}

const indexes = new WeakMap<Knowledge, Record<NameRole, NameIndex>>();

function buildIndexes(kb: Knowledge): Record<NameRole, NameIndex> {
  const entity = { byName: new Map<string, string>(), display: new Map<string, string>() };
  const add = (index: typeof entity, id: string, names: readonly string[]) => {
    for (const n of names) {
      const key = nameKey(n);
      if (key !== '' && !index.byName.has(key)) index.byName.set(key, id);
    }
  };
  // Names first, then the looser forms, so "Georgia" is the country before anything else claims it.
  for (const c of kb.countries) {
    entity.display.set(c.iso3, c.name);
    add(entity, c.iso3, [c.name, c.formal, ...c.aliases]);
  }
  for (const e of [...kb.bodies, ...kb.people, ...kb.outlets]) {
    entity.display.set(e.id, e.name);
    add(entity, e.id, [e.name, ...e.aliases]);
  }
  for (const c of kb.countries)
    add(entity, c.iso3, [...c.capitals, ...c.seats, ...c.demonyms, ...c.adjectives]);
  const weapon = { byName: new Map<string, string>(), display: new Map<string, string>() };
  for (const w of kb.weapons) {
    weapon.display.set(w.id, w.name);
    entity.display.set(w.id, w.name);
    const names = [w.name, ...w.aliases];
    add(weapon, w.id, [...names, ...names.map((n) => `${n}s`)]);
  }
  for (const c of WeaponClass.options) {
    weapon.display.set(c, c.replaceAll('_', ' '));
    add(weapon, c, [c.replaceAll('_', ' '), `${c.replaceAll('_', ' ')}s`]);
  }
  for (const t of kb.weaponTerms) add(weapon, t.class, t.phrases);
  return { entity, weapon };
}

/** Levenshtein distance, stopping early once it passes `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      least = Math.min(least, v);
    }
    if (least > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Up to three names close to `key` (a typo away, or starting with it), shown as "Iran (IRN)". */
function closeNames(index: NameIndex, key: string): string[] {
  const max = Math.max(2, Math.floor(key.length / 3));
  const scored: { id: string; score: number }[] = [];
  for (const [name, id] of index.byName) {
    const d = name.startsWith(key) ? 0.5 : distance(key, name, max);
    if (d <= max) scored.push({ id, score: d });
  }
  scored.sort((a, b) => a.score - b.score);
  const ids = [...new Set(scored.map((s) => s.id))].slice(0, 3);
  return ids.map((id) => {
    const shown = index.display.get(id) ?? id;
    return shown === id ? id : `${shown} (${id})`;
  });
}

/**
 * Reads a filter value as an entity id (or, for a weapon, a system id or class): an id as it is, a
 * country code in any case, or any name, alias, capital or demonym the gazetteer holds.
 */
export function resolveName(kb: Knowledge, role: NameRole, text: string): ResolvedName {
  let both = indexes.get(kb);
  if (both === undefined) {
    both = buildIndexes(kb);
    indexes.set(kb, both);
  }
  const index = both[role];
  const trimmed = text.trim();
  const code = /^[a-z]{3}$/i.test(trimmed) ? trimmed.toUpperCase() : null;
  if (role === 'entity' && code !== null && index.display.has(code)) return { ok: true, id: code };
  const lower = trimmed.toLowerCase();
  if (index.display.has(lower)) return { ok: true, id: lower };
  const key = nameKey(trimmed);
  const named = index.byName.get(key);
  if (named !== undefined) return { ok: true, id: named };
  // An id the gazetteer lacks (a group the extractor named) is taken as written.
  if (PREFIXED_ID.test(trimmed)) return { ok: true, id: trimmed };
  const what = role === 'entity' ? 'country, body, person or id' : 'weapon system or weapon class';
  return { ok: false, reason: `"${trimmed}" names no known ${what}`, suggestions: closeNames(index, key) };
}
