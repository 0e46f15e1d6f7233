import { describe, expect, it } from 'vitest';
import { bodies } from './bodies.js';
import { countries } from './countries.js';
import { BodyEntry, CountryEntry } from './schema.js';

// Mirrors how the gazetteer keys a phrase: no leading "the", letters and digits only, any case.
function key(phrase: string): string {
  const units = phrase.replace(/^the\s+/i, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return units.join(' ').toLowerCase();
}

function countryNames(c: CountryEntry): string[] {
  return [c.name, c.formal, ...c.aliases, ...c.adjectives, ...c.demonyms, ...c.capitals, ...c.seats];
}

function country(iso3: string): CountryEntry {
  const hit = countries.find((c) => c.iso3 === iso3);
  if (!hit) throw new Error(`no country ${iso3}`);
  return hit;
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('countries gazetteer', () => {
  it('every entry matches the CountryEntry schema', () => {
    for (const c of countries) expect(() => CountryEntry.parse(c), c.iso3).not.toThrow();
  });

  it('lists all 193 UN members, the two observers and Taiwan and Kosovo', () => {
    expect(countries.filter((c) => c.status === 'member')).toHaveLength(193);
    expect(
      countries
        .filter((c) => c.status === 'observer')
        .map((c) => c.iso3)
        .sort(),
    ).toEqual(['PSE', 'VAT']);
    expect(
      countries
        .filter((c) => c.status === 'other')
        .map((c) => c.iso3)
        .sort(),
    ).toEqual(['TWN', 'XKX']);
  });

  it('gives each state a distinct iso3 code', () => {
    expect(duplicates(countries.map((c) => c.iso3))).toEqual([]);
  });

  it('names Iran by its capital and its people', () => {
    const irn = country('IRN');
    expect(irn.capitals).toContain('Tehran');
    expect(irn.demonyms).toContain('Iranians');
  });

  it('reads the Kremlin as Russia and the White House and U.S. as the United States', () => {
    expect(country('RUS').seats).toContain('the Kremlin');
    expect(country('USA').seats).toContain('the White House');
    expect(country('USA').aliases).toContain('U.S.');
  });

  it('gives neither Congo nor either Korea a bare shared name', () => {
    const bare = ['congo', 'congolese', 'korea', 'korean'];
    for (const c of countries) {
      for (const n of countryNames(c)) expect(bare, `${c.iso3}: ${n}`).not.toContain(key(n));
    }
  });
});

describe('bodies gazetteer', () => {
  it('every entry matches the BodyEntry schema', () => {
    for (const b of bodies) expect(() => BodyEntry.parse(b), b.id).not.toThrow();
  });

  it('has at least 60 entries with distinct ids', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(60);
    expect(duplicates(bodies.map((b) => b.id))).toEqual([]);
  });

  it('uses an id prefix that matches the kind, and no seat country for an IGO', () => {
    const prefix = { igo: 'igo:', organization: 'org:', group: 'group:' } as const;
    for (const b of bodies) {
      expect(b.id.startsWith(prefix[b.kind]), b.id).toBe(true);
      if (b.kind === 'igo') expect(b.country, b.id).toBeNull();
    }
  });

  it('points every body country at a listed state', () => {
    const codes = new Set(countries.map((c) => c.iso3));
    for (const b of bodies) if (b.country !== null) expect(codes.has(b.country), b.id).toBe(true);
  });

  it('reads "Security Council" as the UN Security Council', () => {
    expect(bodies.find((b) => b.id === 'igo:unsc')?.aliases).toContain('Security Council');
  });
});

describe('countries and bodies together', () => {
  it('never lets two entries claim the same name once case, "the" and punctuation are ignored', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (id: string, names: readonly string[]) => {
      for (const n of names) {
        const k = key(n);
        const prev = owner.get(k);
        if (prev !== undefined && prev !== id) clashes.push(`"${n}": ${prev} and ${id}`);
        else owner.set(k, id);
      }
    };
    for (const c of countries) claim(c.iso3, countryNames(c));
    for (const b of bodies) claim(b.id, [b.name, ...b.aliases]);
    expect(clashes).toEqual([]);
  });

  it('has no empty or unmatchable name', () => {
    const all = [...countries.flatMap(countryNames), ...bodies.flatMap((b) => [b.name, ...b.aliases])];
    expect(all.filter((n) => key(n) === '')).toEqual([]);
  });
});
