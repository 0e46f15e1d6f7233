import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredCorrection } from '../../src/domain/correction.js';
import { createPostgresStore, createSqliteStore, type Store } from '../../src/store/index.js';

const pglite = new PGlite();
afterAll(() => pglite.close());

const correction = (id: string, at: string, document: string, events: string[]): StoredCorrection => ({
  id,
  at,
  analyst: 'F. Analyst',
  reason: 'a denial read as an assertion',
  kind: 'claim',
  document,
  claim: { document, start: 10, end: 80, type: 'transfer', actor: 'IRN', target: 'RUS' },
  before: { status: 'asserted' },
  after: { status: 'denied' },
  events,
});

const backends: readonly [string, () => Promise<Store>][] = [
  ['SQLite', () => createSqliteStore(':memory:')],
  [
    'PGlite',
    async () => {
      await pglite.exec('drop schema public cascade; create schema public;');
      return createPostgresStore({ pglite });
    },
  ],
];

for (const [name, open] of backends) {
  describe(`${name} store: corrections`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());

    it('keeps corrections by document in the order they were recorded, with before, after and the events they touched', async () => {
      const second = correction('cor_2', '2024-05-02T00:00:00.000Z', 'doc_a', ['ev_1']);
      const first = correction('cor_1', '2024-05-01T00:00:00.000Z', 'doc_a', ['ev_1', 'ev_2']);
      await store.saveCorrection(second);
      await store.saveCorrection(first);
      await store.saveCorrection(correction('cor_3', '2024-05-03T00:00:00.000Z', 'doc_b', []));
      // Recorded later though stamped earlier (another clock): the order of recording decides.
      expect(await store.correctionsOf(['doc_a'])).toEqual([second, first]);
      expect((await store.listCorrections()).map((c) => c.id)).toEqual(['cor_2', 'cor_1', 'cor_3']);
      expect((await store.eventHistory('ev_2')).map((c) => c.id)).toEqual(['cor_1']);
      await store.linkCorrection('cor_3', ['ev_2', 'ev_2']);
      expect((await store.eventHistory('ev_2')).map((c) => c.id)).toEqual(['cor_1', 'cor_3']);
      expect(await store.eventHistory('ev_none')).toEqual([]);
    });

    it('rolls a correction back with the transaction that fails', async () => {
      await expect(
        store.transaction(async (trx) => {
          await trx.saveCorrection(correction('cor_9', '2024-05-09T00:00:00.000Z', 'doc_a', ['ev_1']));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.listCorrections()).toEqual([]);
      expect(await store.eventHistory('ev_1')).toEqual([]);
    });
  });
}
