import type { Extraction } from '../../domain/extraction.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { extractionView } from './document.js';

/** What the paste form holds, kept across a submission. */
export interface PasteForm {
  readonly text: string;
  readonly title: string;
  readonly outlet: string;
  readonly date: string;
}

/** The paste page: a form for an article's text and metadata, and its extraction once submitted. */
export function pastePage(
  form: PasteForm,
  result: { readonly extraction: Extraction } | { readonly error: string } | null,
  needsToken = false,
): SafeHtml {
  const token = needsToken
    ? html`<label>Token<input name="token" type="password" autocomplete="off" maxlength="1000" required></label>`
    : '';
  const outcome =
    result === null
      ? ''
      : 'error' in result
        ? html`<p class="error" role="alert">${result.error}</p>`
        : html`<h2 id="extraction">Extraction</h2><p role="status">${result.extraction.entities.length} entities, ${result.extraction.attributions.length} attributions, ${result.extraction.claims.length} claims. Nothing was stored.</p>${extractionView(result.extraction)}`;
  const body = html`<h1>Paste an article</h1>
<p>The extraction is shown at once and nothing is stored (scripts store articles with <code>POST /api/documents</code>).</p>
<form action="/paste" method="post">
<div class="form-grid">
<label>Title<input name="title" value="${form.title}" maxlength="1000"></label>
<label>Outlet<input name="outlet" value="${form.outlet}" maxlength="200"></label>
<label>Published (YYYY-MM-DD)<input name="date" value="${form.date}" pattern="\\d{4}-\\d{2}-\\d{2}" maxlength="10"></label>
${token}
</div>
<label for="paste-text">Article text</label>
<textarea id="paste-text" name="text" required>${form.text}</textarea>
<p><button type="submit">Extract</button></p>
</form>
${outcome}`;
  return page({ title: 'Paste an article', section: 'paste', body });
}
