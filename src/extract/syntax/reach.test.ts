import { describe, expect, it } from 'vitest';
import { explainText } from './explain.js';
import { belongsTo, clauseAt, reaches } from './index.js';

/** The token index of a word (its first occurrence) in the explained sentence. */
function at(e: ReturnType<typeof explainText>, sentence: string, word: string): number {
  const words = sentence.replace(/([,.])/g, ' $1').split(/\s+/);
  const i = words.indexOf(word);
  if (i < 0) throw new Error(`no ${word}`);
  return e.syntax.first + i;
}

function reach(sentence: string, event: string, phrase: string, actors: readonly string[] = []) {
  const e = explainText(sentence, actors);
  return belongsTo(e.syntax, at(e, sentence, event), at(e, sentence, phrase));
}

describe('what belongs to an event: its own clause and what it embeds', () => {
  it("a date inside a relative clause of the subject is not the main verb's", () => {
    const s = 'The junta, which expelled French troops in 2022, has also received drones from Turkey.';
    expect(reach(s, 'received', '2022')).toBe(false);
    expect(reach(s, 'expelled', '2022')).toBe(true);
  });

  it("a date inside a relative clause of the object is not the main verb's", () => {
    expect(reach('Colombia received jets that Israel had upgraded in 2015.', 'received', '2015')).toBe(false);
  });

  it("a fronted date is the main clause's", () => {
    expect(reach('In 2023, Pakistan received fighters from China.', 'received', '2023')).toBe(true);
  });

  it("a report clause's date speaks of what it reports, even after a comma", () => {
    const s =
      'Japan has handed over radars to the Philippines, the Department of National Defense said on Friday.';
    expect(reach(s, 'handed', 'Friday', ['Japan', 'Philippines'])).toBe(true);
  });

  it("a main clause's date is not a relative clause's inside it", () => {
    const s = 'The drones that Iran sent to Russia were used against Odesa last week.';
    expect(reach(s, 'sent', 'last', ['Iran', 'Russia', 'Odesa'])).toBe(false);
    expect(reach(s, 'used', 'last', ['Iran', 'Russia', 'Odesa'])).toBe(true);
  });

  it('a sibling clause after ", and" has its own date', () => {
    const s =
      'Tehran denied sending weapons to Moscow, and the minister said the fighting began in February.';
    expect(reach(s, 'sending', 'February', ['Tehran', 'Moscow'])).toBe(false);
  });

  it('a token beyond the part read belongs to no clause', () => {
    const e = explainText('Iran sent drones.');
    expect(clauseAt(e.syntax, e.syntax.last + 5)).toBeNull();
  });
});

describe('report clauses that end a sentence', () => {
  const kinds = (s: string, actors: readonly string[] = []) =>
    explainText(s, actors).syntax.clauses.map((c) => c.kind);

  it('a speaker with phrases of its own ("the ministry of defence said")', () => {
    expect(kinds('Japan sent radars to Manila, the Department of National Defense said on Friday.')).toEqual([
      'complement',
      'main',
    ]);
  });

  it('an adverb before the speaker ("then the minister wrote")', () => {
    expect(
      kinds('"Our Patriots have arrived," then defence minister Oleksii Reznikov wrote on Friday.'),
    ).toEqual(['complement', 'main']);
  });

  it('a phrase or a summing-up noun after the report ("..., a step ...", "..., after strikes")', () => {
    expect(
      kinds('Iran has delivered missiles to Russia, two sources said on Friday, a step the West feared.')[0],
    ).toBe('complement');
    expect(
      kinds('Ukraine has used ATACMS missiles, Zelensky confirmed on Tuesday, after strikes on airfields.'),
    ).toEqual(['complement', 'main']);
  });

  it('after a colon the report governs the new clause, not the one before', () => {
    const e = explainText(
      'NEW DELHI: Indian shells have been diverted to Ukraine, Reuters reported on Thursday.',
    );
    const divert = e.verb('divert');
    const report = e.verb('report');
    expect(e.syntax.clauses[divert.clause]?.parent).toBe(report.clause);
  });
});

describe('relative "that" with a pronoun after a giving verb', () => {
  it('"drones that Iran had sent it": the pronoun is the indirect object, the clause is relative', () => {
    const e = explainText('Russia attacked Kyiv with drones that Iran had sent it.', [
      'Russia',
      'Kyiv',
      'Iran',
    ]);
    const send = e.verb('send');
    expect(e.syntax.clauses[send.clause]?.kind).toBe('relative');
    expect(e.text(send.roles.patient)).toBe('drones');
  });

  it('"officials said that Iran had sent it" stays a complement', () => {
    const e = explainText('Officials said that Iran had sent it.', ['Iran']);
    expect(e.syntax.clauses[e.verb('send').clause]?.kind).toBe('complement');
  });
});

describe("what may fill an event's role: what belongs to it, and its relative clause's antecedent", () => {
  it('"it is the US that keeps pouring weapons": the antecedent reaches the relative verb', () => {
    const s = 'It is the US that keeps pouring weapons into Ukraine.';
    const e = explainText(s, ['US', 'Ukraine']);
    expect(reaches(e.syntax, at(e, s, 'pouring'), at(e, s, 'US'))).toBe(true);
  });

  it("a name inside the subject's relative clause does not reach the main verb", () => {
    const s = 'The junta, which expelled French troops in 2022, has also received drones from Turkey.';
    const e = explainText(s, ['Turkey']);
    expect(reaches(e.syntax, at(e, s, 'received'), at(e, s, 'French'))).toBe(false);
  });
});
