import type { Extraction } from '../../src/domain/extraction.js';
import { extraction, goldClaim } from './build.js';

/** Expected [tp, fp, fn] at the event, event+status and event+status+source levels. */
export type Expected = readonly [
  readonly [number, number, number],
  readonly [number, number, number],
  readonly [number, number, number],
];

/** One hand-made gold/system pair and what score.py's rules give for it. */
export interface ScoreCase {
  readonly name: string;
  readonly behaviour: string;
  readonly gold: Record<string, unknown>;
  readonly system: Extraction;
  readonly expected: Expected;
}

/** Hand-made pairs, one rule each; the agreement test also runs them through score.py. */
export const cases: readonly ScoreCase[] = [
  {
    name: 'alternatives',
    behaviour: 'an alternative of `a|b` matches after normalising case, articles and punctuation',
    gold: {
      claims: [
        goldClaim({ actor: 'IRN|Iran', target: 'the Russian Federation|RUS', status: 'possible|asserted' }),
      ],
    },
    system: extraction({ claims: [{ actor: 'iran', target: 'Russian  Federation.' }] }),
    expected: [
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
    ],
  },
  {
    name: 'star',
    behaviour: '`*` accepts any value, a null included, and any weapon or none',
    gold: { claims: [goldClaim({ target: '*', weapons: ['*'], source: '*' })] },
    system: extraction({ claims: [{ target: null }] }),
    expected: [
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
    ],
  },
  {
    name: 'null',
    behaviour: 'a gold null accepts only a null: the claim with an actor is both extra and a miss',
    gold: { claims: [goldClaim({ type: 'threaten', actor: null, target: 'IRN' })] },
    system: extraction({
      claims: [
        { type: 'threaten', actor: 'USA', target: 'IRN' },
        { type: 'threaten', actor: null, target: 'IRN', status: 'conditional' },
      ],
    }),
    expected: [
      [1, 1, 0],
      [0, 2, 1],
      [0, 2, 1],
    ],
  },
  {
    name: 'optional',
    behaviour:
      'an optional gold claim is never missed, and a system claim matching it is neither right nor wrong',
    gold: {
      claims: [
        goldClaim({ weapons: ['drone'] }),
        goldClaim({ optional: true, weapons: ['ballistic_missile'], status: 'conditional' }),
        goldClaim({ optional: true, type: 'military_use', actor: 'RUS', target: 'UKR' }),
      ],
    },
    system: extraction({
      claims: [
        { weapons: ['drone'] },
        { weapons: ['ballistic_missile'], status: 'conditional' },
        { type: 'sanction', actor: 'USA', target: 'IRN' },
      ],
    }),
    expected: [
      [1, 1, 0],
      [1, 1, 0],
      [1, 1, 0],
    ],
  },
  {
    name: 'weapon-slots',
    behaviour: 'each weapon is a tuple: two gold slots against three system weapons give 2 right and 1 extra',
    gold: {
      claims: [
        goldClaim({ weapons: ['drone', 'guided_bomb'] }),
        goldClaim({ type: 'sanction', actor: 'USA', target: 'IRN', weapons: [] }),
      ],
    },
    system: extraction({
      claims: [
        { weapons: ['drone', 'guided_bomb', 'artillery_ammunition'] },
        { type: 'sanction', actor: 'USA', target: 'IRN', weapons: ['unspecified'] },
      ],
    }),
    expected: [
      [3, 1, 0],
      [3, 1, 0],
      [3, 1, 0],
    ],
  },
  {
    name: 'empty-slot',
    behaviour: 'an empty gold weapon list does not match a system tuple with a named weapon class',
    gold: { claims: [goldClaim({ weapons: [] })] },
    system: extraction({ claims: [{ weapons: ['drone'] }] }),
    expected: [
      [0, 1, 1],
      [0, 1, 1],
      [0, 1, 1],
    ],
  },
  {
    name: 'matching',
    behaviour: 'a maximum matching pairs the wider slot with the second tuple where a greedy one would miss',
    gold: {
      claims: [
        goldClaim({ weapons: ['missile|ballistic_missile'] }),
        goldClaim({ weapons: ['ballistic_missile'] }),
      ],
    },
    system: extraction({ claims: [{ weapons: ['ballistic_missile'] }, { weapons: ['missile'] }] }),
    expected: [
      [2, 0, 0],
      [2, 0, 0],
      [2, 0, 0],
    ],
  },
  {
    name: 'sources',
    behaviour:
      'sources match by name, by entity slug, by whole words, and the outlet speaks for source-less claims',
    gold: {
      outlet: 'Censor.NET',
      published: '2024-02-22',
      entities: ['IRN', 'person:john-kirby', 'weapon:fateh-110'],
      sources: ['John Kirby', 'Reuters', 'Iranian officials'],
      claims: [
        goldClaim({ source: 'John Kirby' }),
        goldClaim({ type: 'negotiate_transfer', source: 'White House|Kirby' }),
        goldClaim({ weapons: ['ballistic_missile'], source: 'Censor.NET' }),
        goldClaim({ type: 'military_use', actor: 'RUS', target: 'UKR', source: 'Reuters' }),
        goldClaim({ type: 'sanction', actor: 'USA', target: 'IRN', source: 'null' }),
      ],
    },
    system: extraction({
      outlet: 'censor net',
      published: '2024-02-22',
      entities: ['irn', 'person:john-kirby', 'RUS'],
      attributions: [
        { id: 'a1', name: 'the coordinator', entity: 'person:john-kirby' },
        { id: 'a2', name: 'White House coordinator John Kirby' },
        { id: 'a3', name: 'Iranian officials', entity: null },
      ],
      claims: [
        { source: 'a1' },
        { type: 'negotiate_transfer', source: 'a2' },
        { weapons: ['ballistic_missile'], source: null },
        { type: 'military_use', actor: 'RUS', target: 'UKR', source: 'a3' },
        { type: 'sanction', actor: 'USA', target: 'IRN', source: 'a3' },
      ],
    }),
    expected: [
      [5, 0, 0],
      [5, 0, 0],
      [3, 2, 2],
    ],
  },
  {
    name: 'levels',
    behaviour: 'a wrong status counts at the event level only',
    gold: {
      outlet: 'Reuters|AP',
      published: '2024-03-01',
      claims: [goldClaim({ status: 'unconfirmed', note: 'Kirby: “no confirmation” — Київ' })],
    },
    system: extraction({
      outlet: 'Kyiv Post',
      published: '2024-03-02',
      claims: [{ status: 'denied', evidence: { start: 0, end: 14, text: '“Tehran’s drones” — Київ 😀' } }],
    }),
    expected: [
      [1, 0, 0],
      [0, 1, 1],
      [0, 1, 1],
    ],
  },
];
