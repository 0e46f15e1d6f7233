import type { DocumentSummary, EventSummary } from '../../store/index.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { Namer } from '../names.js';
import { type EntityHit, highlightWords } from '../search.js';
import { eventTitle, gradeCode } from './events.js';

/** What a search found: documents with their snippets, events its names point to, entities. */
export interface SearchResults {
  readonly words: readonly string[];
  readonly documents: readonly { readonly summary: DocumentSummary; readonly snippet: SafeHtml }[];
  readonly events: readonly EventSummary[];
  readonly entities: readonly EntityHit[];
}

const label = (value: string) => value.replaceAll('_', ' ');

function eventsPart(r: SearchResults, name: Namer): SafeHtml {
  if (r.events.length === 0)
    return html`<p>No event: the words name no state, body or weapon that events hold.</p>`;
  return html`<ol class="results">${r.events.map(
    (e) =>
      html`<li><a href="/events/${encodeURIComponent(e.id)}">${highlightWords(eventTitle(e, name), r.words)}</a> <span class="badge ${e.status}">${label(e.status)}</span> grade ${gradeCode(e)} <span class="muted">· ${e.claims} claim(s), ${e.independentOrigins} origin(s), last reported ${e.lastReported ?? 'undated'}</span></li>`,
  )}</ol>`;
}

function documentsPart(r: SearchResults): SafeHtml {
  if (r.documents.length === 0) return html`<p>No document holds every word.</p>`;
  return html`<ol class="results">${r.documents.map(
    ({ summary: d, snippet }) =>
      html`<li><a href="/documents/${d.id}">${highlightWords(d.title ?? d.id, r.words)}</a> <span class="muted">· ${d.outlet ?? 'unknown outlet'} · ${d.published ?? 'undated'} · ${d.claims} claim(s)</span><br><span class="snippet">${snippet}</span></li>`,
  )}</ol>`;
}

function entitiesPart(r: SearchResults): SafeHtml {
  if (r.entities.length === 0) return html`<p>No entity of that name.</p>`;
  return html`<ul class="results">${r.entities.map(
    (e) =>
      html`<li><a href="/entities/${encodeURIComponent(e.id)}">${highlightWords(e.name, r.words)}</a> <span class="muted">${e.kind}</span></li>`,
  )}</ul>`;
}

/** The search page: events, documents (with snippets) and entities matching the words. */
export function searchPage(query: string, results: SearchResults | null, name: Namer): SafeHtml {
  const body =
    results === null
      ? html`<p>Type words to find events, documents and entities: names ("Iran", "Tehran", "Fath-360") find the events they take part in.</p>`
      : html`<p role="status">${results.events.length} event(s), ${results.documents.length} document(s) and ${results.entities.length} entit${results.entities.length === 1 ? 'y' : 'ies'} match “${query}”.</p>
<h2>Events</h2>${eventsPart(results, name)}
<h2>Documents</h2>${documentsPart(results)}
<h2>Entities</h2>${entitiesPart(results)}`;
  return page({
    title: query === '' ? 'Search' : `Search: ${query}`,
    section: 'search',
    query,
    body: html`<h1>Search</h1>
<form role="search" action="/search" method="get" class="filters" aria-label="Search again"><label>Words<input name="q" type="search" value="${query}" maxlength="500"></label><button type="submit">Search</button></form>
${body}`,
  });
}
