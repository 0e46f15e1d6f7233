import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { openStore, type StoreConfig } from '../../src/store/index.js';

describe('openStore', () => {
  it('rejects a config of an unknown kind or missing its location as an invalid argument', async () => {
    await expect(openStore({ kind: 'mysql', file: 'x' } as unknown as StoreConfig)).rejects.toThrow(
      InvalidArgumentError,
    );
    await expect(openStore({ kind: 'sqlite', file: '' })).rejects.toThrow(/invalid store config/);
  });

  it('opens an in-memory SQLite store that starts empty', async () => {
    const store = await openStore({ kind: 'sqlite', file: ':memory:' });
    try {
      expect((await store.summary()).documents).toBe(0);
    } finally {
      await store.close();
    }
  });
});
