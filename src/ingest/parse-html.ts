import type { HTMLElement } from 'node-html-parser';
import type { IngestResult } from '../domain/document.js';
import { buildDocument, type RawDate } from './build-document.js';
import { cleanField, normaliseNewlines, reject } from './checks.js';
import { elementToText, parseHtmlDom, TooDeepError } from './html-to-text.js';
import { type LdMetadata, readJsonLd } from './json-ld.js';
import { readArticle } from './read-article.js';
import type { IngestOptions } from './types.js';

const DATE_METAS = [
  'article:published_time',
  'og:published_time',
  'date',
  'pubdate',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'datepublished',
] as const;

/** Meta tag contents keyed by lowercased `property`, `name` or `itemprop`; the first tag for a key wins. */
function readMetas(root: HTMLElement): ReadonlyMap<string, string> {
  const metas = new Map<string, string>();
  for (const meta of root.querySelectorAll('meta')) {
    const content = cleanField(meta.getAttribute('content'));
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key !== undefined && key !== '' && !metas.has(key)) metas.set(key, content);
    }
  }
  return metas;
}

function textOf(element: HTMLElement | null): string | null {
  return element === null ? null : cleanField(element.text);
}

function canonicalUrl(root: HTMLElement, ogUrl: string | null): string | null {
  const link = root
    .querySelectorAll('link')
    .find((el) => (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const href = cleanField(link?.getAttribute('href'));
  if (href === null) return ogUrl;
  // A relative canonical link is resolved against og:url when there is one.
  if (!URL.canParse(href) && ogUrl !== null && URL.canParse(href, ogUrl)) return new URL(href, ogUrl).href;
  return href;
}

function findDate(
  root: HTMLElement,
  body: HTMLElement,
  metas: ReadonlyMap<string, string>,
  ld: LdMetadata,
): RawDate | null {
  for (const key of DATE_METAS) {
    const value = metas.get(key);
    if (value !== undefined) return { value, field: `meta ${key}`, form: 'as-written' };
  }
  if (ld.datePublished !== null)
    return { value: ld.datePublished, field: 'JSON-LD datePublished', form: 'as-written' };
  const time = body.querySelector('time[datetime]') ?? root.querySelector('time[datetime]');
  const datetime = cleanField(time?.getAttribute('datetime'));
  return datetime === null ? null : { value: datetime, field: '<time datetime>', form: 'as-written' };
}

interface StoryBody {
  readonly element: HTMLElement;
  readonly text: string;
}

/** The story: the longest `<article>`, else `<main>`, else `<body>`, whichever first has readable text. */
function storyBody(root: HTMLElement): StoryBody {
  let best: StoryBody | null = null;
  for (const element of root.querySelectorAll('article')) {
    const text = elementToText(element);
    if (best === null || text.length > best.text.length) best = { element, text };
  }
  if (best !== null && best.text !== '') return best;
  for (const element of [root.querySelector('main'), root.querySelector('body'), root]) {
    const text = element === null ? '' : elementToText(element);
    if (element !== null && text !== '') return { element, text };
  }
  return { element: root, text: '' };
}

/**
 * Parses an HTML page: title, date, URL and outlet from meta tags, JSON-LD and the document, and the
 * story's paragraphs as Mozilla's readability finds them (without navigation, related and read-more
 * blocks, share bars or captions); a page readability finds no article in falls back to its
 * article, main or body element.
 */
export function parseHtml(content: string, origin: string | null, options: IngestOptions = {}): IngestResult {
  let root: HTMLElement;
  try {
    root = parseHtmlDom(normaliseNewlines(content));
  } catch (error) {
    if (error instanceof TooDeepError) return reject(origin, 'too_deep', error.message);
    throw error;
  }
  const metas = readMetas(root);
  const body = storyBody(root);
  const article = readArticle(content);
  const ld = readJsonLd(root);
  const ogUrl = metas.get('og:url') ?? null;
  return buildDocument(
    {
      origin,
      format: 'html',
      text: article?.text ?? body.text,
      title: metas.get('og:title') ?? textOf(root.querySelector('title')) ?? textOf(root.querySelector('h1')),
      url: canonicalUrl(root, ogUrl),
      outlet: metas.get('og:site_name') ?? ld.publisher ?? article?.siteName ?? null,
      date: findDate(root, body.element, metas, ld),
      emptyReason: 'the page has no readable text in <article>, <main> or <body>',
    },
    options,
  );
}
