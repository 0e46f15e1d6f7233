import { describe, expect, it } from 'vitest';
import { outlets } from './outlets.js';
import { people } from './people.js';
import { OutletEntry, PersonEntry } from './schema.js';

/** Keys (lower-cased) that more than one entry claims, each with the ids claiming it. */
function sharedKeys(entries: readonly { id: string; keys: readonly string[] }[]): Record<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const { id, keys } of entries) {
    for (const key of keys) {
      const folded = key.toLowerCase();
      const ids = owners.get(folded) ?? new Set<string>();
      ids.add(id);
      owners.set(folded, ids);
    }
  }
  return Object.fromEntries(
    [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => [key, [...ids]]),
  );
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('outlets gazetteer', () => {
  it('every outlet matches the OutletEntry schema', () => {
    const failures = outlets.filter((outlet) => !OutletEntry.safeParse(outlet).success).map((o) => o.id);
    expect(failures).toEqual([]);
  });

  it('lists at least 170 outlets', () => {
    expect(outlets.length).toBeGreaterThanOrEqual(170);
  });

  it('gives every outlet its own id', () => {
    expect(duplicates(outlets.map((outlet) => outlet.id))).toEqual([]);
  });

  it('never lets a name or alias point to two outlets', () => {
    const names = outlets.map((outlet) => ({ id: outlet.id, keys: [outlet.name, ...outlet.aliases] }));
    expect(sharedKeys(names)).toEqual({});
  });

  it('never lets a web domain point to two outlets', () => {
    expect(sharedKeys(outlets.map((outlet) => ({ id: outlet.id, keys: outlet.domains })))).toEqual({});
  });

  it('writes domains as bare lower-case host names without scheme or www', () => {
    const malformed = outlets
      .flatMap((outlet) => outlet.domains)
      .filter((domain) => !/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain));
    expect(malformed).toEqual([]);
  });

  it('reserves reliability A for no outlet', () => {
    expect(outlets.filter((outlet) => outlet.reliability === 'A').map((o) => o.id)).toEqual([]);
  });

  it('maps pravda.com.ua to Ukrainska Pravda', () => {
    expect(outlets.find((outlet) => outlet.domains.includes('pravda.com.ua'))?.name).toBe('Ukrainska Pravda');
  });

  it('names outlet:censor-net as Censor.NET', () => {
    expect(outlets.find((outlet) => outlet.id === 'outlet:censor-net')?.name).toBe('Censor.NET');
  });

  it('has Reuters as a B-rated agency', () => {
    const reuters = outlets.find((outlet) => outlet.id === 'outlet:reuters');
    expect(reuters).toMatchObject({ name: 'Reuters', kind: 'agency', reliability: 'B' });
  });

  it('marks TASS, KCNA and Xinhua as state media of their states', () => {
    const byId = (id: string) => outlets.find((outlet) => outlet.id === id);
    expect(byId('outlet:tass')).toMatchObject({ kind: 'state_media', country: 'RUS' });
    expect(byId('outlet:kcna')).toMatchObject({ kind: 'state_media', country: 'PRK' });
    expect(byId('outlet:xinhua')).toMatchObject({ kind: 'state_media', country: 'CHN' });
  });

  it('knows "the AP" as The Associated Press', () => {
    expect(outlets.find((outlet) => outlet.aliases.includes('the AP'))?.id).toBe('outlet:associated-press');
  });
});

describe('people gazetteer', () => {
  it('every person matches the PersonEntry schema', () => {
    const failures = people.filter((person) => !PersonEntry.safeParse(person).success).map((p) => p.id);
    expect(failures).toEqual([]);
  });

  it('lists at least 120 people', () => {
    expect(people.length).toBeGreaterThanOrEqual(120);
  });

  it('gives every person their own id', () => {
    expect(duplicates(people.map((person) => person.id))).toEqual([]);
  });

  it('never lets a name or alias point to two people', () => {
    const names = people.map((person) => ({ id: person.id, keys: [person.name, ...person.aliases] }));
    expect(sharedKeys(names)).toEqual({});
  });

  it('has John Kirby speaking for the United States', () => {
    expect(people.find((person) => person.id === 'person:john-kirby')?.country).toBe('USA');
  });

  it('knows Zelenskyy as a spelling of Volodymyr Zelensky', () => {
    const zelensky = people.find((person) => person.aliases.includes('Volodymyr Zelenskyy'));
    expect(zelensky?.id).toBe('person:volodymyr-zelensky');
  });

  it('leaves the country empty for the UN Secretary-General', () => {
    expect(people.find((person) => person.id === 'person:antonio-guterres')?.country).toBeNull();
  });
});
