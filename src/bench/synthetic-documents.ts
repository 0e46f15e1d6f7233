import type { SourceDocument } from '../domain/document.js';
import type { Entity, Extraction, Span } from '../domain/extraction.js';
import { documentId } from '../ingest/index.js';

const COUNTRIES = [
  ['IRN', 'Iran'],
  ['RUS', 'Russia'],
  ['PRK', 'North Korea'],
  ['UKR', 'Ukraine'],
  ['BLR', 'Belarus'],
  ['USA', 'United States'],
  ['CHN', 'China'],
  ['DEU', 'Germany'],
  ['GBR', 'United Kingdom'],
  ['FRA', 'France'],
] as const;
const OUTLETS = [
  'Reuters',
  'AFP',
  'TASS',
  'Yonhap',
  'Kyiv Independent',
  'BBC',
  'Al Jazeera',
  'IRNA',
] as const;
const WEAPONS = [
  ['drone', 'Shahed-136 drones'],
  ['ballistic_missile', 'KN-23 missiles'],
  ['artillery_ammunition', 'artillery shells'],
  ['cruise_missile', 'Storm Shadow missiles'],
  ['air_defense', 'air defence systems'],
] as const;
const FILLER = [
  'Officials did not say when the shipment left port.',
  'The claim could not be independently verified.',
  'Analysts said the numbers were consistent with earlier estimates.',
  'A spokesman declined to comment on the report.',
  'Satellite images showed containers at the railhead.',
  'The ministry published no figures of its own.',
];

/** A small seeded generator (mulberry32), so every run builds the same store. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The words the benchmark searches for, from the texts it generates. */
export const SEARCH_QUERIES = [
  'Shahed drones',
  'railhead',
  'North Korea missiles',
  'spokesman comment',
  'Belarus',
  'artillery shells Russia',
];

/** One synthetic document `i` and a small extraction whose spans point into its text. */
export function syntheticDocument(
  i: number,
  rand: () => number,
): { document: SourceDocument; extraction: Extraction } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const [actorId, actor] = pick(COUNTRIES);
  let [targetId, target] = pick(COUNTRIES);
  if (targetId === actorId)
    [targetId, target] = COUNTRIES[
      (COUNTRIES.findIndex(([id]) => id === actorId) + 1) % COUNTRIES.length
    ] ?? ['RUS', 'Russia'];
  const outlet = pick(OUTLETS);
  const [weaponClass, weapon] = pick(WEAPONS);
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 1400) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const count = 10 + Math.floor(rand() * 490);
  const spans: Record<string, Span> = {};
  let text = '';
  const put = (key: string | null, part: string) => {
    if (key !== null) spans[key] = { start: text.length, end: text.length + part.length, text: part };
    text += part;
  };
  put('outlet', outlet);
  put(null, ' ');
  put('cue', 'reported');
  put(null, ' that ');
  const contentStart = text.length;
  put('actor', actor);
  put(null, ` had delivered ${count} ${weapon} to `);
  put('target', target);
  put(null, ` (report ${i}).`);
  const sentenceEnd = text.length;
  const filler = [0, 1, 2].map(() => pick(FILLER)).join(' ');
  text += ` ${filler}`;
  const span = (key: string): Span => spans[key] ?? { start: 0, end: 0 };
  const id = documentId(text);
  const entities: Entity[] = [
    { id: actorId, kind: 'country', name: actor, mentions: [span('actor')] },
    { id: targetId, kind: 'country', name: target, mentions: [span('target')] },
    { id: `outlet:${outlet}`, kind: 'outlet', name: outlet, mentions: [span('outlet')] },
  ];
  const document: SourceDocument = {
    id,
    published: day,
    outlet,
    title: `${actor} delivered ${weapon} to ${target}, ${outlet} says`,
    url: null,
    text,
    origin: `synthetic#${i}`,
    format: 'text',
    warnings: [],
  };
  const extraction: Extraction = {
    schema: 'corroborate/extraction@1',
    document: { id, published: day, outlet, title: document.title, url: null, text },
    entities,
    attributions: [
      {
        id: 'a1',
        source: { name: outlet, entity: `outlet:${outlet}`, kind: 'outlet', mention: span('outlet') },
        cue: 'reported',
        mode: 'indirect',
        content: { start: contentStart, end: sentenceEnd },
        parent: null,
        cueSpan: span('cue'),
      },
    ],
    claims: [
      {
        id: 'c1',
        type: 'transfer',
        actor: actorId,
        target: targetId,
        weapons: [{ class: weaponClass, system: null, text: weapon }],
        quantity: { min: count, max: count, text: String(count) },
        time: null,
        status: 'asserted',
        source: 'a1',
        chain: [outlet],
        evidence: { start: 0, end: sentenceEnd, text: text.slice(0, sentenceEnd) },
      },
    ],
  };
  return { document, extraction };
}
