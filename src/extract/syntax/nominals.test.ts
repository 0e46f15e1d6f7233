import { describe, expect, it } from 'vitest';
import { explainText } from './explain.js';

function nominal(sentence: string, lemma: string) {
  const e = explainText(sentence);
  const n = e.syntax.nominals.find((x) => x.lemma === lemma);
  if (n === undefined) throw new Error(`no nominal ${lemma} in ${e.description}`);
  const at = (prep: string) => e.text(n.attachments.find((a) => a.prep === prep)?.chunk);
  return { e, n, at, possessor: e.text(n.possessor) };
}

describe('nominal events', () => {
  it('"deliveries of shells to Russia from North Korea" keeps of, to and from on the noun', () => {
    const r = nominal('Deliveries of shells to Russia from North Korea were halted.', 'deliveries');
    expect([r.at('of'), r.at('to'), r.at('from')]).toEqual(['shells', 'Russia', 'North Korea']);
  });

  it('"Iran\'s transfer of drones" has a possessor and an of-phrase', () => {
    const r = nominal("Iran's transfer of drones was condemned.", 'transfer');
    expect([r.possessor, r.at('of')]).toEqual(['Iran', 'drones']);
  });

  it('"its sale of tanks to Taiwan" after a verb stays on the noun', () => {
    const r = nominal('China protested to Berlin over its sale of tanks to Taiwan.', 'sale');
    expect([r.possessor, r.at('of'), r.at('to')]).toEqual(['its', 'tanks', 'Taiwan']);
    expect(r.e.description).toContain('to=Berlin over=its sale');
  });

  it('"the transfer of missiles to Ukraine by Britain" keeps the by-phrase on the noun', () => {
    const r = nominal(
      'The transfer of Storm Shadow missiles to Ukraine by Britain was announced.',
      'transfer',
    );
    expect([r.at('of'), r.at('to'), r.at('by')]).toEqual(['Storm Shadow missiles', 'Ukraine', 'Britain']);
  });

  it('"the sale of drones and missiles to Russia" keeps the coordination', () => {
    expect(nominal('The sale of drones and missiles to Russia angered Kyiv.', 'sale').at('of')).toBe(
      'drones+missiles',
    );
  });

  it('a preposition after a plain object attaches to the verb, not the noun ("sent drones to Russia")', () => {
    const e = explainText('Iran sent drones to Russia.');
    expect(e.syntax.nominals).toHaveLength(0);
  });

  it('"Russia\'s purchase of drones from Iran" as an object keeps from on the noun', () => {
    const r = nominal("Kyiv condemned Russia's purchase of drones from Iran.", 'purchase');
    expect([r.possessor, r.at('of'), r.at('from')]).toEqual(['Russia', 'drones', 'Iran']);
  });
});
