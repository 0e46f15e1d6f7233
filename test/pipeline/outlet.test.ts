import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ingestInputs } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { repoRoot } from '../support/paths.js';

// No header names its outlet; its first sentence ends ", Ukrinform reports.".
const file = join(repoRoot, 'corpus/sample/020_himars-ammo-depots.txt');

test('a document whose text names its outlet is stored, and its claims merged, under that outlet', async () => {
  const store = await openStore({ kind: 'sqlite', file: ':memory:' });
  try {
    const report = await ingestInputs([file], { store, workers: 0 });
    expect(report.stored).toBe(1);
    const [summary] = await store.listDocuments({ limit: 10, offset: 0 });
    expect(summary?.outlet).toBe('Ukrinform');
    const stored = await store.getDocument(summary?.id ?? '');
    expect(stored?.outlet).toBe('Ukrinform');
    const claims = stored?.extraction.claims ?? [];
    const events = await Promise.all(claims.map((c) => store.eventOfClaim(stored?.id ?? '', c.id)));
    const placed = [...new Set(events.filter((e): e is string => e !== null))];
    expect(placed.length).toBeGreaterThan(0);
    for (const id of placed)
      for (const c of await store.eventClaims(id)) {
        expect(c.outlet).toBe('Ukrinform');
        expect(c.origin).not.toMatch(/^document /);
      }
  } finally {
    await store.close();
  }
});
