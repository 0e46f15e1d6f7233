import { describe, it } from 'vitest';
import { expectBoundedRanking } from '../search-documents.fixture.js';
import { createPgliteStore } from './create-postgres-store.js';

describe('PostgreSQL search', () => {
  it('ranks a frequent query among its newest matches, title matches first, and a rare one by ts_rank', async () => {
    const store = await createPgliteStore();
    try {
      await expectBoundedRanking(store, (i) => new Date(Date.UTC(2024, 2, 2) + i * 1000).toISOString());
    } finally {
      await store.close();
    }
  }, 60_000);
});
