// Test support for both backends' search; the build leaves *.fixture.ts out of dist.
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import { RANKED_MATCHES } from './sqlite/search-documents.js';
import type { Store } from './store.js';

function doc(i: number, title: string, text: string): { doc: SourceDocument; extraction: Extraction } {
  const id = `doc_${createHash('sha256').update(`${i}`).digest('hex').slice(0, 16)}`;
  const doc: SourceDocument = {
    id,
    published: '2024-03-01',
    outlet: 'Reuters',
    title,
    url: null,
    text,
    origin: `t#${i}`,
    format: 'text',
    warnings: [],
  };
  const extraction: Extraction = {
    schema: 'corroborate/extraction@1',
    document: { id, published: doc.published, outlet: doc.outlet, title, url: null, text },
    entities: [],
    attributions: [],
    claims: [],
  };
  return { doc, extraction };
}

/**
 * Fills `store` with more matches of "convoy" than are ranked, stored in order (`storedAt(i)`), and
 * checks that a frequent query ranks only the newest matches, title matches first, and a rare one
 * ranks every match.
 */
export async function expectBoundedRanking(store: Store, storedAt: (i: number) => string): Promise<void> {
  const total = RANKED_MATCHES + 50;
  const ids: string[] = [];
  for (let i = 0; i < total; i += 1) {
    // The oldest document and one of the newest have the words in their title as well.
    const title = i === 0 || i === total - 10 ? 'Convoy of drones' : `Report ${i}`;
    const text = `A convoy moved at night, report ${i}.${i % 50 === 7 ? ' Sapper units followed.' : ''}`;
    const { doc: d, extraction } = doc(i, title, text);
    await store.saveDocument(d, extraction, storedAt(i));
    ids.push(d.id);
  }
  const found = (await store.searchDocuments('convoy', 5)).map((d) => d.id);
  expect(found[0]).toBe(ids[total - 10]);
  expect(found.slice(1)).toEqual([ids[total - 1], ids[total - 2], ids[total - 3], ids[total - 4]]);
  // The oldest title match lies past the newest RANKED_MATCHES, so it is not ranked.
  expect(found).not.toContain(ids[0]);
  const all = (await store.searchDocuments('convoy', RANKED_MATCHES)).map((d) => d.id);
  expect(new Set(all)).toEqual(new Set(ids.slice(total - RANKED_MATCHES)));
  // Few matches: every one ranked, the sapper reports the only ones.
  const rare = (await store.searchDocuments('sapper', 20)).map((d) => d.id);
  expect(new Set(rare)).toEqual(new Set(ids.filter((_, i) => i % 50 === 7)));
  const titled = await store.searchDocuments('convoy drones', 20);
  expect(new Set(titled.map((d) => d.id))).toEqual(new Set([ids[0], ids[total - 10]]));
}
