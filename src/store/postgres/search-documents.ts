import { sql } from 'kysely';
import type { SearchBackend } from '../kysely-store.js';
import { parseSummary, SUMMARY_COLUMNS } from '../parse-rows.js';
import { DOCUMENT_VECTOR, SEARCH_CONFIG } from './migrations.js';

/** Full-text search over the GIN-indexed tsvector, best ts_rank first. */
export const searchPostgres: SearchBackend = async ({ db, queries }, words, limit) => {
  const rows = await queries.execute('search', { words: words.join(' '), limit }, (v) => {
    // plainto_tsquery reads its input as plain words, so no character of it is an operator.
    const query = sql`plainto_tsquery(${sql.lit(SEARCH_CONFIG)}, ${v.words})`;
    return db
      .selectFrom('documents')
      .select(SUMMARY_COLUMNS)
      .where(sql<boolean>`${DOCUMENT_VECTOR} @@ ${query}`)
      .orderBy(sql`ts_rank(${DOCUMENT_VECTOR}, ${query})`, 'desc')
      .orderBy('id')
      .limit(v.limit);
  });
  return rows.map(parseSummary);
};
