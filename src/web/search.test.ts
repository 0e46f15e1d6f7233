import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/index.js';
import { entitiesMatching, eventFiltersOf, highlightWords, namesIn, snippet } from './search.js';

const kb = loadKnowledge();

describe('search helpers', () => {
  test('a snippet shows the text around the first hit with every hit marked, and escapes markup', () => {
    const text = `${'Filler words here. '.repeat(30)}Iran sent <b>Shahed</b> drones to Russia. ${'More filler. '.repeat(30)}`;
    const out = snippet(text, ['shahed', 'russia']).value;
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('<mark class="hit">Shahed</mark>');
    expect(out).toContain('<mark class="hit">Russia</mark>');
    expect(out).toContain('&lt;b&gt;');
    expect(highlightWords('Iranian and Iran', ['iran']).value).toBe(
      '<mark class="hit">Iran</mark>ian and <mark class="hit">Iran</mark>',
    );
  });

  test('finds the names in a query and makes event filters of them, both ways', () => {
    const names = namesIn(kb, ['Islamic', 'Republic', 'of', 'Iran', 'Russia', 'Fath', '360']);
    expect(names.map((n) => n.id)).toEqual(['IRN', 'RUS', 'weapon:fath-360']);
    expect(eventFiltersOf(names)).toEqual([
      { actor: 'IRN', target: 'RUS', weapon: 'weapon:fath-360' },
      { actor: 'RUS', target: 'IRN', weapon: 'weapon:fath-360' },
    ]);
    expect(eventFiltersOf(namesIn(kb, ['Tehran']))).toEqual([{ actor: 'IRN' }, { target: 'IRN' }]);
    expect(eventFiltersOf(namesIn(kb, ['missiles', 'shipped']))).toEqual([{ weapon: 'missile' }]);
    expect(eventFiltersOf(namesIn(kb, ['shipped', 'nothing']))).toEqual([]);
  });

  test('lists the entities a query names or whose names hold it', () => {
    expect(entitiesMatching(kb, 'Tehran', namesIn(kb, ['Tehran']))[0]?.id).toBe('IRN');
    expect(entitiesMatching(kb, 'shahed', []).map((e) => e.kind)).toContainEqual(
      expect.stringMatching(/^weapon system/),
    );
  });
});
