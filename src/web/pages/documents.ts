import type { DocumentSummary } from '../../store/store.js';
import { html, queryString, type SafeHtml } from '../html.js';
import { page } from '../layout.js';

/** A table of documents, each linking to its page. */
export function documentTable(documents: readonly DocumentSummary[], caption: string): SafeHtml {
  if (documents.length === 0) return html`<p>No documents.</p>`;
  return html`<div class="table-wrap"><table>
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Published</th><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Entities</th><th scope="col">Attributions</th><th scope="col">Claims</th></tr></thead>
<tbody>${documents.map(
    (d) =>
      html`<tr><td>${d.published ?? 'undated'}</td><td><a href="/documents/${d.id}">${d.title ?? d.id}</a></td><td>${d.outlet ?? ''}</td><td>${d.entities}</td><td>${d.attributions}</td><td>${d.claims}</td></tr>`,
  )}</tbody></table></div>`;
}

/** Previous and next links of a paged list, keeping its other query fields. */
export function pager(
  path: string,
  fields: Readonly<Record<string, string | number | undefined>>,
  page: { readonly limit: number; readonly offset: number; readonly shown: number },
): SafeHtml {
  const { limit, offset, shown } = page;
  const previous =
    offset > 0 ? `${path}${queryString({ ...fields, limit, offset: Math.max(0, offset - limit) })}` : null;
  const next = shown >= limit ? `${path}${queryString({ ...fields, limit, offset: offset + limit })}` : null;
  return html`<nav class="pager" aria-label="Pages">${previous ? html`<a href="${previous}" rel="prev">Previous ${limit}</a>` : ''}${next ? html`<a href="${next}" rel="next">Next ${limit}</a>` : ''}</nav>`;
}

/** The documents page: stored documents, newest first, a page at a time. */
export function documentsPage(
  documents: readonly DocumentSummary[],
  limit: number,
  offset: number,
): SafeHtml {
  return page({
    title: 'Documents',
    section: 'documents',
    body: html`<h1>Documents</h1>${documentTable(documents, 'Stored documents, newest first')}${pager('/documents', {}, { limit, offset, shown: documents.length })}`,
  });
}

/** The search page: the query and the documents that match it, best first. */
export function searchPage(query: string, documents: readonly DocumentSummary[] | null): SafeHtml {
  const results =
    documents === null
      ? html`<p>Type words to find the documents that contain all of them.</p>`
      : html`<p role="status">${documents.length} document(s) match “${query}”.</p>${documentTable(documents, `Documents matching ${query}`)}`;
  return page({
    title: query === '' ? 'Search' : `Search: ${query}`,
    section: 'search',
    query,
    body: html`<h1>Search</h1>
<form role="search" action="/search" method="get" class="filters"><label>Words<input name="q" type="search" value="${query}" maxlength="500"></label><button type="submit">Search</button></form>
${results}`,
  });
}
