import { describe, expect, it } from 'vitest';
import { WeaponEntry } from './schema.js';
import { WeaponTermEntry, weaponTerms } from './weapon-terms.js';
import { weapons } from './weapons.js';

/** The key the gazetteer matches a phrase by: its words, lowercased, punctuation ignored. */
function key(phrase: string): string {
  return (phrase.replace(/^the\s+/i, '').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLowerCase();
}

function namesOf(w: WeaponEntry): string[] {
  return [w.name, ...w.aliases];
}

/** Every key and the ids of the weapons that claim it. */
function weaponKeys(): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const w of weapons) {
    for (const n of namesOf(w)) {
      const k = key(n);
      const ids = owners.get(k) ?? new Set<string>();
      ids.add(w.id);
      owners.set(k, ids);
    }
  }
  return owners;
}

function weaponNamed(name: string): WeaponEntry | undefined {
  return weapons.find((w) => namesOf(w).includes(name));
}

function classOfPhrase(phrase: string): string | undefined {
  return weaponTerms.find((t) => t.phrases.includes(phrase))?.class;
}

describe('weapons gazetteer', () => {
  it('every entry fits the WeaponEntry schema', () => {
    for (const w of weapons) expect(() => WeaponEntry.parse(w), w.id).not.toThrow();
  });

  it('holds at least 230 weapon systems and munition types', () => {
    expect(weapons.length).toBeGreaterThanOrEqual(230);
  });

  it('gives every entry a distinct id', () => {
    const ids = weapons.map((w) => w.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('lets no name or alias, in any case or punctuation, name two weapons', () => {
    const shared = [...weaponKeys()].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k}: ${[...ids]}`);
    expect(shared).toEqual([]);
  });

  it("lets no alias be another weapon's alias with a plural s", () => {
    const owners = weaponKeys();
    const clashes: string[] = [];
    for (const [k, ids] of owners) {
      const singular = owners.get(k.slice(0, -1));
      if (!k.endsWith('s') || !singular) continue;
      if ([...singular].some((id) => !ids.has(id))) clashes.push(k);
    }
    expect(clashes).toEqual([]);
  });

  it('gives every name and alias a word the matcher can read', () => {
    expect(weapons.flatMap((w) => namesOf(w).filter((n) => key(n) === ''))).toEqual([]);
  });

  it('makes Geran-2 an alias of the Iranian-designed Shahed-136 drone', () => {
    const w = weaponNamed('Geran-2');
    expect(w?.id).toBe('weapon:shahed-136');
    expect(w?.class).toBe('drone');
    expect(w?.origin).toBe('IRN');
  });

  it('classes the Fateh-110 as a ballistic missile and keeps the Zolfaghar as its own entry', () => {
    expect(weapons.find((w) => w.id === 'weapon:fateh-110')?.class).toBe('ballistic_missile');
    expect(weapons.find((w) => w.id === 'weapon:zolfaghar')?.class).toBe('ballistic_missile');
  });

  it('gives a family name to one system only (Iskander is the Iskander-M)', () => {
    expect(weaponNamed('Iskander')?.id).toBe('weapon:iskander-m');
    expect(weaponNamed('Iskander-K')?.class).toBe('cruise_missile');
  });

  it('names the North Korean KN-23 by its Hwasong-11 designation too', () => {
    const w = weaponNamed('Hwasong-11');
    expect(w?.id).toBe('weapon:kn-23');
    expect(w?.origin).toBe('PRK');
  });
});

describe('weapon-term lexicon', () => {
  it('every entry fits the WeaponTermEntry schema', () => {
    for (const t of weaponTerms) expect(() => WeaponTermEntry.parse(t), t.class).not.toThrow();
  });

  it('writes every phrase in lowercase', () => {
    const cased = weaponTerms.flatMap((t) => t.phrases.filter((p) => p !== p.toLowerCase()));
    expect(cased).toEqual([]);
  });

  it('puts no phrase, in any punctuation, in two entries', () => {
    const owner = new Map<string, number>();
    const shared: string[] = [];
    weaponTerms.forEach((t, i) => {
      for (const p of t.phrases) {
        const seen = owner.get(key(p));
        if (seen !== undefined && seen !== i) shared.push(p);
        owner.set(key(p), i);
      }
    });
    expect(shared).toEqual([]);
  });

  it('lets no generic phrase also be the name of a weapon system', () => {
    const owners = weaponKeys();
    expect(weaponTerms.flatMap((t) => t.phrases.filter((p) => owners.has(key(p))))).toEqual([]);
  });

  it('writes out both the singular and the plural of a countable phrase', () => {
    expect(classOfPhrase('ballistic missile')).toBe('ballistic_missile');
    expect(classOfPhrase('ballistic missiles')).toBe('ballistic_missile');
    expect(classOfPhrase('surface-to-surface missile')).toBe('missile');
    expect(classOfPhrase('surface to surface missiles')).toBe('missile');
  });

  it('classes guided aerial bombs as guided bombs and artillery ammunition as artillery ammunition', () => {
    expect(classOfPhrase('guided aerial bombs')).toBe('guided_bomb');
    expect(classOfPhrase('artillery ammunition')).toBe('artillery_ammunition');
  });

  it('classes rockets as rocket artillery, not as missiles', () => {
    expect(classOfPhrase('rockets')).toBe('rocket_artillery');
    expect(classOfPhrase('missiles')).toBe('missile');
  });

  it('classes bare weapons and military aid as unspecified', () => {
    expect(classOfPhrase('weapons')).toBe('unspecified');
    expect(classOfPhrase('military aid')).toBe('unspecified');
  });
});
