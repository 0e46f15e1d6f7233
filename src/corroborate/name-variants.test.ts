import { describe, expect, it } from 'vitest';
import { nameKey } from './name-variants.js';

describe('transliteration variants of one name', () => {
  it('reads the spellings of one person alike', () => {
    const key = nameKey('Alexander Lukashenko');
    expect(key).not.toBeNull();
    for (const n of ['Alyaksandr Lukashenko', 'Aleksandr Lukashenka', 'Alyaksandr Lukashenka'])
      expect(nameKey(n)).toBe(key);
    expect(nameKey('Vladimir Zelensky')).toBe(nameKey('Volodymyr Zelenskyy'));
    expect(nameKey('Mikhail Podolyak')).toBe(nameKey('Mykhailo Podoliak'));
    expect(nameKey('Sergei Shoigu')).toBe(nameKey('Serhiy Shoygu'));
  });

  it('keeps apart people who share a family name or a given name', () => {
    expect(nameKey('Will Doyle')).not.toBe(nameKey('Harold Doyle'));
    expect(nameKey('Alexander Lukashenko')).not.toBe(nameKey('Viktor Lukashenko'));
    expect(nameKey('Alexander Lukashenko')).not.toBe(nameKey('Alexander Dugin'));
    expect(nameKey('Mark Rutte')).not.toBe(nameKey('Mike Rutte'));
  });

  it('gives no key to a single word or a name too short to tell apart', () => {
    expect(nameKey('Lukashenko')).toBeNull();
    expect(nameKey('Ian Lee')).toBeNull();
  });
});
