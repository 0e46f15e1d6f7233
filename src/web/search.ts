import type { EventFilter } from '../domain/event.js';
import { type Knowledge, nameKey, resolveName } from '../knowledge/index.js';
import { html, type SafeHtml } from './html.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for the query's words at the start of a word, case-insensitive; null when there is none. */
export function wordsPattern(words: readonly string[]): RegExp | null {
  const parts = words.filter((w) => w.length > 0).map(escapeRegExp);
  return parts.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, 'giu');
}

/** The text with each of the query's words marked (from the start of a word). */
export function highlightWords(text: string, words: readonly string[]): SafeHtml {
  const pattern = wordsPattern(words);
  if (pattern === null) return html`${text}`;
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    parts.push(html`${text.slice(at, start)}<mark class="hit">${m[0]}</mark>`);
    at = start + m[0].length;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}

// How much text a snippet shows around its first hit.
const SNIPPET_CHARS = 240;

/** The stretch of text around the first of the query's words, the words marked; the start when none is found. */
export function snippet(text: string, words: readonly string[]): SafeHtml {
  const flat = text.replace(/\s+/g, ' ').trim();
  const pattern = wordsPattern(words);
  const hit = pattern === null ? -1 : flat.search(pattern);
  const from = hit < 0 ? 0 : Math.max(0, hit - SNIPPET_CHARS / 3);
  const start = from === 0 ? 0 : flat.indexOf(' ', from) + 1;
  let end = Math.min(flat.length, start + SNIPPET_CHARS);
  if (end < flat.length) end = Math.max(flat.lastIndexOf(' ', end), start + 1);
  return html`${start > 0 ? '…' : ''}${highlightWords(flat.slice(start, end), words)}${end < flat.length ? '…' : ''}`;
}

/** A gazetteer name a query holds, with the id it resolves to. */
export interface FoundName {
  readonly text: string;
  readonly id: string;
  readonly role: 'entity' | 'weapon';
}

// Names run to four words at most ("Islamic Republic of Iran").
const MAX_NAME_WORDS = 4;

/** The names of states, bodies, people and weapons in a query, longest first at each place, in query order. */
export function namesIn(kb: Knowledge, words: readonly string[]): FoundName[] {
  const found: FoundName[] = [];
  for (let i = 0; i < words.length; ) {
    let step = 1;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n -= 1) {
      const text = words.slice(i, i + n).join(' ');
      if (nameKey(text) === '' || /^(the|of|and|to|in)$/i.test(text)) continue;
      const entity = resolveName(kb, 'entity', text);
      const weapon = entity.ok ? entity : resolveName(kb, 'weapon', text);
      if (weapon.ok) {
        found.push({ text, id: weapon.id, role: entity.ok ? 'entity' : 'weapon' });
        step = n;
        break;
      }
    }
    i += step;
  }
  return found;
}

/** The event filters a query's names make: the first state as actor and the second as target, and the reverse. */
export function eventFiltersOf(names: readonly FoundName[]): Partial<EventFilter>[] {
  const entities = [...new Set(names.filter((n) => n.role === 'entity').map((n) => n.id))];
  const weapon = names.find((n) => n.role === 'weapon')?.id;
  const withWeapon = (f: Partial<EventFilter>) => (weapon === undefined ? f : { ...f, weapon });
  const [a, b] = entities;
  if (a === undefined) return weapon === undefined ? [] : [{ weapon }];
  if (b === undefined) return [withWeapon({ actor: a }), withWeapon({ target: a })];
  return [withWeapon({ actor: a, target: b }), withWeapon({ actor: b, target: a })];
}

/** An entity of the gazetteer a search lists. */
export interface EntityHit {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly also: readonly string[];
}

/** Gazetteer entries whose name or alias holds the query (or one of the names found in it), names first. */
export function entitiesMatching(
  kb: Knowledge,
  query: string,
  names: readonly FoundName[],
  limit = 20,
): EntityHit[] {
  const key = nameKey(query);
  const ids = new Set(names.map((n) => n.id));
  const entries: EntityHit[] = [
    ...kb.countries.map((c) => ({
      id: c.iso3,
      name: c.name,
      kind: 'country',
      also: [...c.aliases, ...c.capitals],
    })),
    ...kb.bodies.map((b) => ({ id: b.id, name: b.name, kind: b.kind, also: b.aliases })),
    ...kb.people.map((p) => ({ id: p.id, name: p.name, kind: `person, ${p.role}`, also: p.aliases })),
    ...kb.weapons.map((w) => ({
      id: w.id,
      name: w.name,
      kind: `weapon system, ${w.class.replaceAll('_', ' ')}`,
      also: w.aliases,
    })),
    ...kb.outlets.map((o) => ({ id: o.id, name: o.name, kind: 'outlet', also: o.aliases })),
  ];
  const holds = (e: EntityHit) => key !== '' && [e.name, ...e.also].some((n) => nameKey(n).includes(key));
  const hits = entries.filter((e) => ids.has(e.id) || holds(e));
  return hits.sort((a, b) => Number(ids.has(b.id)) - Number(ids.has(a.id))).slice(0, limit);
}

/** The words of a query as the store's full-text search reads them: letters and digits, no operators. */
export function queryWords(query: string): string[] {
  return query.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
