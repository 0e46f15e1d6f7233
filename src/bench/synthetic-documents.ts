import type { SourceDocument } from '../domain/document.js';
import { Event } from '../domain/event.js';
import type { Entity, Extraction, Span } from '../domain/extraction.js';
import { documentId } from '../ingest/index.js';

export { seeded } from './seeded.js';

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
  ['TUR', 'Turkey'],
  ['ISR', 'Israel'],
  ['IND', 'India'],
  ['PAK', 'Pakistan'],
  ['SYR', 'Syria'],
  ['YEM', 'Yemen'],
  ['SAU', 'Saudi Arabia'],
  ['ARE', 'United Arab Emirates'],
  ['EGY', 'Egypt'],
  ['POL', 'Poland'],
  ['ITA', 'Italy'],
  ['ESP', 'Spain'],
  ['JPN', 'Japan'],
  ['KOR', 'South Korea'],
  ['BRA', 'Brazil'],
  ['SRB', 'Serbia'],
  ['ARM', 'Armenia'],
  ['AZE', 'Azerbaijan'],
  ['VEN', 'Venezuela'],
  ['MMR', 'Myanmar'],
] as const;
const TYPES = [
  ['transfer', 'had delivered'],
  ['military_use', 'had fired'],
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
const VOCABULARY = (
  'port convoy border depot airfield warehouse railway brigade battalion ministry envoy parliament treaty ' +
  'sanctions inspectors satellite imagery freighter cargo manifest customs pilots engineers factory plant ' +
  'components chips engines warheads guidance radar launcher battery crews training exercise summit talks ' +
  'deputy minister general commander spokesperson embassy consulate delegation vote council resolution ' +
  'northern southern eastern western coastal mountain desert river harbour bridge highway night morning ' +
  'evening weekend quietly openly reportedly allegedly publicly privately urgently briefly repeatedly'
).split(' ');
const FILLER = [
  'Officials did not say when the shipment left port.',
  'The claim could not be independently verified.',
  'Analysts said the numbers were consistent with earlier estimates.',
  'A spokesman declined to comment on the report.',
  'Satellite images showed containers at the railhead.',
  'The ministry published no figures of its own.',
];

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
  const [type, verb] = pick(TYPES);
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
  put(null, ` ${verb} ${count} ${weapon} ${type === 'transfer' ? 'to' : 'at'} `);
  put('target', target);
  put(null, ` (report ${i}).`);
  const sentenceEnd = text.length;
  // Words drawn at random after the stock sentences keep texts apart, as real articles are, so the
  // near-duplicate check finds no false copies.
  const words = Array.from({ length: 24 }, () => pick(VOCABULARY)).join(' ');
  text += ` ${pick(FILLER)} ${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
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
    title: `${actor} ${verb} ${weapon} ${type === 'transfer' ? 'to' : 'at'} ${target}, ${outlet} says`,
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
        type,
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

/** The event a synthetic document's one claim makes on its own: one origin, one report, claimed. */
export function syntheticEvent(document: SourceDocument, extraction: Extraction): Event {
  const claim = extraction.claims[0];
  if (claim === undefined) throw new Error(`synthetic document ${document.id} has no claim`);
  const outlet = document.outlet ?? 'unknown';
  return Event.parse({
    id: `evt_${document.id.slice(4)}`,
    type: claim.type,
    actor: claim.actor,
    target: claim.target,
    weapons: claim.weapons,
    status: 'claimed',
    grade: { reliability: 'C', credibility: 3, reasons: ['one origin: a synthetic outlet report'] },
    independentOrigins: 1,
    circular: false,
    origins: [{ name: outlet, stance: 'asserts', claims: 1, echoes: [], kind: 'outlet', documents: 1 }],
    claims: [
      {
        document: document.id,
        file: document.origin,
        url: null,
        claim: claim.id,
        published: document.published,
        outlet,
        status: claim.status,
        // The outlet's own report: an event claim names a speaker here, not the attribution's id.
        source: null,
        chain: claim.chain,
        origin: outlet,
        originKind: 'outlet',
        evidence: claim.evidence.text ?? '',
        quantity: claim.quantity,
        weapons: claim.weapons,
      },
    ],
    timeline: [
      {
        date: document.published,
        status: 'claimed',
        kind: 'first_report',
        document: document.id,
        claim: claim.id,
        outlet,
      },
    ],
    firstReported: document.published,
    lastReported: document.published,
    eventTime: null,
    reports: 1,
  });
}
