import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const paragraphs = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Point ${i + 1} of the answer is that no shells went north.`).join(
    '\n\n',
  );

describe('a speaker introduced for what follows speaks over a bounded run of paragraphs', () => {
  it('"gave the following answer:" covers the next paragraphs, at most twenty of them', () => {
    const text = `A spokesperson for the Foreign Ministry gave the following answer to a question:\n\n${paragraphs(30)}`;
    const a = run(text).attributions.find((x) => x.cue === 'gave');
    expect(a?.content.text).toContain('Point 1 of');
    expect(a?.content.text).toContain('Point 20 of');
    expect(a?.content.text).not.toContain('Point 21 of');
  });

  it("a labelled speaker's turn ends at the next label, and twenty paragraphs after its own when none comes", () => {
    const text = `Briefing transcript\n\nBOULDUAN: We have a first question.\n\nRYDER: ${paragraphs(30)}\n\nBOULDUAN: Thank you.`;
    const turn = run(text).attributions.find((x) => x.cue === ':' && x.content.text.startsWith('Point 1 of'));
    // The label's own paragraph and twenty more.
    expect(turn?.content.text).toContain('Point 21 of');
    expect(turn?.content.text).not.toContain('Point 22 of');
    const short = run(`Transcript\n\nBOULDUAN: A question.\n\nRYDER: ${paragraphs(3)}\n\nBOULDUAN: Thanks.`);
    const three = short.attributions.find((x) => x.cue === ':' && x.content.text.startsWith('Point 1 of'));
    expect(three?.content.text.endsWith('Point 3 of the answer is that no shells went north.')).toBe(true);
  });
});
