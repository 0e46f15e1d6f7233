import { describe, expect, it } from 'vitest';
import { parse } from '../text.js';
import { explainText } from './explain.js';
import { analyzeDocument, analyzeSentence, MAX_TOKENS } from './index.js';

function lines(sentence: string): string[] {
  return explainText(sentence)
    .description.split('\n')
    .filter((l) => !l.startsWith('chunk'));
}

describe('long news sentences', () => {
  it('a fronted time phrase, an "according to" aside, a relative clause and a purpose clause', () => {
    expect(
      lines(
        'Last year, according to Western officials, Iran sent hundreds of Shahed drones to Russia, which has used them to strike Ukrainian power plants.',
      ),
    ).toEqual([
      'clause 0 main: Last year, according to Western officials, Iran sent hundreds of Shahed drones to Russia,',
      '  verb send: active past | subject=Iran agent=Iran patient=hundreds of Shahed drones object=hundreds of Shahed drones time=Last year according to=Western officials to=Russia',
      'clause 1 relative in 0 marker=which antecedent=Russia: which has used them',
      '  verb use: active present perfect | subject=Russia agent=Russia patient=them object=them gap=subject',
      'clause 2 purpose in 1 marker=to: to strike Ukrainian power plants.',
      '  verb strike: active none to-infinitive | subject=Russia agent=Russia patient=Ukrainian power plants object=Ukrainian power plants gap=subject',
    ]);
  });

  it('a conditional, a relative with a passive chain, and a final report that governs it all', () => {
    expect(
      lines(
        'If Washington approves the sale, Taiwan will receive 66 F-16 fighter jets, which are expected to be delivered by 2026, the ministry said.',
      ),
    ).toEqual([
      'clause 0 complement in 3 governor=say: Taiwan will receive 66 F-16 fighter jets,',
      '  verb receive: active future chain=will:future | subject=Taiwan agent=Taiwan patient=66 F-16 fighter jets object=66 F-16 fighter jets',
      'clause 1 conditional in 0 marker=if: If Washington approves the sale,',
      '  verb approve: active present | subject=Washington agent=Washington patient=the sale object=the sale',
      'clause 2 relative in 0 marker=which antecedent=66 F-16 fighter jets: which are expected to be delivered by 2026,',
      '  verb deliver: passive present chain=expect:expectation | subject=66 F-16 fighter jets patient=66 F-16 fighter jets by=2026 gap=patient',
      'clause 3 main: the ministry said.',
      '  verb say: active past | subject=the ministry agent=the ministry',
    ]);
  });

  it('a bare complement with a negated perfect and a "that" relative with an object gap', () => {
    expect(
      lines(
        "Ukraine's foreign minister said Kyiv had not received the Patriot systems that Germany promised in June.",
      ),
    ).toEqual([
      "clause 0 main: Ukraine's foreign minister said",
      "  verb say: active past | subject=Ukraine's foreign minister agent=Ukraine's foreign minister",
      'clause 1 complement in 0 governor=say: Kyiv had not received the Patriot systems',
      '  verb receive: active past perfect negated | subject=Kyiv agent=Kyiv patient=the Patriot systems object=the Patriot systems',
      'clause 2 relative in 1 marker=that antecedent=the Patriot systems: that Germany promised in June.',
      '  verb promise: active past | subject=Germany agent=Germany patient=the Patriot systems object=the Patriot systems in=June gap=object',
      'nominal minister: possessor=Ukraine',
    ]);
  });

  it('an ambiguous to-phrase after "containers of" is listed on both the verb and the noun', () => {
    const e = explainText('North Korea delivered more than 1,000 containers of munitions to Russia.');
    expect(e.description).toContain('to=Russia?');
    expect(e.verb('deliver').roles.attachments.find((a) => a.prep === 'to')?.ambiguous).toBe(true);
  });

  it('a negated infinitive after a comma ("not to arm Ukraine") is negated', () => {
    expect(
      explainText('The shells were meant to replenish stocks, not to arm Ukraine.').verb('arm').negated,
    ).toBe(true);
  });
});

describe('limits', () => {
  it('a sentence longer than the cap is read up to the cap and marked truncated', () => {
    const words = Array.from({ length: MAX_TOKENS + 40 }, (_, i) => (i % 2 === 0 ? 'drones' : 'and')).join(
      ' ',
    );
    // parse() already splits long sentences; the cap guards a caller that hands in one of its own.
    const split = parse(`Iran sent ${words} to Russia.`);
    const last = split.tokens.length - 1;
    const one = { i: 0, first: 0, last, start: 0, end: split.text.length, para: 0 };
    const parsed = { ...split, sentences: [one] };
    const s = analyzeSentence(parsed, 0);
    expect(s.truncated).toBe(true);
    expect(s.last - s.first + 1).toBe(MAX_TOKENS);
  });

  it('every sentence of a body is read, each with its own clauses', () => {
    const parsed = parse('Iran sent drones. Russia did not pay. If it pays, more will come.');
    const all = analyzeDocument(parsed);
    expect(all.map((s) => s.clauses.length)).toEqual([1, 1, 2]);
    expect(all[1]?.verbs[0]?.negated).toBe(true);
  });

  it('a heading without a verb gives chunks and main clauses, a colon starting the second', () => {
    const s = explainText('Drones, missiles and shells: the arms trade in 2024').syntax;
    expect(s.verbs).toHaveLength(0);
    expect(s.clauses.map((c) => [c.kind, c.parent])).toEqual([
      ['main', null],
      ['main', null],
    ]);
  });
});
