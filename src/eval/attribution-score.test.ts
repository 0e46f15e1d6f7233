import { describe, expect, test } from 'vitest';
import { attributionScores, countDocument, parseBrat, type ScoredAttribution } from './attribution-score.js';

const ann = [
  'T1\tSource 0 5\tSmith',
  'T2\tCue 6 10\tsaid',
  'T3\tContent 11 30;35 40\tthe plan will fail',
  'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
  'T4\tCue 50 62\taccording to',
  'T5\tContent 41 49\ttaxes up',
  'E2\tAttribution:T4 Cue:T4 Content:T5',
].join('\n');

describe('PolNeAR scoring', () => {
  test('brat relations become attributions with discontinuous content', () => {
    const gold = parseBrat(ann);
    expect(gold).toHaveLength(2);
    expect(gold[0]?.content).toEqual([
      [11, 30],
      [35, 40],
    ]);
    expect(gold[1]?.source).toEqual([]);
  });

  test('a match needs half the shorter content; source by name, cue by span', () => {
    const gold = parseBrat(ann);
    const system: ScoredAttribution[] = [
      { content: [[12, 30]], source: [], sourceText: 'John Smith', cue: [[6, 10]], cueText: 'said' },
      { content: [[0, 3]], source: [], sourceText: null, cue: [], cueText: null },
    ];
    const c = { tp: 0, fp: 0, fn: 0, sourceOk: 0, cueOk: 0 };
    countDocument(gold, system, c);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1, sourceOk: 1, cueOk: 1 });
    expect(attributionScores(c, 1).detection).toEqual([0.5, 0.5, 0.5]);
  });
});
