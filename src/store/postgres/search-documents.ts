import { sql } from 'kysely';
import type { SearchBackend } from '../kysely-store.js';
import { parseSummary, SUMMARY_COLUMNS } from '../parse-rows.js';
import { RANKED_MATCHES, titleScorer } from '../sqlite/search-documents.js';
import { DOCUMENT_VECTOR, SEARCH_CONFIG } from './migrations.js';

/**
 * Full-text search over the GIN-indexed tsvector, bounded as on SQLite. `ts_rank` rebuilds the tsvector
 * of every document it weighs (p95 210 ms at 5,000 documents for a frequent word), so only a query of
 * up to RANKED_MATCHES matches is ranked by it, best first; past that, the newest RANKED_MATCHES matches
 * (last ingested, then by id) are, those whose title holds more of the words first, then newest first.
 * Finding the newest reads each match's row but builds no tsvector.
 */
export const searchPostgres: SearchBackend = async ({ db, queries }, words, limit) => {
  const bound = Math.max(RANKED_MATCHES, limit);
  // plainto_tsquery reads its input as plain words, so no character of it is an operator.
  const tsquery = (text: string) => sql`plainto_tsquery(${sql.lit(SEARCH_CONFIG)}, ${text})`;
  const newest = await queries.execute('search:newest', { words: words.join(' '), limit: bound + 1 }, (v) =>
    db
      .selectFrom('documents')
      .select(['id', 'title'])
      .where(sql<boolean>`${DOCUMENT_VECTOR} @@ ${tsquery(v.words)}`)
      .orderBy('ingested_at', 'desc')
      .orderBy('id', 'desc')
      .limit(v.limit),
  );
  if (newest.length <= bound) {
    const rows = await queries.execute('search:ranked', { words: words.join(' '), limit }, (v) =>
      db
        .selectFrom('documents')
        .select(SUMMARY_COLUMNS)
        .where(sql<boolean>`${DOCUMENT_VECTOR} @@ ${tsquery(v.words)}`)
        .orderBy(sql`ts_rank(${DOCUMENT_VECTOR}, ${tsquery(v.words)})`, 'desc')
        .orderBy('id')
        .limit(v.limit),
    );
    return rows.map(parseSummary);
  }
  const score = titleScorer(words);
  const ids = newest
    .slice(0, bound)
    .map((r, order) => ({ id: r.id, order, score: score(r.title) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('documents').select(SUMMARY_COLUMNS).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined ? [] : [parseSummary(row)];
  });
};
