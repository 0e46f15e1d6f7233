import { bodies } from './bodies.js';
import { countries } from './countries.js';
import { outlets } from './outlets.js';
import { people } from './people.js';
import type { BodyEntry, CountryEntry, OutletEntry, PersonEntry, WeaponEntry } from './schema.js';
import { type WeaponTermEntry, weaponTerms } from './weapon-terms.js';
import { weapons } from './weapons.js';

export type { BodyEntry, CountryEntry, OutletEntry, PersonEntry, WeaponEntry, WeaponTermEntry };

/** Every gazetteer and lexicon the extractor reads, with lookups built once. */
export interface Knowledge {
  readonly countries: readonly CountryEntry[];
  readonly outlets: readonly OutletEntry[];
  readonly bodies: readonly BodyEntry[];
  readonly weapons: readonly WeaponEntry[];
  readonly people: readonly PersonEntry[];
  readonly weaponTerms: readonly WeaponTermEntry[];
  /** The outlet name for a web host (`www.pravda.com.ua` -> Ukrainska Pravda), trying parent domains. */
  outletForHost(host: string): string | null;
}

let cached: Knowledge | undefined;

/** Loads the bundled knowledge once per process. */
export function loadKnowledge(): Knowledge {
  cached ??= buildKnowledge();
  return cached;
}

function buildKnowledge(): Knowledge {
  const byDomain = new Map<string, OutletEntry>();
  for (const o of outlets) for (const d of o.domains) byDomain.set(d.toLowerCase(), o);
  return {
    countries,
    outlets,
    bodies,
    weapons,
    people,
    weaponTerms,
    outletForHost(host) {
      const parts = host
        .toLowerCase()
        .replace(/^www\./, '')
        .split('.');
      for (let i = 0; i < parts.length - 1; i++) {
        const hit = byDomain.get(parts.slice(i).join('.'));
        if (hit) return hit.name;
      }
      return null;
    },
  };
}

export { resolveFilterNames } from './filter-names.js';
export { type Namer, namer } from './names.js';
export { type NameRole, nameKey, type ResolvedName, resolveName } from './resolve-name.js';
