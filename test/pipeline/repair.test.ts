import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { parseText } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { ingestInputs } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { repoRoot } from '../support/paths.js';

const file = join(repoRoot, 'corpus/sample/001_iran_admits_prewar_drones.txt');

test('ingest merges a document an interrupted older run stored without its events, and reports it', async () => {
  const store = await openStore({ kind: 'sqlite', file: ':memory:' });
  try {
    const parsed = parseText(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(parsed.rejection.reason);
    const { document } = parsed;
    const extraction = extract(document, loadKnowledge());
    expect(extraction.claims.length).toBeGreaterThan(0);
    // As an older version left it when killed between its two transactions: the document, no events.
    await store.saveDocument(document, extraction, '2024-01-01T00:00:00.000Z');
    expect(await store.unmergedDocuments(10)).toEqual([document.id]);
    const report = await ingestInputs([file], { store, workers: 0 });
    expect(report).toMatchObject({ stored: 0, duplicates: 1, repaired: 1 });
    expect(await store.unmergedDocuments(10)).toEqual([]);
    const placed = await Promise.all(extraction.claims.map((c) => store.eventOfClaim(document.id, c.id)));
    expect(placed.filter((e) => e !== null).length).toBeGreaterThan(0);
    // Nothing is left to repair: a second run merges nothing twice.
    const again = await ingestInputs([file], { store, workers: 0 });
    expect(again.repaired).toBeUndefined();
    expect(await store.countEvents()).toBe(new Set(placed.filter((e) => e !== null)).size);
  } finally {
    await store.close();
  }
});
