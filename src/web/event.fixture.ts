// Test data for the web tests; the build leaves *.fixture.ts out of dist (tsconfig.build.json).
import type { EventClaim, Origin } from '../domain/event.js';

/** A claim of an event for tests: Reuters' own report that Iran sent missiles to Russia, changed by `over`. */
export const eventClaim = (over: Partial<EventClaim>): EventClaim => ({
  document: 'doc_1',
  file: null,
  url: null,
  claim: 'c1',
  published: '2024-09-10',
  outlet: 'Reuters',
  status: 'asserted',
  source: null,
  chain: ['Reuters'],
  origin: 'Reuters',
  evidence: 'Iran sent missiles to Russia.',
  weapons: [],
  time: null,
  originKind: 'outlet',
  cites: [],
  linked: null,
  echoOf: null,
  ...over,
});

/** An origin of one claim for tests; official when said, else when it is a government. */
export const eventOrigin = (
  name: string,
  stance: Origin['stance'],
  kind: Origin['kind'],
  official = kind === 'government',
): Origin => ({ name, stance, kind, claims: 1, echoes: [], official, speakers: [], documents: 1 });
