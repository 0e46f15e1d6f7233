import { describe, expect, it } from 'vitest';
import { attributionOf, spanOf } from './attribution-helpers.js';
import { run } from './helpers.js';

describe('where the source and the cue stand', () => {
  it('a named speaker after a quote: mention on the name, cue span on the verb', () => {
    const text = '"Iran has shipped Shahed drones to Russia," Pat Ryder told reporters.';
    const a = attributionOf(run(text), 'Pat Ryder');
    expect(a.source.mention).toEqual(spanOf(text, 'Pat Ryder'));
    expect(a.cueSpan).toEqual(spanOf(text, 'told'));
    expect(a.content).toEqual(spanOf(text, 'Iran has shipped Shahed drones to Russia,'));
  });

  it('a pronoun speaker: the mention is the pronoun, the name comes from the antecedent', () => {
    const text = 'Dmytro Kuleba spoke on Monday. He said Iran had delivered drones to Russia.';
    const a = attributionOf(run(text), 'Dmytro Kuleba');
    expect(a.source.mention).toEqual(spanOf(text, 'He'));
    expect(a.cueSpan).toEqual(spanOf(text, 'said'));
  });

  it('"According to X": the cue span holds both words and the mention the phrase after them', () => {
    const text = 'According to the Pentagon, Iran shipped drones to Russia.';
    const a = attributionOf(run(text), 'Pentagon');
    expect(a.cueSpan).toEqual(spanOf(text, 'According to'));
    expect(a.source.mention).toEqual(spanOf(text, 'the Pentagon'));
    expect(a.content).toEqual(spanOf(text, 'Iran shipped drones to Russia'));
  });

  it('a citation: the cue span is "citing", the mention the cited source', () => {
    const text = 'Iran shipped drones to Russia, Yonhap said, citing intelligence officials.';
    const a = attributionOf(run(text), 'intelligence officials');
    expect(a.cueSpan).toEqual(spanOf(text, 'citing'));
    expect(a.source.mention).toEqual(spanOf(text, 'intelligence officials'));
    expect(a.content).toEqual(spanOf(text, 'Iran shipped drones to Russia'));
  });

  it('a dateline: the outlet in brackets is both the mention and the cue', () => {
    const text =
      'KYIV, March 3 (Reuters) - Russia fired Iranian drones at Ukraine, Ukrainian officials said.';
    const a = attributionOf(run(text, 'Reuters'), 'Reuters');
    expect(a.source.mention).toEqual(spanOf(text, 'Reuters'));
    expect(a.cueSpan).toEqual(spanOf(text, 'Reuters'));
  });

  it('a second speaker of the same name points at its own mention', () => {
    const text =
      'Andrii Sybiha said Iran had sent drones to Russia. Later Andrii Sybiha said North Korea had sent shells to Russia.';
    const ex = run(text);
    const second = text.indexOf('Andrii Sybiha', 1);
    expect(ex.attributions.map((a) => a.source.mention?.start)).toEqual([0, second]);
  });

  it('every span of every attribution matches the text it quotes', () => {
    const texts = [
      'Kyodo reported, citing sources, that North Korea had shipped shells to Russia.',
      '"Pyongyang has sent shells to Russia," Sabrina Singh said, "and Iran has shipped drones to Russia."',
      'Iran has delivered drones to Russia, Jake Sullivan said, NV reports citing Ukrinform.',
      'Russia has received Shahed drones from Iran.\n\nThese remarks were made on Monday by Dmytro Kuleba.',
    ];
    for (const text of texts) {
      for (const a of run(text).attributions) {
        for (const s of [a.content, a.cueSpan, a.source.mention]) {
          if (!s) continue;
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
      }
    }
  });
});
