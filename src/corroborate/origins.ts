import type { EventClaim } from '../domain/event.js';
import type { Attribution, Claim, Extraction } from '../domain/extraction.js';
import type { Knowledge } from '../knowledge/index.js';
import { nameKey } from './name-variants.js';

/** What kind of origin a claim has: an outlet's own reporting, its unnamed sources, a government, ... */
export type OriginKind = EventClaim['originKind'];

/** The innermost source that first made a claim, and the outlets its chain cites on the way. */
export interface ClaimOrigin {
  readonly name: string;
  readonly kind: OriginKind;
  /** Who was heard: the innermost source's own name. */
  readonly speaker: string;
  readonly cites: readonly string[];
}

/** Name lookups origins need, built once from the knowledge base. */
export interface OriginNames {
  /** The canonical name of an outlet named by name or alias, or null when it is not a known outlet. */
  outlet(name: string): string | null;
  /** The display name of a country by ISO 3166 alpha-3 code. */
  country(iso3: string): string;
  /** The display name of an international body or organisation by entity id, or null. */
  body(id: string): string | null;
  /** The states a text names (by name, alias, adjective or capital), as ISO 3166 alpha-3 codes. */
  states?(text: string): readonly string[];
  /**
   * The known person a name spells, in any transliteration ("Alyaksandr Lukashenko" is Alexander Lukashenko),
   * with the state they speak for; null when the name is nobody's the gazetteer knows.
   */
  person?(name: string): { readonly name: string; readonly country: string | null } | null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a document's claims were printed: its outlet and, for a near-duplicate, the outlet first printing it. */
export interface OriginContext {
  readonly document: string;
  readonly outlet: string | null;
  /** The outlet of the earliest near-duplicate, which a syndicated copy only echoes. */
  readonly echoOfOutlet?: string | null;
}

function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');
}

/** Builds the name lookups from the knowledge base (outlet aliases, country and body names). */
export function originNames(knowledge: Knowledge): OriginNames {
  const outlets = new Map<string, string>();
  for (const o of knowledge.outlets) {
    for (const n of [o.name, ...o.aliases]) outlets.set(key(n), o.name);
  }
  const countries = new Map(knowledge.countries.map((c) => [c.iso3, c.name]));
  const bodies = new Map(knowledge.bodies.map((b) => [b.id, b.name]));
  // Each name a state goes by in news, longest first so that "North Korean" wins over "Korean".
  const byName = new Map<string, string>();
  for (const c of knowledge.countries) {
    for (const n of [c.name, ...c.aliases, ...c.adjectives, ...c.capitals]) {
      const name = n.replace(/^the /, '');
      if (name.length > 2) byName.set(name.toLowerCase(), c.iso3);
    }
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  // A long document's chains run deep and repeat the same speakers: each name is keyed once.
  const seen = new Map<string, string | null>();
  const outlet = (name: string): string | null => {
    let known = seen.get(name);
    if (known === undefined) {
      if (seen.size >= 10_000) seen.clear();
      known = outlets.get(key(name)) ?? null;
      seen.set(name, known);
    }
    return known;
  };
  // Each spelling of a known person's name, keyed alike across transliterations; a key two people share is dropped.
  const people = new Map<string, { name: string; country: string | null } | null>();
  for (const p of knowledge.people) {
    for (const n of [p.name, ...p.aliases]) {
      const k = nameKey(n);
      if (k === null) continue;
      const had = people.get(k);
      people.set(k, had === undefined || had?.name === p.name ? { name: p.name, country: p.country } : null);
    }
  }
  const pattern = new RegExp(`(?<![\\p{L}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu');
  return {
    outlet,
    country: (iso3) => countries.get(iso3) ?? iso3,
    body: (id) => bodies.get(id) ?? null,
    person: (name) => {
      const k = nameKey(name);
      return k === null ? null : (people.get(k) ?? null);
    },
    states: (text) => [
      ...new Set([...text.matchAll(pattern)].flatMap((m) => byName.get(m[0].toLowerCase()) ?? [])),
    ],
  };
}

/** The name a government origin goes by: one name per state, whichever official spoke. */
export function governmentName(names: OriginNames, iso3: string): string {
  return `government of ${names.country(iso3)}`;
}

/**
 * The name of the origin for an outlet's unnamed sources: the outlet itself, since its own voice in
 * a story rests on the same sources; `kind: 'sources'` and the speakers tell them apart.
 */
export function sourcesName(outlet: string): string {
  return outlet;
}

// Heads of a source that name nobody: "two U.S. officials", "sources familiar with", "a diplomat".
const UNNAMED_HEADS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'diplomat',
  'diplomats',
  'person',
  'people',
  'insider',
  'insiders',
  'officer',
  'officers',
]);

function unnamed(source: Attribution['source']): boolean {
  if (source.kind === 'person' || source.kind === 'organization' || source.kind === 'outlet') return false;
  const head = source.name.toLowerCase().match(/[\p{L}]+$/u)?.[0] ?? '';
  // "A National Security Council spokesperson" speaks for a government; "U.S. officials" are a reporter's sources.
  return UNNAMED_HEADS.has(head) || (source.kind === 'anonymous' && !source.country);
}

function ancestry(claim: Claim, byId: ReadonlyMap<string, Attribution>): Attribution[] {
  const out: Attribution[] = [];
  const seen = new Set<string>();
  let id = claim.source;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const a = byId.get(id);
    if (a === undefined) break;
    out.push(a);
    id = a.parent;
  }
  return out;
}

function outletOf(a: Attribution, names: OriginNames): string | null {
  const known = names.outlet(a.source.name);
  if (known !== null) return known;
  return a.source.kind === 'outlet' ? a.source.name : null;
}

/**
 * The origin of one claim: the innermost source that made it, named so that every report of one
 * origin gets one name (an official speaks for the government of their state; an outlet's unnamed
 * sources are that outlet's). A claim in the outlet's own voice is the outlet's, or, for a
 * near-duplicate document, the outlet that printed it first.
 */
export function claimOrigin(
  claim: Claim,
  attributions: ReadonlyMap<string, Attribution>,
  context: OriginContext,
  names: OriginNames,
): ClaimOrigin {
  const printer = context.echoOfOutlet ?? context.outlet;
  const chain = ancestry(claim, attributions);
  const own = new Set([context.outlet, printer].filter((o): o is string => o !== null));
  const cites: string[] = [];
  for (const a of [...chain].reverse()) {
    const o = outletOf(a, names);
    if (o !== null && !own.has(o) && !cites.includes(o)) cites.push(o);
  }
  const inner = chain[0];
  if (inner === undefined) {
    const name = printer ?? `document ${context.document}`;
    return { name, kind: printer === null ? 'unknown' : 'outlet', speaker: name, cites };
  }
  const { source } = inner;
  const speaker = source.name;
  const innerOutlet = outletOf(inner, names);
  if (innerOutlet !== null) return { name: innerOutlet, kind: 'outlet', speaker, cites };
  if (unnamed(source)) {
    // Unnamed sources, officials included, belong to the nearest outlet that carries them: "Reuters, citing sources";
    // the document's own outlet, the root of every chain, yields to the outlet that first printed a copy.
    const carrier = chain
      .slice(1)
      .map((a) => outletOf(a, names))
      .find((o) => o !== null && !own.has(o));
    const outlet = carrier ?? printer ?? `document ${context.document}`;
    return { name: sourcesName(outlet), kind: 'sources', speaker, cites };
  }
  switch (source.kind) {
    case 'government':
    case 'anonymous':
    case 'person': {
      // "Alyaksandr Lukashenko", whom the gazetteer knows as Alexander Lukashenko, is one origin with him.
      const known = source.kind === 'person' && !source.country ? names.person?.(source.name) : null;
      const country =
        source.country ?? known?.country ?? (source.kind === 'government' ? source.entity : null);
      if (country) return { name: governmentName(names, country), kind: 'government', speaker, cites };
      if (source.kind === 'person')
        return { name: known?.name ?? source.name, kind: 'person', speaker, cites };
      return { name: source.name, kind: 'government', speaker, cites };
    }
    case 'organization': {
      const body = source.entity === null ? null : names.body(source.entity);
      return { name: body ?? source.name, kind: 'organization', speaker, cites };
    }
    case 'group':
      return { name: source.name, kind: 'group', speaker, cites };
    case 'outlet':
      return { name: source.name, kind: 'outlet', speaker, cites };
  }
}

/**
 * The origin of every claim of an extraction, by claim id. An outlet that reports in its own voice what a
 * source it cites says ("Iran sent Russia drones" over "..., Kirby said") is one origin, not two: its own-voice
 * claim takes the origin of the document's attributed claim of the same type and parties.
 */
export function extractionOrigins(
  extraction: Extraction,
  context: OriginContext,
  names: OriginNames,
): Map<string, ClaimOrigin> {
  const byId = new Map(extraction.attributions.map((a) => [a.id, a]));
  const out = new Map(extraction.claims.map((c) => [c.id, claimOrigin(c, byId, context, names)]));
  const printer = context.echoOfOutlet ?? context.outlet;
  const ownVoice = (o: ClaimOrigin): boolean =>
    o.kind === 'unknown' || (o.kind === 'outlet' && o.name === printer && o.cites.length === 0);
  const parties = (c: Claim): string => `${c.type}|${c.actor}|${c.target}`;
  const cited = new Map<string, ClaimOrigin>();
  for (const c of extraction.claims) {
    const o = out.get(c.id);
    if (o && !ownVoice(o) && !cited.has(parties(c))) cited.set(parties(c), o);
  }
  for (const c of extraction.claims) {
    const o = out.get(c.id);
    const source = o && ownVoice(o) ? cited.get(parties(c)) : undefined;
    if (source) out.set(c.id, source);
  }
  return out;
}
