import { eventFilter } from '../api/event-filter.js';
import type { Knowledge } from '../knowledge/index.js';
import { type EventSummary, parseSummaries } from '../store/index.js';
import type { Store } from '../store/store.js';
import type { SearchResults } from './pages/search.js';
import { entitiesMatching, eventFiltersOf, namesIn, queryWords, snippet } from './search.js';

// A search page shows this many of each: enough to choose from, few enough to read each snippet.
const DOCUMENTS_SHOWN = 20;
const EVENTS_SHOWN = 20;

/** Events of the query's names, newest report first, each once. */
async function eventsNamed(store: Store, kb: Knowledge, words: readonly string[]): Promise<EventSummary[]> {
  const filters = eventFiltersOf(namesIn(kb, words));
  const pages = await Promise.all(
    filters.map((f) =>
      store.listEventSummaries(eventFilter({ ...f, limit: EVENTS_SHOWN }), { countUpTo: 0 }),
    ),
  );
  const seen = new Map<string, EventSummary>();
  for (const listing of pages) for (const e of parseSummaries(listing.events)) seen.set(e.id, e);
  return [...seen.values()]
    .sort((a, b) => (b.lastReported ?? '').localeCompare(a.lastReported ?? ''))
    .slice(0, EVENTS_SHOWN);
}

/** Searches documents (with snippets of their text), the events the query's names take part in, and entities. */
export async function searchAll(store: Store, kb: Knowledge, query: string): Promise<SearchResults> {
  const words = queryWords(query);
  const [found, events] = await Promise.all([
    store.searchDocuments(query, DOCUMENTS_SHOWN),
    eventsNamed(store, kb, words),
  ]);
  const documents = await Promise.all(
    found.map(async (summary) => {
      const doc = await store.getDocument(summary.id);
      return { summary, snippet: snippet(doc?.text ?? '', words) };
    }),
  );
  return { words, documents, events, entities: entitiesMatching(kb, query, namesIn(kb, words)) };
}
