import { describe, expect, test } from 'vitest';
import { loadKnowledge, resolveFilterNames, resolveName } from './index.js';

const kb = loadKnowledge();
const id = (role: 'entity' | 'weapon', text: string) => {
  const r = resolveName(kb, role, text);
  return r.ok ? r.id : `error: ${r.reason}`;
};

describe('resolveName', () => {
  test.each([
    ['Iran', 'IRN'],
    ['Islamic Republic of Iran', 'IRN'],
    ['Tehran', 'IRN'],
    ['Iranian', 'IRN'],
    ['iran', 'IRN'],
    ['irn', 'IRN'],
    ['North Korea', 'PRK'],
    ['Moscow', 'RUS'],
    ['the Russian Federation', 'RUS'],
  ])('an actor or target written "%s" is %s', (text, expected) => {
    expect(id('entity', text)).toBe(expected);
  });

  test.each([
    ['Fath-360', 'weapon:fath-360'],
    ['fath 360', 'weapon:fath-360'],
    ['weapon:fath-360', 'weapon:fath-360'],
    ['Shaheds', 'weapon:shahed-136'],
    ['drone', 'drone'],
    ['ballistic missiles', 'ballistic_missile'],
    ['ballistic_missile', 'ballistic_missile'],
  ])('a weapon written "%s" is %s', (text, expected) => {
    expect(id('weapon', text)).toBe(expected);
  });

  test('an id the gazetteer lacks is taken as written', () => {
    expect(id('entity', 'group:some-militia')).toBe('group:some-militia');
  });

  test('an unknown name fails with close matches to suggest', () => {
    const r = resolveName(kb, 'entity', 'Irann');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.suggestions).toContain('Iran (IRN)');
    const w = resolveName(kb, 'weapon', 'Fath-36O');
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.suggestions.join(' ')).toContain('weapon:fath-360');
  });
});

describe('resolveFilterNames', () => {
  test('reads the actor, target and weapon of a filter as ids and leaves the rest', () => {
    expect(resolveFilterNames({ actor: 'Iran', target: 'Russians', weapon: 'Fath-360', limit: 5 })).toEqual({
      actor: 'IRN',
      target: 'RUS',
      weapon: 'weapon:fath-360',
      limit: 5,
    });
  });

  test('an unknown name throws invalid_argument naming the option and a suggestion', () => {
    expect(() => resolveFilterNames({ actor: 'Irann' }, '--')).toThrow(
      /--actor: "Irann" names no known .*did you mean Iran \(IRN\)/,
    );
  });
});
