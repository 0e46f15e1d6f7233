import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventClaim } from '../domain/event.js';
import type { ClaimStatus, WeaponClass } from '../domain/extraction.js';
import { loadKnowledge } from '../knowledge/index.js';
import { assembleEvent, eventHead } from './event-head.js';
import { addClaim, emptyState, foldClaims, withMove, withOriginFolded } from './event-state.js';
import { summariseEvent } from './event-summary.js';
import { corroborationDeps } from './index.js';
import { compareClaims } from './timeline.js';

const deps = corroborationDeps(loadKnowledge());
const core = {
  id: 'ev_x',
  type: 'transfer',
  phase: 'actual',
  actor: 'IRN',
  target: 'RUS',
  related: [],
} as const;

const STATUSES: readonly ClaimStatus[] = [
  'asserted',
  'denied',
  'unconfirmed',
  'possible',
  'planned',
  'conditional',
];
const ORIGINS = [
  { origin: 'Reuters', originKind: 'sources' },
  { origin: 'AP', originKind: 'outlet' },
  { origin: 'government of Iran', originKind: 'government' },
  { origin: 'government of Russia', originKind: 'government' },
  { origin: 'government of Ukraine', originKind: 'government' },
  { origin: 'Kirby', originKind: 'person' },
] as const;
const WEAPONS: readonly WeaponClass[] = [
  'drone',
  'ballistic_missile',
  'missile',
  'artillery_ammunition',
  'unspecified',
];
const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

// A claim of a random document, status, origin, outlet, weapons and times (a third of them retelling).
const claimArb = fc
  .record({
    doc: fc.integer({ min: 0, max: 12 }),
    n: fc.integer({ min: 1, max: 30 }),
    status: fc.constantFrom(...STATUSES),
    origin: fc.constantFrom(...ORIGINS),
    outlet: fc.constantFrom('Reuters', 'AP', 'Tehran Times', null),
    weapons: fc.subarray([...WEAPONS], { maxLength: 3 }),
    system: fc.boolean(),
    time: fc.option(fc.integer({ min: -400, max: 500 })),
    speaker: fc.option(fc.constantFrom('a spokesman', 'the minister')),
    // A recap of an old stance, dated or not ("In 2022 Tehran denied", "at first denied").
    recap: fc.constantFrom('none', 'none', 'undated', 'dated'),
    stated: fc.integer({ min: -400, max: 500 }),
  })
  .map(
    (r): EventClaim => ({
      document: `doc_${r.doc}`,
      file: null,
      url: null,
      claim: `c${r.n}`,
      // A document has one publication date; document 0 is undated.
      published: r.doc === 0 ? null : day(r.doc * 17),
      outlet: r.outlet,
      status: r.status,
      source: r.speaker,
      chain: [],
      origin: r.origin.origin,
      evidence: `evidence ${r.doc} ${r.n}`,
      quantity: null,
      weapons: r.weapons.map((c, i) => ({
        class: c,
        system: r.system && i === 0 ? 'weapon:shahed-136' : null,
      })),
      time: r.time === null ? null : day(r.time),
      originKind: r.origin.originKind,
      cites: [],
      linked: null,
      echoOf: null,
    }),
  );

// Claims with distinct (document, claim) keys, as an event holds them.
const claimsArb = fc.uniqueArray(claimArb, {
  selector: (c) => `${c.document}#${c.claim}`,
  minLength: 1,
  maxLength: 40,
});

describe('event state', () => {
  it('sums up an event as summing up all its claims does, whatever order its documents arrive in', () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (claims, stream) => {
          const whole = summariseEvent(core, claims, deps);
          // Documents one after the other in a random order, each document's claims together.
          const docs = [...new Set(claims.map((c) => c.document))];
          const order = docs.map((d) => [d, stream.next().value] as const).sort((a, b) => a[1] - b[1]);
          let state = emptyState(core, deps);
          for (const [doc] of order) {
            for (const c of claims.filter((x) => x.document === doc).sort(compareClaims)) {
              state = addClaim(state, core, c, deps);
            }
          }
          const event = assembleEvent(eventHead(core, state, deps), state, claims);
          expect(event).toEqual(whole);
          // Folding the claims in their order gives the same event.
          const folded = foldClaims(core, [...claims].sort(compareClaims), deps);
          expect(eventHead(core, folded, deps)).toEqual(eventHead(core, state, deps));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('moves claims between origins as folding every claim again does', () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ORIGINS)), { minLength: 1, maxLength: 6 }),
        (claims, picks) => {
          const sorted = [...claims].sort(compareClaims);
          let state = foldClaims(core, sorted, deps);
          const now = new Map(sorted.map((c) => [`${c.document}#${c.claim}`, c]));
          const refold = new Set<string>();
          for (const [at, to] of picks) {
            const was = sorted[at % sorted.length] as EventClaim;
            const id = `${was.document}#${was.claim}`;
            const before = now.get(id) as EventClaim;
            const moved = { ...before, origin: to.origin, originKind: to.originKind };
            // Whether another claim of the document has an origin, as the moves so far leave them.
            const others = (name: string) =>
              [...now.values()].some(
                (c) => c.document === was.document && c.claim !== was.claim && c.origin === name,
              );
            const step = withMove(state, {
              was: before,
              now: moved,
              documentKeeps: others(before.origin),
              documentHad: others(moved.origin),
            });
            now.set(id, moved);
            if (step.refold !== null) refold.add(step.refold);
            state = step.state;
          }
          const after = [...now.values()].sort(compareClaims);
          for (const name of refold) state = withOriginFolded(state, name, after);
          const folded = foldClaims(core, after, deps);
          expect(eventHead(core, state, deps)).toEqual(eventHead(core, folded, deps));
        },
      ),
      { numRuns: 300 },
    );
  });
});
