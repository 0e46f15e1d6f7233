import { ClaimType } from '../../domain/extraction.js';
import { loadKnowledge } from '../../knowledge/index.js';
import type { DocumentSummary } from '../../store/store.js';
import { html, queryString, type SafeHtml } from '../html.js';
import { page } from '../layout.js';

/** A table of documents, each linking to its page; a card per document on a phone. */
export function documentTable(documents: readonly DocumentSummary[], caption: string): SafeHtml {
  if (documents.length === 0) return html`<p>No documents.</p>`;
  return html`<div class="table-wrap"><table class="stack">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Published</th><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Entities</th><th scope="col">Attributions</th><th scope="col">Claims</th></tr></thead>
<tbody>${documents.map(
    (d) =>
      html`<tr><td data-label="Published">${d.published ?? 'undated'}</td><td><a href="/documents/${d.id}">${d.title ?? d.id}</a></td><td data-label="Outlet">${d.outlet ?? ''}</td><td data-label="Entities">${d.entities}</td><td data-label="Attributions">${d.attributions}</td><td data-label="Claims">${d.claims}</td></tr>`,
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

/** The filters of the documents list, as the URL carries them. */
export interface DocumentFilters {
  readonly outlet?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly type?: ClaimType | undefined;
}

let outletList: SafeHtml | undefined;

function filtersForm(f: DocumentFilters): SafeHtml {
  outletList ??= html`<datalist id="outlet-names">${loadKnowledge().outlets.map((o) => html`<option value="${o.name}"></option>`)}</datalist>`;
  return html`<form class="filters" action="/documents" method="get" aria-label="Filter documents">
<label>Outlet<input name="outlet" value="${f.outlet ?? ''}" maxlength="200" list="outlet-names" placeholder="Reuters"></label>
<label>From<input type="date" name="since" value="${f.since ?? ''}"></label>
<label>Until<input type="date" name="until" value="${f.until ?? ''}"></label>
<label>Has claims of type<select name="type"><option value="">any</option>${ClaimType.options.map(
    (t) =>
      html`<option value="${t}"${t === f.type ? html` selected` : ''}>${t.replaceAll('_', ' ')}</option>`,
  )}</select></label>
<button type="submit">Filter</button> <a href="/documents">Clear</a>${outletList}
</form>`;
}

/** The documents page: stored documents, newest first, filtered and a page at a time. */
export function documentsPage(
  documents: readonly DocumentSummary[],
  filters: DocumentFilters,
  paging: { readonly limit: number; readonly offset: number },
): SafeHtml {
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return page({
    title: 'Documents',
    section: 'documents',
    body: html`<h1>Documents</h1>${filtersForm(filters)}<p role="status">${documents.length === 0 ? 'No document matches.' : `Documents ${paging.offset + 1} to ${paging.offset + documents.length}${filtered ? ' matching the filters' : ''}, newest first.`}</p>
${documents.length > 0 ? documentTable(documents, 'Stored documents, newest first') : ''}${pager('/documents', { ...filters }, { ...paging, shown: documents.length })}`,
  });
}
