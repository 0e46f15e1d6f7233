import { describe, expect, it } from 'vitest';
import type { Attribution, Claim, Extraction, Source } from '../domain/extraction.js';
import { loadKnowledge } from '../knowledge/index.js';
import { claimOrigin, extractionOrigins, type OriginContext, originNames } from './origins.js';

const names = originNames(loadKnowledge());
const span = { start: 0, end: 1 };

function attribution(
  id: string,
  source: Partial<Source> & { name: string },
  parent: string | null = null,
): Attribution {
  return {
    id,
    source: { entity: null, kind: 'person', ...source },
    cue: 'said',
    content: span,
    parent,
  };
}

function claim(source: string | null): Claim {
  return {
    id: 'c1',
    type: 'transfer',
    actor: 'IRN',
    target: 'RUS',
    weapons: [],
    status: 'asserted',
    source,
    chain: [],
    evidence: span,
  };
}

const context: OriginContext = { document: 'doc_1', outlet: 'The Hindu' };
const origin = (c: Claim, attributions: Attribution[], ctx = context) =>
  claimOrigin(c, new Map(attributions.map((a) => [a.id, a])), ctx, names);

describe('claim origins', () => {
  it("gives a claim in the outlet's own voice to the outlet", () => {
    expect(origin(claim(null), [])).toMatchObject({ name: 'The Hindu', kind: 'outlet' });
  });

  it('gives the own-voice claims of a near-duplicate to the outlet that printed it first', () => {
    const r = origin(claim(null), [], { ...context, echoOfOutlet: 'Reuters' });
    expect(r).toMatchObject({ name: 'Reuters', kind: 'outlet' });
  });

  it('gives an official and a ministry of one state one origin: its government', () => {
    const minister = attribution('a1', {
      name: 'Abbas Araghchi',
      entity: 'person:abbas-araghchi',
      country: 'IRN',
    });
    const ministry = attribution('a1', {
      name: 'Foreign Ministry',
      kind: 'government',
      entity: 'IRN',
      country: 'IRN',
    });
    expect(origin(claim('a1'), [minister])).toMatchObject({
      name: 'government of Iran',
      speaker: 'Abbas Araghchi',
    });
    expect(origin(claim('a1'), [ministry]).name).toBe('government of Iran');
  });

  it('gives unnamed sources to the outlet that carries them, and lists the cited outlet', () => {
    const reuters = attribution('a1', { name: 'Reuters', kind: 'outlet', entity: 'outlet:reuters' });
    const anon = attribution('a2', { name: 'European security sources', kind: 'anonymous' }, 'a1');
    expect(origin(claim('a2'), [reuters, anon])).toEqual({
      name: 'Reuters',
      kind: 'sources',
      speaker: 'European security sources',
      cites: ['Reuters'],
    });
  });

  it('gives the unnamed sources of a copy whose dateline names its own outlet to the outlet that printed it first', () => {
    // "KYIV (Reuters) - ..., officials said": the dateline is the copy's own outlet, not a carrier it cites.
    const dateline = attribution('a1', { name: 'Reuters', kind: 'outlet', entity: 'outlet:reuters' });
    const anon = attribution('a2', { name: 'two U.S. officials', kind: 'anonymous' }, 'a1');
    const copy = { document: 'doc_2', outlet: 'Reuters', echoOfOutlet: 'The Hindu' };
    expect(origin(claim('a2'), [dateline, anon], copy)).toEqual({
      name: 'The Hindu',
      kind: 'sources',
      speaker: 'two U.S. officials',
      cites: [],
    });
  });

  it("gives a document's own unnamed sources, unnamed officials too, to its outlet", () => {
    const anon = attribution('a1', { name: 'officials familiar with the matter', kind: 'anonymous' });
    expect(origin(claim('a1'), [anon])).toMatchObject({ name: 'The Hindu', kind: 'sources' });
    const officials = attribution('a1', {
      name: 'two U.S. officials',
      kind: 'government',
      entity: 'USA',
      country: 'USA',
    });
    expect(origin(claim('a1'), [officials])).toMatchObject({ name: 'The Hindu', kind: 'sources' });
  });

  it('gives a claim citing an outlet to that outlet, by its canonical name', () => {
    const ap = attribution('a1', { name: 'the AP', kind: 'outlet' });
    expect(origin(claim('a1'), [ap])).toMatchObject({
      name: 'The Associated Press',
      kind: 'outlet',
      cites: ['The Associated Press'],
    });
  });

  it('names an international body by the knowledge base and keeps a private person apart', () => {
    const un = attribution('a1', { name: 'UN', kind: 'organization', entity: 'igo:un' });
    const analyst = attribution('a1', { name: 'Jane Analyst', kind: 'person' });
    expect(origin(claim('a1'), [un])).toMatchObject({ name: 'United Nations', kind: 'organization' });
    expect(origin(claim('a1'), [analyst])).toMatchObject({ name: 'Jane Analyst', kind: 'person' });
  });
});

describe('states a statement names (M10)', () => {
  it('reads names, adjectives and capitals as states, the longest name first', () => {
    expect(names.states?.("Washington will raise Pyongyang's shipments at the Security Council.")).toEqual([
      'USA',
      'PRK',
    ]);
    expect(names.states?.('North Korean missiles and new sanctions on Tehran')).toEqual(['PRK', 'IRN']);
    expect(names.states?.('the matter at the Security Council')).toEqual([]);
  });
});

describe('origins of one document', () => {
  it('gives an own-voice claim the origin of the same claim the outlet attributes: one origin, not two', () => {
    const kirby = attribution('a1', { name: 'John Kirby', entity: 'person:john-kirby', country: 'USA' });
    const extraction = {
      attributions: [kirby],
      claims: [
        { ...claim(null), id: 'c1' },
        { ...claim('a1'), id: 'c2' },
        { ...claim(null), id: 'c3', actor: 'PRK' },
      ],
    } as unknown as Extraction;
    const origins = extractionOrigins(extraction, context, names);
    expect(origins.get('c1')?.name).toBe('government of United States');
    expect(origins.get('c2')?.name).toBe('government of United States');
    expect(origins.get('c3')?.name).toBe('The Hindu');
  });
});

describe('one person in several transliterations', () => {
  it('gives a known person written another way the origin of the state they speak for', () => {
    const a = attribution('a1', { name: 'Alyaksandr Lukashenko', entity: 'person:alyaksandr-lukashenko' });
    expect(origin(claim('a1'), [a]).name).toBe('government of Belarus');
    const b = attribution('a1', {
      name: 'Alexander Lukashenko',
      entity: 'person:alexander-lukashenko',
      country: 'BLR',
    });
    expect(origin(claim('a1'), [b]).name).toBe('government of Belarus');
  });

  it('leaves a person the gazetteer does not know under their own name', () => {
    const a = attribution('a1', { name: 'Viktor Lukashenko', entity: 'person:viktor-lukashenko' });
    expect(origin(claim('a1'), [a])).toMatchObject({ name: 'Viktor Lukashenko', kind: 'person' });
  });
});
