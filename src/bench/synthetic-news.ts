// Synthetic stored documents for the events benchmark: extractions made directly (no text to
// extract), in publication order, with the mix of parties, types, statuses, sources and copies
// that merging meets in news. Seeded, so every run measures the same corpus.
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../domain/document.js';
import type { Attribution, Claim, ClaimStatus, ClaimType, Extraction, Weapon } from '../domain/extraction.js';
import { seeded as random } from './seeded.js';

export { seeded as random } from './seeded.js';

const COUNTRIES = [
  'IRN',
  'RUS',
  'PRK',
  'UKR',
  'USA',
  'CHN',
  'BLR',
  'DEU',
  'GBR',
  'FRA',
  'ISR',
  'YEM',
  'SYR',
  'TUR',
  'POL',
];
const OUTLETS = [
  'Reuters',
  'The Associated Press',
  'AFP',
  'Bloomberg',
  'BBC',
  'CNN',
  'Al Jazeera',
  'TASS',
  'Yonhap',
  'Ukrinform',
  'The Guardian',
  'Tehran Times',
  'Kyiv Independent',
  'Deutsche Welle',
  'The Hindu',
];
const WIRES = ['Reuters', 'The Associated Press', 'AFP'];
const TYPES: readonly [ClaimType, number][] = [
  ['transfer', 60],
  ['military_use', 15],
  ['sanction', 10],
  ['negotiate_transfer', 5],
  ['threaten', 5],
  ['other', 5],
];
const STATUSES: readonly [ClaimStatus, number][] = [
  ['asserted', 60],
  ['denied', 12],
  ['unconfirmed', 8],
  ['possible', 8],
  ['planned', 10],
  ['conditional', 2],
];
const WEAPONS: readonly Weapon[] = [
  { class: 'drone', system: 'weapon:shahed-136' },
  { class: 'drone', system: null },
  { class: 'ballistic_missile', system: 'weapon:fath-360' },
  { class: 'ballistic_missile', system: null },
  { class: 'artillery_ammunition', system: null },
  { class: 'air_defense', system: 'weapon:iris-t' },
  { class: 'cruise_missile', system: 'weapon:storm-shadow' },
  { class: 'unspecified', system: null },
];
const VOCABULARY = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
/** Documents published per day: the corpus covers more time as it grows, as news does. */
export const DOCS_PER_DAY = 30;

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function weighted<T>(items: readonly (readonly [T, number])[], next: () => number): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return (items[0] as readonly [T, number])[0];
}

function day(index: number): string {
  return new Date(Date.UTC(2020, 0, 1) + Math.floor(index / DOCS_PER_DAY) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** A synthetic document and its extraction. */
export interface SyntheticDocument {
  readonly document: SourceDocument;
  readonly extraction: Extraction;
}

/** Generates documents in publication order; about one in twenty is a lightly edited copy of a recent one. */
export function* syntheticNews(count: number, seed = 20240906, startIndex = 0): Generator<SyntheticDocument> {
  const next = random(seed + startIndex);
  const recent: string[] = [];
  for (let i = startIndex; i < startIndex + count; i += 1) {
    const published = day(i);
    const outlet = pick(OUTLETS, next);
    const copyOf = recent.length > 0 && next() < 0.05 ? pick(recent, next) : null;
    const words =
      copyOf === null ? Array.from({ length: 150 }, () => pick(VOCABULARY, next)) : copyOf.split(' ');
    if (copyOf !== null)
      for (let k = 0; k < 5; k += 1) words[Math.floor(next() * words.length)] = pick(VOCABULARY, next);
    const text = `${words.join(' ')} ${i}`;
    recent.push(words.join(' '));
    if (recent.length > 50) recent.shift();
    const id = `doc_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
    const attributions: Attribution[] = [];
    const claims: Claim[] = [];
    const pair = Math.floor(next() ** 2 * 40);
    const actor = COUNTRIES[pair % COUNTRIES.length] ?? 'IRN';
    const target = COUNTRIES[(pair * 7 + 1) % COUNTRIES.length] ?? 'RUS';
    const n = 1 + Math.floor(next() * 4);
    for (let c = 0; c < n; c += 1) {
      let source: string | null = null;
      const chain = [outlet];
      const kind = next();
      if (kind > 0.3) {
        const aid = `a${attributions.length + 1}`;
        const span = { start: 0, end: 10 };
        let parent: string | null = null;
        if (kind > 0.85) {
          const cited = pick(WIRES, next);
          attributions.push({
            id: `${aid}p`,
            source: { name: cited, entity: null, kind: 'outlet' },
            cue: 'reported',
            content: span,
            parent: null,
          });
          parent = `${aid}p`;
          chain.push(cited);
        }
        const name =
          kind > 0.6 ? 'officials familiar with the matter' : `minister of ${pick([actor, target], next)}`;
        const country = kind > 0.6 ? null : pick([actor, target, 'USA'], next);
        attributions.push({
          id: aid,
          source: { name, entity: null, kind: kind > 0.6 ? 'anonymous' : 'person', country },
          cue: 'said',
          content: span,
          parent,
        });
        chain.push(name);
        source = aid;
      }
      const explicit = next();
      const time =
        explicit < 0.7
          ? null
          : explicit < 0.98
            ? day(i - Math.floor(next() * 30 * DOCS_PER_DAY))
            : day(i - 400 * DOCS_PER_DAY);
      claims.push({
        id: `c${c + 1}`,
        type: weighted(TYPES, next),
        actor,
        target,
        weapons: [pick(WEAPONS, next)],
        time: time === null ? null : { start: time },
        status: weighted(STATUSES, next),
        source,
        chain,
        evidence: { start: 0, end: 20, text: text.slice(0, 20) },
      });
    }
    const document: SourceDocument = {
      id,
      published,
      outlet,
      title: null,
      url: null,
      text,
      origin: `synthetic#${i}`,
      format: 'text',
      warnings: [],
    };
    const extraction: Extraction = {
      schema: 'corroborate/extraction@1',
      document: { id, published, outlet, text },
      entities: [],
      attributions,
      claims,
    };
    yield { document, extraction };
  }
}
