import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../domain/document.js';
import type { Extraction } from '../../domain/extraction.js';
import { createSqliteStore } from './create-sqlite-store.js';
import { RANKED_MATCHES, titleScore } from './search-documents.js';

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
      const total = RANKED_MATCHES + 50;
      const ids: string[] = [];
      for (let i = 0; i < total; i += 1) {
        // The oldest document and one of the newest have the words in their title as well.
        const title = i === 0 || i === total - 10 ? 'Convoy of drones' : `Report ${i}`;
        const text = `A convoy moved at night, report ${i}.${i % 50 === 7 ? ' Sapper units followed.' : ''}`;
        const { doc: d, extraction } = doc(i, title, text);
        await store.saveDocument(d, extraction, '2024-03-02T00:00:00Z');
        ids.push(d.id);
      }
      const found = (await store.searchDocuments('convoy', 5)).map((d) => d.id);
      expect(found[0]).toBe(ids[total - 10]);
      expect(found.slice(1)).toEqual([ids[total - 1], ids[total - 2], ids[total - 3], ids[total - 4]]);
      // The oldest title match lies past the newest RANKED_MATCHES, so it is not ranked.
      expect(found).not.toContain(ids[0]);
      const all = (await store.searchDocuments('convoy', RANKED_MATCHES)).map((d) => d.id);
      expect(new Set(all)).toEqual(new Set(ids.slice(total - RANKED_MATCHES)));
      const rare = (await store.searchDocuments('sapper', 20)).map((d) => d.id);
      expect(new Set(rare)).toEqual(new Set(ids.filter((_, i) => i % 50 === 7)));
    } finally {
      await store.close();
    }
  });
});
