import { sql } from 'kysely';
import type { QueryDeps } from '../compiled-queries.js';
import type { SearchBackend } from '../kysely-store.js';
import { parseSummary, SUMMARY_COLUMNS } from '../parse-rows.js';
import type { DocumentSummary } from '../store.js';

/** The FTS5 table the SQLite migrations keep in step with documents. */
type FtsTables = {
  documents_fts: { rowid: number; document_id: string; title: string; text: string };
};

/**
 * A query matching more documents than this is ranked among its newest this many (by FTS rowid,
 * the order documents were stored in): bm25 reads the whole posting list of every word to weigh
 * it, 100-400 ms for frequent words at 100,000 documents, while the newest matches come lazily.
 */
export const RANKED_MATCHES = 100;

/** An FTS5 query that matches documents holding every word, each quoted so none reads as an operator. */
export function ftsQuery(words: readonly string[]): string {
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
}

// Plain ASCII, the common case, needs no Unicode normalisation to fold.
const ASCII = /^\p{ASCII}*$/u;

function fold(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Scores titles by how many of the query's words each holds, each word matched by its start so that
 * plurals and other endings count (the index stems words; this is the rough equivalent on a few titles).
 * Each word is folded and compiled once for every title scored.
 */
export function titleScorer(words: readonly string[]): (title: string | null) => number {
  const starts = words.map((word) => {
    const folded = fold(word);
    const stem = folded.length > 4 ? folded.slice(0, Math.max(4, folded.length - 2)) : folded;
    // The stem at the start of a word: not after another letter or digit.
    return new RegExp(`(?<![\\p{L}\\p{N}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
  });
  return (title) => {
    if (title === null) return 0;
    const folded = fold(title);
    let score = 0;
    for (const start of starts) if (start.test(folded)) score += 1;
    return score;
  };
}

/** How many of the query's words a title holds (see titleScorer). */
export function titleScore(title: string | null, words: readonly string[]): number {
  return titleScorer(words)(title);
}

/** The summaries of the given documents, in the order of the ids. */
async function summaries({ db, queries }: QueryDeps, ids: readonly string[]): Promise<DocumentSummary[]> {
  if (ids.length === 0) return [];
  // One value a id, named by position: a template per number of ids.
  const values = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
  const rows = await queries.execute('search:summaries', values, (v) =>
    db
      .selectFrom('documents')
      .select(SUMMARY_COLUMNS)
      .where(
        'id',
        'in',
        Object.values(v).filter((id) => id !== undefined),
      ),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined ? [] : [parseSummary(row)];
  });
}

/**
 * Full-text search over SQLite's FTS5 index. Up to RANKED_MATCHES matches are ranked by bm25, best
 * first; past that, the newest RANKED_MATCHES are, those whose title holds more of the words first,
 * then newest first.
 */
export const searchSqlite: SearchBackend = async (deps, words, limit) => {
  const { queries } = deps;
  // Only when a shape is first compiled: withTables makes a new Kysely instance.
  const fts = () => deps.db.withTables<FtsTables>();
  const match = ftsQuery(words);
  const bound = Math.max(RANKED_MATCHES, limit);
  const newest = await queries.execute('search:newest', { match, limit: bound + 1 }, (v) =>
    fts()
      .selectFrom('documents_fts')
      .select(['rowid', 'document_id', 'title'])
      .where(sql<boolean>`documents_fts match ${v.match}`)
      .orderBy('rowid', 'desc')
      .limit(v.limit),
  );
  if (newest.length <= bound) {
    const ranked = await queries.execute('search:ranked', { match, limit }, (v) =>
      fts()
        .selectFrom('documents_fts')
        .select('document_id')
        .where(sql<boolean>`documents_fts match ${v.match}`)
        .orderBy(sql`bm25(documents_fts)`)
        .orderBy('document_id')
        .limit(v.limit),
    );
    return summaries(
      deps,
      ranked.map((r) => r.document_id),
    );
  }
  const score = titleScorer(words);
  const scored = newest
    .slice(0, bound)
    .map((r) => ({ id: r.document_id, rowid: r.rowid, score: score(r.title) }))
    .sort((a, b) => b.score - a.score || b.rowid - a.rowid);
  return summaries(
    deps,
    scored.slice(0, limit).map((r) => r.id),
  );
};
