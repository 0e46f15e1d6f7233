import { html, type Interpolation, type SafeHtml } from './html.js';

/** The sections of the navigation bar. */
export type Section = 'overview' | 'events' | 'documents' | 'entities' | 'sources' | 'search' | 'paste';

const NAV: readonly (readonly [Section, string, string])[] = [
  ['overview', '/', 'Overview'],
  ['events', '/events', 'Events'],
  ['documents', '/documents', 'Documents'],
  ['entities', '/entities', 'Entities'],
  ['sources', '/sources', 'Sources'],
  ['search', '/search', 'Search'],
  ['paste', '/paste', 'Paste an article'],
];

/** What a page needs from the shell: its title, its section, its body and the libraries its script uses. */
export interface PageOptions {
  readonly title: string;
  readonly section?: Section;
  readonly body: Interpolation;
  readonly libraries?: readonly ('chart' | 'cytoscape')[];
  readonly query?: string;
}

/** The whole HTML page around a body: navigation, search box, skip link, stylesheet and scripts. */
export function page(options: PageOptions): SafeHtml {
  const { title, section, body, libraries = [], query = '' } = options;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Corroborate</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
${
  libraries.includes('cytoscape')
    ? // cytoscape.js looks for its stylesheet by this id and inserts none (an inline style) when it is there.
      html`<link rel="stylesheet" id="__________cytoscape_stylesheet" href="/assets/cytoscape.css">`
    : ''
}
${libraries.map((name) => html`<script src="/assets/${name}.js" defer></script>`)}
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="/">Corroborate</a>
<nav aria-label="Sections"><ul>
${NAV.map(
  ([key, href, label]) =>
    html`<li><a href="${href}"${key === section ? html` aria-current="page"` : ''}>${label}</a></li>`,
)}
</ul></nav>
<form class="search" role="search" action="/search" method="get" aria-label="Search everything">
<label for="q" class="visually-hidden">Search events, documents and entities</label>
<input id="q" name="q" type="search" placeholder="Search: Iran, Fath-360, Shahed" value="${query}" maxlength="500">
<button type="submit">Search</button>
</form>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<div id="tip" class="tip" aria-hidden="true" hidden></div>
</body>
</html>`;
}

/** The page shown for an error: its status, code and message. */
export function errorPage(status: number, code: string, message: string): SafeHtml {
  return page({
    title: `Error ${status}`,
    body: html`<h1>Error ${status}</h1><p class="error" data-code="${code}">${message}</p><p><a href="/">Back to the overview</a></p>`,
  });
}
