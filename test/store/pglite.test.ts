import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore, openStore } from '../../src/store/index.js';
import { makeDocument, makeExtraction, TRANSFER_TEXT } from './fixtures.js';
import { storeSuite } from './store-suite.js';

// Starting PGlite takes seconds, so the suite shares one and empties it before each test.
const pglite = new PGlite();
afterAll(() => pglite.close());

storeSuite('PGlite store', {
  open: async () => {
    await pglite.exec('drop schema public cascade; create schema public;');
    return createPostgresStore({ pglite });
  },
  reopen: () => createPostgresStore({ pglite }),
});

describe('PGlite store opened from a config', () => {
  it('keeps documents in its data directory after being closed and opened again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'corroborate-pglite-'));
    try {
      const doc = makeDocument(TRANSFER_TEXT);
      const first = await openStore({ kind: 'pglite', dataDir });
      await first.saveDocument(doc, makeExtraction(doc), '2024-05-01T00:00:00Z');
      await first.close();
      const second = await openStore({ kind: 'pglite', dataDir });
      try {
        expect((await second.getDocument(doc.id))?.extraction).toEqual(makeExtraction(doc));
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
