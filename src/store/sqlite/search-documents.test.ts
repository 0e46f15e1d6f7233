import { describe, expect, it } from 'vitest';
import { expectBoundedRanking } from '../search-documents.fixture.js';
import { createSqliteStore } from './create-sqlite-store.js';
import { titleScore } from './search-documents.js';

describe('SQLite search', () => {
  it('ranks a title holding more of the words first, each word matched by its start', () => {
    expect(titleScore('Iran shipped Shahed-136 drones', ['shahed', 'drone'])).toBe(2);
    expect(titleScore('Drone strike', ['drones'])).toBe(1);
    expect(titleScore('Grain deal', ['drones'])).toBe(0);
    expect(titleScore(null, ['drones'])).toBe(0);
    // Accents and case fold away on either side; a word inside another does not count.
    expect(titleScore('Les drones IRANIENS livrés à Moscou', ['iraniens', 'livres', 'drône'])).toBe(3);
    expect(titleScore('Antidrone systems', ['drones'])).toBe(0);
  });

  it('ranks a frequent query among its newest matches, title matches first, and a rare one by bm25', async () => {
    const store = await createSqliteStore(':memory:');
    try {
      await expectBoundedRanking(store, () => '2024-03-02T00:00:00Z');
    } finally {
      await store.close();
    }
  });
});
