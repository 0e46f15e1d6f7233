import { describe, expect, it } from 'vitest';
import type { StoredCorrection } from '../domain/correction.js';
import type { Claim, Extraction } from '../domain/extraction.js';
import { claimKey } from './claim-key.js';
import { overlayExtraction } from './overlay.js';

const TEXT = 'Iran sent missiles to Russia, Reuters said. Tehran denied it.';

const claim = (id: string, start: number, end: number, status: Claim['status']): Claim => ({
  id,
  type: 'transfer',
  actor: 'IRN',
  target: 'RUS',
  weapons: [{ class: 'missile', system: null }],
  status,
  source: null,
  chain: [],
  evidence: { start, end },
});

const extraction = (claims: Claim[]): Extraction => ({
  schema: 'corroborate/extraction@1',
  document: { id: 'doc_a', published: '2024-09-06', outlet: 'Reuters', text: TEXT },
  entities: [],
  attributions: [
    {
      id: 'a1',
      source: { name: 'Reuters', entity: null, kind: 'outlet' },
      cue: 'said',
      content: { start: 0, end: 28 },
      parent: null,
    },
  ],
  claims,
});

const first = extraction([claim('c1', 0, 43, 'asserted'), claim('c2', 44, 61, 'asserted')]);

function correction(id: string, target: Claim, after: Record<string, unknown>): StoredCorrection {
  return {
    id,
    at: `2024-09-1${id.slice(-1)}T00:00:00.000Z`,
    analyst: 'G. Analyst',
    reason: 'test',
    kind: 'claim',
    document: 'doc_a',
    claim: claimKey('doc_a', target),
    before: {},
    after,
    events: [],
  };
}

describe('overlayExtraction', () => {
  it('sets a status, then a later correction of the same claim wins', () => {
    const c2 = first.claims[1] as Claim;
    const out = overlayExtraction(first, [
      correction('cor_1', c2, { status: 'unconfirmed' }),
      correction('cor_2', c2, { status: 'denied' }),
    ]);
    expect(out.claims.map((c) => c.status)).toEqual(['asserted', 'denied']);
  });

  it('drops a claim marked wrong and keeps the others', () => {
    const out = overlayExtraction(first, [correction('cor_1', first.claims[0] as Claim, { wrong: true })]);
    expect(out.claims.map((c) => c.id)).toEqual(['c2']);
  });

  it('finds the claim again after re-extraction renumbers the claims and moves its evidence bounds', () => {
    const fixes = [correction('cor_1', first.claims[1] as Claim, { status: 'denied' })];
    // A newer extractor finds one more claim first and reads the evidence one character shorter.
    const again = extraction([
      claim('c1', 0, 20, 'asserted'),
      claim('c2', 0, 43, 'asserted'),
      claim('c3', 44, 60, 'asserted'),
    ]);
    expect(overlayExtraction(again, fixes).claims.map((c) => `${c.id} ${c.status}`)).toEqual([
      'c1 asserted',
      'c2 asserted',
      'c3 denied',
    ]);
  });

  it('gives a new source name an attribution of its own, and reuses a speaker the document already has', () => {
    const [c1, c2] = first.claims as [Claim, Claim];
    const out = overlayExtraction(first, [
      correction('cor_1', c1, { source: 'reuters' }),
      correction('cor_2', c2, { source: 'Foreign Ministry' }),
    ]);
    expect(out.claims[0]).toMatchObject({ source: 'a1', chain: ['a1'] });
    const added = out.attributions.find((a) => a.id === out.claims[1]?.source);
    expect(added?.source.name).toBe('Foreign Ministry');
    expect(added?.content).toEqual({ start: 44, end: 61 });
  });

  it('changes parties and weapon classes, keeping the systems of a class kept', () => {
    const out = overlayExtraction(first, [
      correction('cor_1', first.claims[0] as Claim, { actor: 'PRK', weapons: ['missile', 'drone'] }),
    ]);
    expect(out.claims[0]).toMatchObject({
      actor: 'PRK',
      weapons: [
        { class: 'missile', system: null },
        { class: 'drone', system: null },
      ],
    });
  });

  it('leaves an excluded document with no claims, and another document untouched', () => {
    const exclude: StoredCorrection = {
      ...correction('cor_1', first.claims[0] as Claim, {}),
      kind: 'exclude_document',
      claim: null,
    };
    expect(overlayExtraction(first, [exclude]).claims).toEqual([]);
    expect(overlayExtraction(first, [{ ...exclude, document: 'doc_b' }])).toBe(first);
  });
});
