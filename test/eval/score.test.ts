import { describe, expect, test } from 'vitest';
import { round3, scoreDocuments, scoresToJson, scoresToText } from '../../src/eval/index.js';
import { extraction, gold, goldClaim } from './build.js';
import { cases } from './cases.js';

describe('scoreDocuments on hand-made gold/system pairs', () => {
  test.each(cases)('$name: $behaviour', ({ name, gold: content, system, expected }) => {
    const scores = scoreDocuments([{ name, gold: gold(content), extraction: system }]);
    const counts = (['1', '2', '3'] as const).map((level) => {
      const { tp, fp, fn } = scores.counts[level];
      return [tp, fp, fn];
    });
    expect(counts).toEqual(expected);
  });

  test('entities and sources are scored as recall, published and outlet as accuracy', () => {
    const byName = new Map(cases.map((c) => [c.name, c]));
    const docs = ['sources', 'levels'].map((name) => {
      const c = byName.get(name);
      if (c === undefined) throw new Error(`no case ${name}`);
      return { name, gold: gold(c.gold), extraction: c.system };
    });
    const scores = scoreDocuments(docs);
    expect(scores.entity_recall).toBe(0.667);
    expect(scores.source_recall).toBe(0.667);
    expect(scores.published_accuracy).toBe(0.5);
    expect(scores.outlet_accuracy).toBe(0.5);
  });

  test('precision, recall and F1 are micro averages over every tuple of every document', () => {
    const scores = scoreDocuments(
      cases.map((c) => ({ name: c.name, gold: gold(c.gold), extraction: c.system })),
    );
    const { tp, fp, fn } = scores.counts['3'];
    expect(scores.event_status_source[0]).toBe(round3(tp / (tp + fp)));
    expect(scores.event_status_source[1]).toBe(round3(tp / (tp + fn)));
  });

  test('a document without an extraction misses every required claim and scores null for empty measures', () => {
    const scores = scoreDocuments([
      { name: 'x', gold: gold({ claims: [goldClaim({}), goldClaim({ optional: true })] }), extraction: null },
    ]);
    expect(scores.counts['1']).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(scores.event).toEqual([0, 0, 0]);
    expect(scores.entity_recall).toBeNull();
    expect(scores.outlet_accuracy).toBeNull();
  });

  test('a gold outlet of null is right only when the system finds no outlet', () => {
    const g = gold({ outlet: null });
    expect(
      scoreDocuments([{ name: 'a', gold: g, extraction: extraction({ outlet: null }) }]).outlet_accuracy,
    ).toBe(1);
    expect(
      scoreDocuments([{ name: 'a', gold: g, extraction: extraction({ outlet: 'AP' }) }]).outlet_accuracy,
    ).toBe(0);
  });

  test('--detail lists the missed gold claims by note and slot, and the extra system tuples', () => {
    const scores = scoreDocuments(
      [
        {
          name: 'doc',
          gold: gold({
            claims: [
              goldClaim({ note: 'Kirby: drones', weapons: ['drone'] }),
              goldClaim({ type: 'sanction' }),
            ],
          }),
          extraction: extraction({ claims: [{ weapons: ['naval'], actor: null }] }),
        },
      ],
      { detail: true },
    );
    expect(scores.detail).toEqual([
      {
        doc: 'doc',
        missed: ['Kirby: drones [drone]', 'sanction [None]'],
        extra: [
          {
            type: 'transfer',
            actor: null,
            target: 'RUS',
            status: 'asserted',
            weapon: 'naval',
            evidence: 'Evidence text.',
          },
        ],
      },
    ]);
  });
});

describe('round3', () => {
  test('rounds exact binary ties to the even digit, as Python round() does', () => {
    expect([0.0625, 0.1875, 0.3125, 0.9375].map(round3)).toEqual([0.062, 0.188, 0.312, 0.938]);
  });

  test('rounds other values by their exact binary value', () => {
    expect([2 / 3, 0.0005, 0.0015, 1, 0].map(round3)).toEqual([0.667, 0.001, 0.002, 1, 0]);
  });
});

describe('score output', () => {
  const scores = scoreDocuments(
    cases.map((c) => ({ name: c.name, gold: gold(c.gold), extraction: c.system })),
    {
      detail: true,
    },
  );

  test('the text form has score.py lines: padded names, three decimals, None for empty measures', () => {
    const text = scoresToText(scoreDocuments([]));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'event                  P=0.000 R=0.000 F1=0.000',
      'event_status           P=0.000 R=0.000 F1=0.000',
      'event_status_source    P=0.000 R=0.000 F1=0.000',
      'entity_recall          None',
    ]);
  });

  test('the JSON form parses back to the scores, floats written as Python writes them', () => {
    const json = scoresToJson(scores);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(scores)));
    expect(json).toMatch(/^{\n "event": \[\n {2}\d\.\d+,/);
    expect(scoresToJson(scoreDocuments([]))).toContain('"event": [\n  0.0,\n  0.0,\n  0.0\n ]');
  });
});
