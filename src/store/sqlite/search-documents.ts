import { type Kysely, sql } from 'kysely';
import type { SearchBackend } from '../kysely-store.js';
import { parseSummary } from '../parse-rows.js';
import type { Database } from '../schema.js';

/** The FTS5 table the SQLite migrations keep in step with documents. */
type FtsTables = {
  documents_fts: { document_id: string; title: string; text: string };
};

/** An FTS5 query that matches documents holding every word, each quoted so none reads as an operator. */
export function ftsQuery(words: readonly string[]): string {
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
}

/** Full-text search over SQLite's FTS5 index, best bm25 rank first. */
export const searchSqlite: SearchBackend = async (db: Kysely<Database>, words, limit) => {
  const rows = await db
    .withTables<FtsTables>()
    .selectFrom('documents_fts')
    .innerJoin('documents as d', 'd.id', 'documents_fts.document_id')
    .select([
      'd.id',
      'd.published',
      'd.outlet',
      'd.title',
      'd.url',
      'd.origin',
      'd.entity_count',
      'd.attribution_count',
      'd.claim_count',
    ])
    .where(sql<boolean>`documents_fts match ${ftsQuery(words)}`)
    .orderBy(sql`bm25(documents_fts)`)
    .orderBy('d.id')
    .limit(limit)
    .execute();
  return rows.map(parseSummary);
};
